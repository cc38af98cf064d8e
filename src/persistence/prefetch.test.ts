import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { KaskadeDB } from './db';
import { LAST_PROJECT_KEY } from './names';
import { startPrefetch, takePrefetched } from './prefetch';
import { loadProject, saveWholeDocument, setMeta } from './projectRepository';
import { closeAll, freshDb, storeInRowFormat2 } from './testing';

afterEach(closeAll);

describe('start-up read of the last project', () => {
  it('reads the last project’s rows, and the document from them equals a read through Dexie', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await saveWholeDocument(db, doc, 'tab-a');
    await setMeta(db, LAST_PROJECT_KEY, doc.project.id);
    startPrefetch(db.name);
    const rows = await takePrefetched();
    expect(rows?.project.id).toBe(doc.project.id);
    expect(rows?.buckets?.reduce((n, b) => n + b.nodes.length, 0)).toBe(Object.keys(doc.nodes).length);
    expect(rows?.rows).toBeUndefined();
    const viaRows = await loadProject(db, doc.project.id, { deferCheck: true, prefetched: rows });
    const viaDexie = await loadProject(db, doc.project.id, { deferCheck: true });
    expect(viaRows?.document).toEqual(viaDexie?.document);
    expect(viaRows?.seen).toEqual(viaDexie?.seen);
    // Taken once: the next take has nothing.
    expect(await takePrefetched()).toBeNull();
  });

  it('reads a project stored one row per node (row format 2) as such', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await storeInRowFormat2(db, doc);
    await setMeta(db, LAST_PROJECT_KEY, doc.project.id);
    startPrefetch(db.name);
    const rows = await takePrefetched();
    expect(rows?.rows?.length).toBe(Object.keys(doc.nodes).length);
    expect(rows?.buckets).toBeUndefined();
    const loaded = await loadProject(db, doc.project.id, { deferCheck: true, prefetched: rows });
    expect(loaded?.stale).toBe(true);
    expect(loaded?.document).toEqual(doc);
  });

  it('gives nothing for a project in the trash, and is not used for another project', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await saveWholeDocument(db, doc, 'tab-a');
    await setMeta(db, LAST_PROJECT_KEY, doc.project.id);
    await db.projects.update(doc.project.id, { deletedAt: '2026-01-01T00:00:00.000Z' });
    startPrefetch(db.name);
    expect(await takePrefetched()).toBeNull();
    await db.projects.update(doc.project.id, { deletedAt: null });
    startPrefetch(db.name);
    const rows = await takePrefetched();
    expect(rows).not.toBeNull();
    const other = { ...doc, project: { ...doc.project, id: 'p-lain', nama: 'Lain' } };
    await saveWholeDocument(db, other, 'tab-a');
    expect((await loadProject(db, 'p-lain', { prefetched: rows }))?.document.project.nama).toBe('Lain');
  });

  it('never creates the database when there is none', async () => {
    const name = `kaskade-none-${Math.random().toString(36).slice(2)}`;
    startPrefetch(name);
    expect(await takePrefetched()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    // Dexie then creates it with every store, as on a first visit.
    const db = new KaskadeDB(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('nodes');
    db.close();
    await Dexie.delete(name);
  });
});
