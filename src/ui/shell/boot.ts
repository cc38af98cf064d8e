import { newId } from '../../domain/model';
import type { KDocument } from '../../domain/model';
import { startAutosave } from '../../persistence/autosave';
import { KaskadeDB } from '../../persistence/db';
import { getMeta, loadDocument, saveWholeDocument, setMeta } from '../../persistence/projectRepository';
import { SAMPLES } from '../../samples';
import { createKaskadeStore, getAppStore, setAppStore } from '../../store/store';

/** This tab's id, written with every save. */
export const TAB_ID = newId('tab');
let db: KaskadeDB | null = null;

async function openDb(): Promise<KaskadeDB | null> {
  try {
    const d = new KaskadeDB();
    await d.open();
    return d;
  } catch {
    return null;
  }
}

async function requestPersistence(): Promise<boolean | null> {
  try {
    return (await navigator.storage?.persist?.()) ?? null;
  } catch {
    return null;
  }
}

/** Opens the database, the last project (or the first sample), and starts autosave. */
export async function boot(): Promise<void> {
  db = await openDb();
  let doc: KDocument | null = null;
  let loadError: string | null = null;
  if (db) {
    try {
      const last = await getMeta(db, 'lastProject');
      if (last) doc = await loadDocument(db, last);
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
    }
  }
  const fresh = !doc;
  if (!doc) doc = (SAMPLES.find((s) => !s.hidden) ?? SAMPLES[0])?.build() ?? null;
  if (!doc) throw new Error('no sample project');
  const store = createKaskadeStore(doc);
  setAppStore(store);
  (globalThis as { kaskade?: unknown }).kaskade = { getState: store.getState };
  if (!db) {
    store.getState().setStorage({ save: 'memory', error: 'IndexedDB tidak tersedia / IndexedDB unavailable' });
    return;
  }
  if (loadError) store.getState().setStorage({ save: 'failed', error: loadError });
  if (fresh) await openDocument(doc);
  store.getState().takeDirty();
  startAutosave(store, db, TAB_ID, (st) => store.getState().setStorage(st.state === 'failed' ? { save: 'failed', error: st.error } : { save: st.state, error: null }));
  void requestPersistence().then((persisted) => store.getState().setStorage({ persisted }));
}

/** Makes `doc` the open project: saved whole, remembered as the last one, loaded in the store. */
export async function openDocument(doc: KDocument): Promise<void> {
  const store = getAppStore();
  if (db) {
    await saveWholeDocument(db, doc, TAB_ID);
    await setMeta(db, 'lastProject', doc.project.id);
  }
  store.getState().loadDocument(doc);
  store.getState().takeDirty();
}
