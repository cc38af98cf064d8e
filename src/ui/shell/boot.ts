import { newId } from '../../domain/model';
import type { KDocument } from '../../domain/model';
import { KaskadeDB } from '../../persistence/db';
import { getMeta, loadProject, whyUnopenable } from '../../persistence/projectRepository';
import type { LoadedProject } from '../../persistence/projectRepository';
import { LAST_PROJECT_KEY } from '../../persistence/names';
import { takePrefetched } from '../../persistence/prefetch';
import { mostRecentLive } from '../../persistence/projectList';
import { ProjectSession } from '../../persistence/session';
import { SAMPLES } from '../../samples';
import { createKaskadeStore, setAppStore } from '../../store/store';
import type { KaskadeStore } from '../../store/store';

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
  let loaded: LoadedProject | null = null;
  let loadError: string | null = null;
  // The rows are checked against the schema after the first paint (see `loadProject`).
  const deferCheck = true;
  if (db) {
    try {
      // The start-up read already found the last project (and skipped one in the trash).
      const prefetched = await takePrefetched();
      const last = prefetched?.project.id ?? (await getMeta(db, LAST_PROJECT_KEY));
      loaded = last ? await loadProject(db, last, { deferCheck, prefetched }) : null;
      if (loaded?.seen.deletedAt) loaded = null;
      if (!loaded) {
        const recent = await mostRecentLive(db);
        loaded = recent ? await loadProject(db, recent, { deferCheck }) : null;
      }
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
    }
  }
  let doc = loaded?.document ?? firstSample();
  let store: KaskadeStore;
  try {
    store = createKaskadeStore(doc);
  } catch (e) {
    // Only unchecked rows can break the evaluation: name the bad one and open the sample instead
    // (the broken project stays in storage, untouched, in the project list).
    if (!loaded?.unchecked) throw e;
    loadError = (await whyUnopenable(doc, e)).id;
    loaded = null;
    doc = firstSample();
    store = createKaskadeStore(doc);
  }
  setAppStore(store);
  session = new ProjectSession(store, db, TAB_ID);
  (globalThis as { kaskade?: unknown }).kaskade = { getState: store.getState, tabId: TAB_ID };
  store.getState().takeDirty();
  session.start(loaded?.seen ?? null);
  if (loaded?.unchecked) session.checkStored(doc);
  // A new sample, or rows of an earlier format (read through the schema): write it whole.
  if (db && (!loaded || loaded.stale)) {
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
