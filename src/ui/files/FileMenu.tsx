import { useCallback, useRef, useState } from 'react';
import { getAppStore, useStore } from '../../store/store';
import { useClickAway } from '../hooks/useClickAway';
import { useT } from '../hooks/useT';
import { notify } from '../toast';
import { exportDocument } from './download';
import type { ExportFormat } from './download';
import { readImportFile, yearChoices } from './importFile';
import type { ImportPreview } from './importFile';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import '../storage/storage.css';
import './files.css';

/** Export (JSON, XLSX, CSV) and import (as a new project or merged under a node) of the project. */
export function FileMenu() {
  const t = useT();
  const year = useStore((s) => s.year);
  const [open, setOpen] = useState(false);
  const closeMenu = useCallback(() => setOpen(false), []);
  const [preview, setPreview] = useState<ImportPreview | 'reading' | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useClickAway(box, open, closeMenu);

  const doExport = (format: ExportFormat): void => {
    setOpen(false);
    const s = getAppStore().getState();
    exportDocument(s.doc, format, s.year)
      .then((name) => notify(t('exported', { name }), 'ok'))
      .catch((e: unknown) => notify(`${t('exportFailed')}: ${e instanceof Error ? e.message : String(e)}`, 'error'));
  };

  /** The flat file being previewed, the years it may be read for, and the year chosen. */
  const [source, setSource] = useState<{ file: File; years: number[]; year: number | null } | null>(null);

  const read = (file: File, year: number | null): void => {
    setPreview('reading');
    void readImportFile(file, year === null ? {} : { year }).then((p) => {
      setPreview(p);
      // The choices come from the first reading; a year chosen later keeps them, even when the
      // file cannot be read for that year.
      if (year === null) setSource(p.kind === 'csv' || p.kind === 'xlsx' ? { file, years: yearChoices(p.document, getAppStore().getState().doc.project), year: null } : null);
    });
  };

  const onFile = (file: File | undefined): void => {
    if (!file) return;
    read(file, null);
  };

  const onYear = (year: number): void => {
    if (!source) return;
    setSource({ ...source, year });
    read(source.file, year);
  };

  const closePreview = (): void => {
    setPreview(null);
    setSource(null);
  };

  return (
    <div className="filemenu" ref={box}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="btn-file-menu">
        {t('file')} ▾
      </button>
      {open && (
        <div className="filemenu-pop" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <button type="button" role="menuitem" onClick={() => doExport('json')} data-testid="file-export-json">
            {t('exportJson')}
          </button>
          <button type="button" role="menuitem" onClick={() => doExport('xlsx')} data-testid="file-export-xlsx">
            {t('exportXlsx')}
          </button>
          <button type="button" role="menuitem" onClick={() => doExport('csv')} data-testid="file-export-csv">
            {t('exportCsv')}
          </button>
          <div className="filemenu-note">{t('exportYear', { year })}</div>
          <hr />
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              input.current?.click();
            }}
            data-testid="file-import"
          >
            {t('importFile')}
          </button>
        </div>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,.xlsx,.xlsm,.csv,.tsv,.txt"
        hidden
        data-testid="file-import-input"
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {preview && (
        <ImportPreviewDialog
          preview={preview}
          onClose={closePreview}
          {...(source && source.years.length > 0 ? { years: { choices: source.years, year: source.year ?? (preview === 'reading' ? null : (preview.document?.project.tahun ?? null)), onYear } } : {})}
        />
      )}
    </div>
  );
}
