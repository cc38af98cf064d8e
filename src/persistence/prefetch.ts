import type { MetaRow, NodeBucketRow, NodeRow, ProjectRow } from './db';
import { DB_NAME, LAST_PROJECT_KEY, ROW_FORMAT, projectRowsRange } from './names';

/**
 * A project's rows, read in one transaction (a consistent snapshot): its node rows of the current
 * row format (`buckets`), or of an earlier one (`rows`).
 */
export interface PrefetchedProject {
  project: ProjectRow;
  rows?: NodeRow[];
  buckets?: NodeBucketRow[];
}

let pending: Promise<PrefetchedProject | null> | null = null;

/**
 * Starts reading the project open last straight from IndexedDB, before the application's code
 * has loaded: reading 20,000 rows keeps the database busy for a few hundred milliseconds, which
 * then overlap with loading and compiling the app. Anything unusual (no database yet, no such
 * project, a project in the trash, any error) gives null, and the app reads through Dexie as
 * usual. Never creates the database, never writes.
 */
export function startPrefetch(dbName = DB_NAME): void {
  if (pending || typeof indexedDB === 'undefined') return;
  pending = readLastProject(dbName).catch(() => null);
}

/** The prefetched rows (once; later calls get null), or null when there are none. */
export function takePrefetched(): Promise<PrefetchedProject | null> {
  const p = pending ?? Promise.resolve(null);
  pending = null;
  return p;
}

const done = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    // No database yet: abort, so that this read does not create an empty one (Dexie creates it).
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => (req.error?.name === 'AbortError' ? resolve(null) : reject(req.error ?? new Error('IndexedDB open failed')));
    req.onblocked = () => resolve(null);
  });
}

async function readLastProject(name: string): Promise<PrefetchedProject | null> {
  const db = await openExisting(name);
  if (!db) return null;
  try {
    // A database of an earlier schema has no bucket rows (nor projects of that row format).
    const names = ['meta', 'projects', 'nodes', 'nodeBuckets'].filter((n) => db.objectStoreNames.contains(n));
    if (!['meta', 'projects', 'nodes'].every((n) => names.includes(n))) return null;
    const tx = db.transaction(names, 'readonly');
    const meta = await done(tx.objectStore('meta').get(LAST_PROJECT_KEY) as IDBRequest<MetaRow | undefined>);
    if (!meta) return null;
    const project = await done(tx.objectStore('projects').get(meta.value) as IDBRequest<ProjectRow | undefined>);
    if (!project || project.deletedAt) return null;
    const range = projectRowsRange(project.id);
    if (project.rowFormat === ROW_FORMAT) {
      if (!names.includes('nodeBuckets')) return null;
      return { project, buckets: await done(tx.objectStore('nodeBuckets').getAll(range) as IDBRequest<NodeBucketRow[]>) };
    }
    return { project, rows: await done(tx.objectStore('nodes').getAll(range) as IDBRequest<NodeRow[]>) };
  } finally {
    // Dexie opens its own connection (and may upgrade the schema): this one must not block it.
    db.close();
  }
}
