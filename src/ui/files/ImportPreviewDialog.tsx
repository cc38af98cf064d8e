import { useMemo, useState } from 'react';
import { mergeSubtree } from '../../io/merge';
import { useStore } from '../../store/store';
import { useMsg, useT } from '../hooks/useT';
import { Modal } from '../projects/Modal';
import { getSession } from '../shell/boot';
import { fmtBytes } from '../storage/format';
import { notify } from '../toast';
import { asNewProject, previewStats } from './importFile';
import type { ImportPreview } from './importFile';
import { ProblemTable } from './ProblemTable';

/**
 * Shows what a file would bring, every problem by row and column, and writes nothing until the
 * user picks: a new project (never over the open one), or a merge under the selected node (one
 * undo step).
 */
export function ImportPreviewDialog({
  preview,
  onClose,
  years,
}: {
  preview: ImportPreview | 'reading';
  onClose: () => void;
  /** For a flat table: the years its quarter columns may be read for, and the one they are read for. */
  years?: { choices: number[]; year: number | null; onYear: (year: number) => void };
}) {
  const t = useT();
  const msg = useMsg();
  const doc = useStore((s) => s.doc);
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const commit = useStore((s) => s.commit);
  const [busy, setBusy] = useState(false);
  const ready = preview === 'reading' ? null : preview;
  const incoming = ready?.document ?? null;
  const selected = selectedId ? doc.nodes[selectedId] : undefined;
  const merge = useMemo(() => (incoming && selected ? mergeSubtree(doc, selected.id, incoming) : null), [doc, selected, incoming]);
  const stats = incoming ? previewStats(incoming) : null;

  const importNew = (): void => {
    if (!ready?.document) return;
    const next = asNewProject(ready.document, ready.fileName);
    setBusy(true);
    getSession()
      .openNew(next)
      .then(() => {
        notify(t('importDone', { name: next.project.nama }), 'ok');
        onClose();
      })
      .catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), 'error'))
      .finally(() => setBusy(false));
  };

  const doMerge = (): void => {
    if (!merge?.ok) return;
    const added = merge.document.nodes;
    const fresh = Object.keys(added).filter((id) => !doc.nodes[id]);
    // One commit that adds node by node, so the undo entry and autosave touch only those rows.
    commit(t('mergeLabel'), (d) => {
      for (const id of fresh) d.nodes[id] = added[id] as (typeof added)[string];
    });
    for (const w of merge.warnings) notify(msg(w), 'info');
    notify(t('mergeDone', { n: merge.added }), 'ok');
    const first = merge.rootIds[0];
    if (first) getSession().store.getState().focus(first);
    onClose();
  };

  const footer = (
    <>
      <button type="button" onClick={onClose} data-testid="import-cancel">
        {t('cancel')}
      </button>
      <span className="spacer" />
      <button type="button" disabled={!merge?.ok || busy} onClick={doMerge} data-testid="import-merge" title={selected ? undefined : t('importMergeNoSelection')}>
        {t('importMerge')}
      </button>
      <button type="button" className="primary" disabled={!incoming || busy} onClick={importNew} data-testid="import-new">
        {t('importAsNew')}
      </button>
    </>
  );

  return (
    <Modal title={t('importTitle')} onClose={onClose} testId="import-dialog" wide footer={footer}>
      {!ready ? (
        <p>{t('importReading')}</p>
      ) : (
        <p className="import-file">
          <strong data-testid="import-file-name">{ready.fileName}</strong> · {fmtBytes(ready.size, lang)}
          {stats && ` · ${t('importStats', { nodes: stats.nodes, indicators: stats.indicators, levels: stats.levels.join(', ') })}`}
        </p>
      )}
      {years && (
        <label className="import-year" data-testid="import-year">
          {t('importYear')}{' '}
          <select value={years.year ?? ''} disabled={!ready || busy} onChange={(e) => years.onYear(Number(e.target.value))} data-testid="import-year-select">
            {years.year === null && <option value="" />}
            {years.choices.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <span className="import-year-hint">{t('importYearHint')}</span>
        </label>
      )}
      {ready && (
        <>
          <p className={`notice ${incoming ? 'notice-info' : 'notice-error'}`} data-testid="import-status">
            {incoming ? t('importNothingWritten') : t('importCannot')}
          </p>
          {incoming && (
            <div className="import-merge-target" data-testid="import-merge-target">
              {selected ? t('importMergeUnder', { node: `${selected.kode ? `${selected.kode} · ` : ''}${selected.sasaran || selected.nama || selected.id} (Level ${selected.level})` }) : t('importMergeNoSelection')}
              {merge && !merge.ok && (
                <div className="notice notice-warn" data-testid="import-merge-refused">
                  {msg(merge.reason)}
                </div>
              )}
            </div>
          )}
          <ProblemTable problems={ready.problems} />
        </>
      )}
    </Modal>
  );
}
