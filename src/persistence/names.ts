/**
 * Names in the IndexedDB database, apart from `db.ts` so that the start-up read (`prefetch.ts`)
 * can use them without loading Dexie.
 */

/** Do not rename: the IndexedDB database every user's work lives in. */
export const DB_NAME = 'kaskade';

/** The meta row that remembers the project open last. */
export const LAST_PROJECT_KEY = 'lastProject';
