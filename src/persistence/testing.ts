import Dexie from 'dexie';
import type { KDocument } from '../domain/model';
import { KaskadeDB } from './db';
import { bucketOf, packNode } from './rowCodec';
import type { StoredNode } from './rowCodec';

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

/** The stored form of one node of a project (row format 3), or undefined. */
export async function storedNode(db: KaskadeDB, projectId: string, id: string): Promise<StoredNode | undefined> {
  const row = await db.nodeBuckets.get([projectId, bucketOf(id)]);
  return row?.nodes.find((n) => n.id === id);
}

/** Replaces the stored form of one node of a project (row format 3), as damage or another program might. */
export async function putStoredNode(db: KaskadeDB, projectId: string, node: StoredNode): Promise<void> {
  const key: [string, number] = [projectId, bucketOf(node.id)];
  const row = (await db.nodeBuckets.get(key)) ?? { projectId, bucket: key[1], nodes: [] };
  await db.nodeBuckets.put({ ...row, nodes: [...row.nodes.filter((n) => n.id !== node.id), node] });
}

/** Stores `doc` as row format 2 wrote it (one row per node, no bucket rows), as an older app left it. */
export async function storeInRowFormat2(db: KaskadeDB, doc: KDocument, writer = 'old-tab'): Promise<void> {
  const projectId = doc.project.id;
  const updatedAt = '2026-01-01T00:00:00.000Z';
  await db.transaction('rw', db.projects, db.nodes, async () => {
    await db.nodes.bulkPut(Object.values(doc.nodes).map((node) => ({ projectId, id: node.id, node: packNode(node) })));
    await db.projects.put({ id: projectId, project: doc.project, acknowledgements: doc.acknowledgements, schemaVersion: doc.schemaVersion, updatedAt, createdAt: updatedAt, deletedAt: null, writer, rowFormat: 2 });
  });
}
