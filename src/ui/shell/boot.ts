import { newId } from '../../domain/model';
import type { KDocument } from '../../domain/model';
import { KaskadeDB } from '../../persistence/db';
import type { Seen } from '../../persistence/errors';
import { getMeta, loadProject } from '../../persistence/projectRepository';
import { mostRecentLive } from '../../persistence/projectList';
import { ProjectSession } from '../../persistence/session';
import { SAMPLES } from '../../samples';
import { createKaskadeStore, setAppStore } from '../../store/store';

/** This tab's id, written with every save and announced to other tabs. */
export const TAB_ID = newId('tab');
let session: ProjectSession | null = null;

async function openDb(): Promise<KaskadeDB | null> {
  try {
    if (typeof indexedDB === 'undefined') return null;
    const d = new KaskadeDB();
    await d.open();
    return d;
  } catch {
    return null;
  }
}

/** The open project's storage session (after `boot`). */
export function getSession(): ProjectSession {
  if (!session) throw new Error('not booted');
  return session;
}

/** The database, or null when the app runs in memory only. */
export function getDb(): KaskadeDB | null {
  return session?.db ?? null;
}

/** A fresh copy of the first sample, under a new project id. */
export function firstSample(): KDocument {
  const doc = (SAMPLES.find((s) => !s.hidden) ?? SAMPLES[0])?.build();
  if (!doc) throw new Error('no sample project');
  return { ...doc, project: { ...doc.project, id: newId('p') } };
}

/** Opens the database, the last project (or the most recent, or the first sample), and starts autosave. */
export async function boot(): Promise<void> {
  const db = await openDb();
  let doc: KDocument | null = null;
  let seen: Seen | null = null;
  let loadError: string | null = null;
  if (db) {
    try {
      const last = await getMeta(db, 'lastProject');
      let loaded = last ? await loadProject(db, last) : null;
      if (loaded && (await db.projects.get(last as string))?.deletedAt) loaded = null;
      if (!loaded) {
        const recent = await mostRecentLive(db);
        loaded = recent ? await loadProject(db, recent) : null;
      }
      if (loaded) ({ document: doc, seen } = loaded);
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
    }
  }
  const fresh = !doc;
  doc ??= firstSample();
  const store = createKaskadeStore(doc);
  setAppStore(store);
  session = new ProjectSession(store, db, TAB_ID);
  (globalThis as { kaskade?: unknown }).kaskade = { getState: store.getState, tabId: TAB_ID };
  store.getState().takeDirty();
  session.start(seen);
  if (db && fresh) {
    try {
      await session.openNew(doc);
    } catch (e) {
      loadError ??= e instanceof Error ? e.message : String(e);
    }
  }
  if (loadError) store.getState().setStorage({ save: 'failed', error: loadError });
}

/** Makes `doc` the open project: saved whole, remembered as the last one, loaded in the store. */
export async function openDocument(doc: KDocument): Promise<void> {
  await getSession().openNew(doc);
}
