import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { KaskadeDB } from './db';
import type { NodeRow, ProjectRow } from './db';
import { loadProject } from './projectRepository';

/** The database exactly as schema version 1 shipped it: the upgrade must start from this. */
class KaskadeDBv1 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({ projects: 'id, updatedAt', nodes: '[projectId+id], projectId', meta: 'key' });
  }
}

const names: string[] = [];
const dbName = (): string => {
  const n = `kaskade-upgrade-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
};

afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('database schema upgrade', () => {
  it('opens a version 1 database with the current class, keeping every project, node and meta row', async () => {
    const name = dbName();
    const doc = buildLumajang();
    const old = new KaskadeDBv1(name);
    await old.open();
    const rows: NodeRow[] = Object.values(doc.nodes).map((node) => ({ projectId: doc.project.id, id: node.id, node }));
    const row: ProjectRow = { id: doc.project.id, project: doc.project, acknowledgements: [], schemaVersion: 1, updatedAt: '2024-05-01T08:00:00.000Z', writer: 'tab-old' };
    await old.table('projects').put(row);
    await old.table('nodes').bulkPut(rows);
    await old.table('meta').put({ key: 'lastProject', value: doc.project.id });
    old.close();

    const db = new KaskadeDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    const upgraded = await db.projects.get(doc.project.id);
    expect(upgraded).toMatchObject({ updatedAt: row.updatedAt, writer: 'tab-old', createdAt: row.updatedAt, deletedAt: null });
    expect(await db.nodes.count()).toBe(rows.length);
    expect((await db.meta.get('lastProject'))?.value).toBe(doc.project.id);
    // One-node rows of a project written before row formats existed: read through the schema.
    const loaded = await loadProject(db, doc.project.id, { deferCheck: true });
    expect(loaded?.stale).toBe(true);
    expect(loaded?.document).toEqual(doc);
    expect(await db.versions.count()).toBe(0);
    db.close();
  });

  it('creates every table on a fresh database', async () => {
    const db = new KaskadeDB(dbName());
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['meta', 'nodeBuckets', 'nodes', 'projects', 'versionData', 'versions']);
    db.close();
  });
});
