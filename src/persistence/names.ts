/**
 * Names in the IndexedDB database, apart from `db.ts` so that the start-up read (`prefetch.ts`)
 * can use them without loading Dexie.
 */

/** Do not rename: the IndexedDB database every user's work lives in. */
export const DB_NAME = 'kaskade';

/** The meta row that remembers the project open last. */
export const LAST_PROJECT_KEY = 'lastProject';

/**
 * The format of the stored node rows. 1: one row per node, every field stored. 2: one row per
 * node, fields equal to the schema's defaults left out (`rowCodec.ts`; a field the schema gains
 * later is filled in on read). 3: as 2, with the nodes grouped into `BUCKETS` rows per project
 * (the `nodeBuckets` table; `BUCKETS` is in `rowCodec.ts`). Rows of another format are read
 * through the schema and the project is written whole again (by the next save when it is not
 * opened first).
 */
export const ROW_FORMAT = 3;

/**
 * Every row of a project in a table whose primary key starts with the project id (`nodes`,
 * `nodeBuckets`): one key range, no index lookup. Without Dexie, for the start-up read and the
 * write at unload.
 */
export function projectRowsRange(projectId: string): IDBKeyRange {
  return IDBKeyRange.bound([projectId], [projectId, []]);
}
