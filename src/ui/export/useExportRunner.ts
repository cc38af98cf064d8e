import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportRequest } from '../../io/image/exportJob';
import type { SceneSource } from '../../io/image/scene';
import { getAppStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { notify } from '../toast';
import { downloadFiles } from '../download';
import { currentView } from './viewState';

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; files: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Runs exports one at a time with progress and cancel; downloads the files when done. */
export function useExportRunner(): { state: RunState; start: (req: ExportRequest) => Promise<void>; cancel: () => void } {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const ctrl = useRef<AbortController | null>(null);
  const t = useT();
  useEffect(() => () => ctrl.current?.abort(), []);

  const start = useCallback(
    async (req: ExportRequest) => {
      if (ctrl.current) return;
      const c = new AbortController();
      ctrl.current = c;
      setState({ phase: 'running', done: 0, total: 0 });
      const store = getAppStore();
      const s = store.getState();
      const src: SceneSource = { doc: s.doc, evaluation: s.evaluation, year: s.year, tw: s.tw, layoutMode: s.layoutMode, collapsed: s.collapsed, selectedId: s.selectedId };
      const view = req.scope === 'view' ? currentView() : null;
      // The selection outline is not part of the picture of the view.
      const reselect = req.scope === 'view' && req.format === 'png' ? s.selectedId : null;
      try {
        if (reselect) {
          s.select(null);
          await frame();
        }
        const { runExport } = await import('../../io/image/exportJob');
        const files = await runExport(src, req, view, { signal: c.signal, onProgress: (p) => setState({ phase: 'running', ...p }) });
        c.signal.throwIfAborted();
        await downloadFiles(files);
        setState({ phase: 'done', files: files.length });
        notify(t('exDone', { n: files.length }), 'ok');
      } catch (e) {
        if (c.signal.aborted) {
          setState({ phase: 'cancelled' });
          notify(t('exCancelled'));
        } else {
          const message = e instanceof Error ? e.message : String(e);
          setState({ phase: 'failed', message });
          notify(`${t('exFailed')}: ${message}`, 'error');
        }
      } finally {
        if (reselect && store.getState().selectedId === null) store.getState().select(reselect);
        ctrl.current = null;
      }
    },
    [t],
  );

  const cancel = useCallback(() => ctrl.current?.abort(), []);
  return { state, start, cancel };
}
