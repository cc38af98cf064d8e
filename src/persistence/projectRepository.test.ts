import { afterEach, describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { ConflictError } from './errors';
import { currentSeen, loadProject, saveChanges, saveWholeDocument } from './projectRepository';
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
});
