import type { KaskadeStore } from '../store/store';
import type { KaskadeDB } from './db';
import { ConflictError } from './errors';
import type { Seen } from './errors';
import { saveChanges, saveChangesAtUnload } from './projectRepository';

export type SaveStatus = { state: 'saved' | 'saving' | 'idle' } | { state: 'failed'; error: unknown };

export interface AutosaveHooks {
  onStatus: (s: SaveStatus) => void;
  /** The project row version this tab last read or wrote; null skips the two-tab check. */
  expected: () => Seen | null;
  /** After a write: the row version written, and for which project. */
  onSaved: (seen: Seen, projectId: string) => void;
  /** Another tab wrote first; nothing was written and the edits stay dirty in memory. */
  onConflict: (row: Seen) => void;
  /** While true (two-tab conflict), nothing is written; edits stay dirty in memory. */
  paused: () => boolean;
}

export interface AutosaveOptions {
  /** Quiet time after the last edit before writing. */
  delayMs?: number;
  /** A write happens at the latest this long after the first unsaved edit, however busy the user. */
  maxWaitMs?: number;
}

export interface Autosave {
  /** Writes what is dirty now (after any write in progress); resolves when it is stored. */
  flush: () => Promise<void>;
  /** What `pagehide` does: writes every pending row synchronously (exposed for tests). */
  writeAtUnload: () => void;
  stop: () => void;
}

/**
 * Write-behind autosave, off the typing path: an edit only (re)arms a timer; after `delayMs` of
 * quiet (or `maxWaitMs` since the first unsaved edit) the dirty rows are written in one
 * transaction. Writes never overlap. On failure the dirty set is put back so nothing is lost and
 * the status says why; the next edit (or `flush`) tries again. Hiding the page writes at once;
 * leaving it (`pagehide`) writes synchronously, since an asynchronous write would be dropped.
 */
export function startAutosave(store: KaskadeStore, db: KaskadeDB, writer: string, hooks: AutosaveHooks, opts: AutosaveOptions = {}): Autosave {
  const delayMs = opts.delayMs ?? 400;
  const maxWaitMs = opts.maxWaitMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstDirtyAt: number | null = null;
  let chain: Promise<void> = Promise.resolve();
  /** Rows of the write in progress: a page leaving mid-write writes them again, synchronously. */
  let inflight: { ids: Set<string>; project: boolean } | null = null;
  let stopped = false;
  const putBack = (dirty: { ids: Set<string>; project: boolean }): void => {
    const cur = store.getState().dirty;
    store.setState({ dirty: { ids: new Set([...dirty.ids, ...cur.ids]), project: dirty.project || cur.project } });
  };

  const write = async (): Promise<void> => {
    if (stopped || hooks.paused()) return;
    const s = store.getState();
    if (s.dirty.ids.size === 0 && !s.dirty.project) return;
    const dirty = s.takeDirty();
    const doc = s.doc;
    const ids = dirty.ids;
    hooks.onStatus({ state: 'saving' });
    inflight = { ids, project: dirty.project };
    try {
      const seen = await saveChanges(db, doc, ids, dirty.project, writer, hooks.expected());
      hooks.onSaved(seen, doc.project.id);
      const now = store.getState();
      hooks.onStatus({ state: now.dirty.ids.size === 0 && !now.dirty.project ? 'saved' : 'saving' });
    } catch (e) {
      putBack(dirty);
      if (e instanceof ConflictError) hooks.onConflict(e.row);
      else hooks.onStatus({ state: 'failed', error: e });
    } finally {
      inflight = null;
    }
  };

  /** `pagehide`: an asynchronous write would be dropped with the page, so write synchronously. */
  const writeAtUnload = (): void => {
    if (stopped || hooks.paused()) return;
    const s = store.getState();
    const pending = s.dirty.ids.size > 0 || s.dirty.project;
    if (!pending && !inflight) return;
    if (timer) clearTimeout(timer);
    timer = null;
    const dirty = s.takeDirty();
    const doc = s.doc;
    const ids = new Set([...dirty.ids, ...(inflight?.ids ?? [])]);
    try {
      const seen = saveChangesAtUnload(db, doc, ids, writer, hooks.expected());
      if (!seen) throw new Error('database closed');
      hooks.onSaved(seen, doc.project.id);
    } catch {
      // Not lost yet: the page may stay (back/forward cache); the normal path tries again.
      putBack(dirty);
      void flush();
    }
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    firstDirtyAt = null;
    chain = chain.then(write, write);
    return chain;
  };

  const schedule = (): void => {
    const now = Date.now();
    firstDirtyAt ??= now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstDirtyAt + maxWaitMs - now));
    timer = setTimeout(() => void flush(), wait);
  };

  const unsub = store.subscribe((s, prev) => {
    if (s.docVersion !== prev.docVersion && (s.dirty.ids.size > 0 || s.dirty.project)) schedule();
  });
  const onHide = (): void => {
    const s = store.getState();
    if (timer || s.dirty.ids.size > 0 || s.dirty.project) void flush();
  };
  const onVisibility = (): void => {
    if (globalThis.document?.visibilityState === 'hidden') onHide();
  };
  const onPageHide = (): void => writeAtUnload();
  globalThis.addEventListener?.('pagehide', onPageHide);
  globalThis.document?.addEventListener('visibilitychange', onVisibility);
  return {
    flush,
    writeAtUnload,
    stop: () => {
      stopped = true;
      unsub();
      globalThis.removeEventListener?.('pagehide', onPageHide);
      globalThis.document?.removeEventListener('visibilitychange', onVisibility);
      if (timer) clearTimeout(timer);
    },
  };
}
