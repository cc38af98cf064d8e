import { useCallback, useRef, useState } from 'react';
import { buildReportXlsx, reportFileName } from '../../io/reports';
import type { ReportKind } from '../../io/reports';
import { getAppStore, useStore } from '../../store/store';
import { twVars } from '../fields/display';
import { useClickAway } from '../hooks/useClickAway';
import { useT } from '../hooks/useT';
import { notify } from '../toast';
import { PrintView } from './PrintView';
import { downloadBlob } from '../download';
import '../review.css';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * "Laporan": downloads the reports planners submit (Pohon Kinerja matrix, Perjanjian Kinerja /
 * Tabel 2.4, triwulan evaluation form) as XLSX for the selected year and triwulan, and opens the
 * printable evaluation form. No props.
 */
export function ReportsMenu() {
  const t = useT();
  const year = useStore((s) => s.year);
  const tw = useStore((s) => s.tw);
  const [open, setOpen] = useState(false);
  const closeMenu = useCallback(() => setOpen(false), []);
  const [busy, setBusy] = useState<ReportKind | null>(null);
  const [printing, setPrinting] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useClickAway(root, open, closeMenu);

  const download = async (kind: ReportKind): Promise<void> => {
    setBusy(kind);
    try {
      const s = getAppStore().getState();
      const bytes = await buildReportXlsx(kind, s.doc, s.evaluation);
      const name = reportFileName(kind, s.doc, s.evaluation);
      downloadBlob(name, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      notify(t('rpDone', { name }), 'ok');
      setOpen(false);
    } catch (e) {
      notify(t('rpFailed', { msg: e instanceof Error ? e.message : String(e) }), 'error');
    } finally {
      setBusy(null);
    }
  };

  const items: [ReportKind, string][] = [
    ['matrix', t('rpMatrix')],
    ['perjanjian', t('rpPerjanjian')],
    ['evaluasi', t('rpEvaluasi', { year, ...twVars(tw) })],
  ];
  return (
    <div className="rp" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="reports-menu">
        {t('rpMenu')} ▾
      </button>
      {open && (
        <div className="rp-menu" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {items.map(([kind, label]) => (
            <button key={kind} type="button" role="menuitem" disabled={busy !== null} onClick={() => void download(kind)} data-testid={`report-${kind}`}>
              {busy === kind ? t('rpBusy') : label}
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              setPrinting(true);
            }}
            data-testid="report-print"
          >
            {t('rpPrint')}
          </button>
        </div>
      )}
      {printing && <PrintView onClose={() => setPrinting(false)} />}
    </div>
  );
}
