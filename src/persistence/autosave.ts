import type { KaskadeStore } from '../store/store';
import type { KaskadeDB } from './db';
import { saveChanges } from './projectRepository';

export type SaveStatus = { state: 'saved' | 'saving' | 'idle' } | { state: 'failed'; error: string };

/**
 * Write-behind autosave: after an edit, waits `delayMs` for more edits, then writes only the dirty
 * rows in one transaction. On failure the dirty set is put back so nothing is lost, and the status
 * says why.
 */
export function startAutosave(store: KaskadeStore, db: KaskadeDB, writer: string, onStatus: (s: SaveStatus) => void, delayMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  const flush = async (): Promise<void> => {
    timer = null;
    if (running) await running;
    const s = store.getState();
    const dirty = s.takeDirty();
    if (dirty.ids.size === 0 && !dirty.project) return;
    onStatus({ state: 'saving' });
    running = saveChanges(db, s.doc, dirty.ids, dirty.project, writer)
      .then(() => onStatus({ state: 'saved' }))
      .catch((e: unknown) => {
        const cur = store.getState().dirty;
        store.setState({ dirty: { ids: new Set([...dirty.ids, ...cur.ids]), project: dirty.project || cur.project } });
        onStatus({ state: 'failed', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      })
      .finally(() => {
        running = null;
      });
    await running;
  };
  const unsub = store.subscribe((s, prev) => {
    if (s.docVersion === prev.docVersion) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  });
  const onHide = (): void => {
    if (timer) {
      clearTimeout(timer);
      void flush();
    }
  };
  globalThis.addEventListener?.('pagehide', onHide);
  return () => {
    unsub();
    globalThis.removeEventListener?.('pagehide', onHide);
    if (timer) clearTimeout(timer);
  };
}
