import { afterEach, describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { ConflictError } from './errors';
import { currentSeen, findInvalidNode, loadProject, ROW_FORMAT, saveChanges, saveChangesAtUnload, saveWholeDocument } from './projectRepository';
import { closeAll, freshDb } from './testing';

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
    await saveWholeDocument(db, doc, 'tab-a');
    await db.projects.update(doc.project.id, { rowFormat: undefined });
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
    const row = await db.nodes.get([doc.project.id, id]);
    if (!row) throw new Error('no row');
    await db.nodes.put({ ...row, node: { ...row.node, level: 9 as unknown as typeof row.node.level } });
    const loaded = await loadProject(db, doc.project.id, { deferCheck: true });
    if (!loaded) throw new Error('not loaded');
    // Checked in slices of 0 ms: every node yields, and the answer is the same.
    const bad = await findInvalidNode(loaded.document, 0);
    expect(bad?.id).toBe(id);
    expect(bad?.path).toBe('level');
    await expect(loadProject(db, doc.project.id)).rejects.toThrow();
  });
});
