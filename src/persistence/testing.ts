import Dexie from 'dexie';
import { KaskadeDB } from './db';

/** Test helpers (not used by the app): a database of its own per test, and its whole content. */
const opened: KaskadeDB[] = [];

export async function freshDb(): Promise<KaskadeDB> {
  const db = new KaskadeDB(`kaskade-test-${Math.random().toString(36).slice(2)}`);
  await db.open();
  opened.push(db);
  return db;
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}

/** Every row of every table, for "nothing was written" assertions. */
export async function dump(db: KaskadeDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}
