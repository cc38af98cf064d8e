import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { ConflictError } from './errors';
import { currentSeen, findInvalidNode, loadProject, ROW_FORMAT, saveChanges, saveChangesAtUnload, saveWholeDocument } from './projectRepository';
import { generatePemda } from '../domain/generate';
import { BUCKETS, bucketOf } from './rowCodec';
import { closeAll, freshDb, putStoredNode, storedNode, storeInRowFormat2 } from './testing';


afterEach(closeAll);

describe('project repository', () => {
  it('stores a whole document and loads it back equal', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    const seen = await saveWholeDocument(db, doc, 'tab-a');
    const loaded = await loadProject(db, doc.project.id);
    expect(loaded?.document).toEqual(doc);
    expect(loaded?.seen).toEqual(seen);
    expect(await loadProject(db, 'nope')).toBeNull();
  });

  it('writes only the changed rows and removes deleted nodes', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await saveWholeDocument(db, doc, 'tab-a');
    const [first, second] = Object.keys(doc.nodes);
    const firstNode = doc.nodes[first as string];
    if (!first || !second || !firstNode) throw new Error('sample too small');
    const nodes = { ...doc.nodes, [first]: { ...firstNode, sasaran: 'Diubah' } };
    delete nodes[second];
    const next = { ...doc, nodes };
    await saveChanges(db, next, [first, second], false, 'tab-a');
    const loaded = await loadProject(db, doc.project.id);
    expect(loaded?.document.nodes[first]?.sasaran).toBe('Diubah');
    expect(loaded?.document.nodes[second]).toBeUndefined();
    expect(Object.keys(loaded?.document.nodes ?? {}).length).toBe(Object.keys(doc.nodes).length - 1);
  });

  it('keeps the nodes in a few rows, and a save rewrites only the rows of the changed nodes', async () => {
    const db = await freshDb();
    const doc = generatePemda({ seed: 4, nodes: 600, year: 2025, tw: 2 });
    const seen = await saveWholeDocument(db, doc, 'tab-a');
    const ids = Object.keys(doc.nodes);
    const buckets = await db.nodeBuckets.where('projectId').equals(doc.project.id).toArray();
    expect(buckets.length).toBeLessThanOrEqual(BUCKETS);
    expect(buckets.length).toBeGreaterThan(BUCKETS / 2);
    expect(buckets.reduce((n, b) => n + b.nodes.length, 0)).toBe(ids.length);
    for (const b of buckets) for (const n of b.nodes) expect(bucketOf(n.id)).toBe(b.bucket);
    expect(await db.nodes.count()).toBe(0);
    expect((await db.projects.get(doc.project.id))?.nodeCount).toBe(ids.length);

    const id = ids[17] as string;
    const node = doc.nodes[id];
    if (!node) throw new Error('no node');
    const next = { ...doc, nodes: { ...doc.nodes, [id]: { ...node, sasaran: 'Diubah' } } };
    const put = vi.spyOn(db.nodeBuckets, 'bulkPut');
    await saveChanges(db, next, [id], false, 'tab-a', seen);
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]?.[0].map((r) => r.bucket)).toEqual([bucketOf(id)]);
    expect((await loadProject(db, doc.project.id))?.document).toEqual(next);
  });

  it('removes the row of a bucket whose last node is deleted', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await saveWholeDocument(db, doc, 'tab-a');
    const counts = new Map<number, string[]>();
    for (const id of Object.keys(doc.nodes)) counts.set(bucketOf(id), [...(counts.get(bucketOf(id)) ?? []), id]);
    const [bucket, alone] = [...counts].find(([, list]) => list.length === 1) ?? [];
    if (bucket === undefined || !alone) throw new Error('no bucket with one node in the sample');
    const nodes = { ...doc.nodes };
    delete nodes[alone[0] as string];
    await saveChanges(db, { ...doc, nodes }, alone, false, 'tab-a');
    expect(await db.nodeBuckets.get([doc.project.id, bucket])).toBeUndefined();
    expect((await loadProject(db, doc.project.id))?.document.nodes).toEqual(nodes);
  });

  it('converts a project stored one row per node (row format 2) on its next save, whatever the save', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await storeInRowFormat2(db, doc);
    const loaded = await loadProject(db, doc.project.id, { deferCheck: true });
    expect(loaded?.stale).toBe(true);
    expect(loaded?.document).toEqual(doc);
    // A save of one changed node writes every node, in buckets, and drops the one-node rows.
    const id = Object.keys(doc.nodes)[0] as string;
    await saveChanges(db, doc, [id], false, 'tab-a', loaded?.seen ?? null);
    expect(await db.nodes.count()).toBe(0);
    expect((await db.projects.get(doc.project.id))?.rowFormat).toBe(ROW_FORMAT);
    const again = await loadProject(db, doc.project.id, { deferCheck: true });
    expect(again?.stale).toBe(false);
    expect(again?.document).toEqual(doc);
    // The same through the write at unload.
    const other = { ...doc, project: { ...doc.project, id: 'p-unload' } };
    await storeInRowFormat2(db, other);
    const base = (await loadProject(db, 'p-unload'))?.seen ?? null;
    saveChangesAtUnload(db, other, [id], 'tab-a', base);
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.nodes.where('projectId').equals('p-unload').count()).toBe(0);
    expect((await loadProject(db, 'p-unload', { deferCheck: true }))?.document).toEqual(other);
  });

  it('refuses a bucket row that is not a list of nodes, naming it, and changes nothing', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await saveWholeDocument(db, doc, 'tab-a');
    const bucket = bucketOf(Object.keys(doc.nodes)[0] as string);
    await db.nodeBuckets.update([doc.project.id, bucket], { nodes: 'rusak' as unknown as [] });
    await expect(loadProject(db, doc.project.id, { deferCheck: true })).rejects.toThrow(`baris node ${bucket} proyek ${doc.project.id}`);
    expect((await db.nodeBuckets.get([doc.project.id, bucket]))?.nodes).toBe('rusak');
  });

  it('refuses to write over another tab’s save and leaves the row as that tab left it', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    const seenA = await saveWholeDocument(db, doc, 'tab-a');
    // Tab B read the same version, then tab A saved again.
    const seenB = { ...seenA };
    const id = Object.keys(doc.nodes)[0] as string;
    const node = doc.nodes[id];
    if (!node) throw new Error('empty sample');
    const a2 = await saveChanges(db, { ...doc, nodes: { ...doc.nodes, [id]: { ...node, sasaran: 'dari A' } } }, [id], false, 'tab-a', seenA);
    expect(a2.updatedAt > seenA.updatedAt).toBe(true);
    const attempt = saveChanges(db, { ...doc, nodes: { ...doc.nodes, [id]: { ...node, sasaran: 'dari B' } } }, [id], false, 'tab-b', seenB);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    expect((await loadProject(db, doc.project.id))?.document.nodes[id]?.sasaran).toBe('dari A');
    expect(await currentSeen(db, doc.project.id)).toEqual(a2);
  });

  it('gives every save a later timestamp, even within one millisecond', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    let prev = await saveWholeDocument(db, doc, 't');
    for (let i = 0; i < 5; i++) {
      const next = await saveChanges(db, doc, [], true, 't', prev);
      expect(next.updatedAt > prev.updatedAt).toBe(true);
      prev = next;
    }
  });

  it('opens rows of the current format unchecked, equal to what was stored', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await saveWholeDocument(db, doc, 'tab-a');
    expect((await db.projects.get(doc.project.id))?.rowFormat).toBe(ROW_FORMAT);
    const fast = await loadProject(db, doc.project.id, { deferCheck: true });
    expect(fast?.unchecked).toBe(true);
    expect(fast?.stale).toBe(false);
    expect(fast?.document).toEqual(doc);
    expect(await findInvalidNode(doc)).toBeNull();
    // Without the option the schema runs as before.
    expect((await loadProject(db, doc.project.id))?.unchecked).toBe(false);
  });

  it('reads rows of an earlier format through the schema and says they are to be rewritten', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await storeInRowFormat2(db, doc);
    // A row written before a field existed: the schema fills the default.
    const [id] = Object.keys(doc.nodes);
    const row = await db.nodes.get([doc.project.id, id as string]);
    if (!row) throw new Error('no row');
    const { keterangan: _dropped, ...older } = row.node;
    await db.nodes.put({ ...row, node: older as typeof row.node });
    const loaded = await loadProject(db, doc.project.id, { deferCheck: true });
    expect(loaded?.unchecked).toBe(false);
    expect(loaded?.stale).toBe(true);
    expect('keterangan' in older).toBe(false);
    expect(loaded?.document.nodes[id as string]?.keterangan).toBe('');
  });

  it('keeps the row format through saves of changed rows and the write at unload', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    const seen = await saveWholeDocument(db, doc, 'tab-a');
    const [id] = Object.keys(doc.nodes);
    const next = await saveChanges(db, doc, [id as string], true, 'tab-a', seen);
    expect((await db.projects.get(doc.project.id))?.rowFormat).toBe(ROW_FORMAT);
    saveChangesAtUnload(db, doc, [id as string], 'tab-a', next);
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.projects.get(doc.project.id))?.rowFormat).toBe(ROW_FORMAT);
  });

  it('finds a stored node that breaks the schema and names the node and field', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    await saveWholeDocument(db, doc, 'tab-a');
    const ids = Object.keys(doc.nodes);
    const id = ids[ids.length - 1] as string;
    const node = await storedNode(db, doc.project.id, id);
    if (!node) throw new Error('no row');
    await putStoredNode(db, doc.project.id, { ...node, level: 9 as unknown as typeof node.level });
    const loaded = await loadProject(db, doc.project.id, { deferCheck: true });
    if (!loaded) throw new Error('not loaded');
    // Checked in slices of 0 ms: every node yields, and the answer is the same.
    const bad = await findInvalidNode(loaded.document, 0);
    expect(bad?.id).toBe(id);
    expect(bad?.path).toBe('level');
    await expect(loadProject(db, doc.project.id)).rejects.toThrow();
  });
});
