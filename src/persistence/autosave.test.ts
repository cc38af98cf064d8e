import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActions } from '../store/actions';
import { createKaskadeStore } from '../store/store';
import { buildLumajang } from '../samples/lumajang';
import { startAutosave } from './autosave';
import type { AutosaveHooks, SaveStatus } from './autosave';
import type { Seen } from './errors';
import { loadProject, saveWholeDocument } from './projectRepository';
import { closeAll, freshDb } from './testing';
import { bucketOf } from './rowCodec';

afterEach(closeAll);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function setup(hooks: Partial<AutosaveHooks> = {}, opts = { delayMs: 30, maxWaitMs: 120 }) {
  const db = await freshDb();
  const doc = buildLumajang();
  let seen: Seen | null = await saveWholeDocument(db, doc, 'tab-a');
  const store = createKaskadeStore(doc);
  const actions = createActions(store);
  const statuses: SaveStatus['state'][] = [];
  const conflicts: Seen[] = [];
  const autosave = startAutosave(store, db, 'tab-a', {
    onStatus: (s) => statuses.push(s.state),
    expected: () => seen,
    onSaved: (s) => {
      seen = s;
    },
    onConflict: (row) => conflicts.push(row),
    paused: () => false,
    ...hooks,
  }, opts);
  const ids = Object.keys(doc.nodes);
  return { db, doc, store, actions, statuses, conflicts, autosave, ids, setSeen: (s: Seen | null) => (seen = s) };
}

describe('autosave', () => {
  it('writes an edit after the quiet time, only the changed rows, in one write', async () => {
    const t = await setup();
    const put = vi.spyOn(t.db.nodeBuckets, 'bulkPut');
    const [a, b] = t.ids as [string, string];
    t.actions.updateNode(a, { sasaran: 'satu' });
    t.actions.updateNode(b, { sasaran: 'dua' });
    expect(put).not.toHaveBeenCalled();
    await sleep(120);
    expect(put).toHaveBeenCalledTimes(1);
    // The rows holding the two nodes, and no others.
    expect(new Set(put.mock.calls[0]?.[0].map((r) => r.bucket))).toEqual(new Set([bucketOf(a), bucketOf(b)]));
    const stored = await loadProject(t.db, t.doc.project.id);
    expect(stored?.document.nodes[a]?.sasaran).toBe('satu');
    expect(t.statuses).toEqual(['saving', 'saved']);
    t.autosave.stop();
  });

  it('does not wait forever while edits keep coming (max wait)', async () => {
    const t = await setup();
    const id = t.ids[0] as string;
    for (let i = 0; i < 25; i++) {
      t.actions.updateNode(id, { sasaran: `ketik ${i}` });
      await sleep(10);
    }
    // 250 ms of edits every 10 ms: the 30 ms quiet time never came, the 120 ms max wait did, so a
    // write began while the edits were still coming. (Whether it has also finished by now depends
    // on the machine's load, not on autosave.)
    expect(t.statuses.filter((s) => s === 'saving').length).toBeGreaterThanOrEqual(1);
    await t.autosave.flush();
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[id]?.sasaran).toBe('ketik 24');
    t.autosave.stop();
  });

  it('on a full disk says so, keeps the edits dirty in memory, and writes them on the next try', async () => {
    const t = await setup();
    const id = t.ids[0] as string;
    const put = vi.spyOn(t.db.nodeBuckets, 'bulkPut').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const failures: unknown[] = [];
    const a = startAutosave(t.store, t.db, 'tab-a', { onStatus: (s) => s.state === 'failed' && failures.push(s.error), expected: () => null, onSaved: () => undefined, onConflict: () => undefined, paused: () => false }, { delayMs: 10 });
    t.autosave.stop();
    t.actions.updateNode(id, { sasaran: 'penuh' });
    await a.flush();
    expect(failures.length).toBe(1);
    expect((failures[0] as Error).name).toBe('QuotaExceededError');
    expect(t.store.getState().dirty.ids.has(id)).toBe(true);
    expect(t.store.getState().doc.nodes[id]?.sasaran).toBe('penuh');
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[id]?.sasaran).not.toBe('penuh');
    await a.flush();
    expect(put).toHaveBeenCalledTimes(2);
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[id]?.sasaran).toBe('penuh');
    expect(t.store.getState().dirty.ids.size).toBe(0);
    a.stop();
  });

  it('writes nothing over another tab’s save: reports the conflict and keeps the edits', async () => {
    const t = await setup();
    const id = t.ids[0] as string;
    t.setSeen({ updatedAt: '2000-01-01T00:00:00.000Z', writer: 'tab-b' });
    t.actions.updateNode(id, { sasaran: 'dari A' });
    await t.autosave.flush();
    expect(t.conflicts.length).toBe(1);
    expect(t.store.getState().dirty.ids.has(id)).toBe(true);
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[id]?.sasaran).not.toBe('dari A');
    t.autosave.stop();
  });

  it('stores a whole-document replacement (restore, merge) and its undo, node rows included', async () => {
    const t = await setup();
    const [a, b] = t.ids as [string, string];
    const next = structuredClone(t.doc);
    delete next.nodes[b];
    (next.nodes[a] as { sasaran: string }).sasaran = 'dipulihkan';
    t.actions.replaceDocument('Pulihkan versi', next);
    await t.autosave.flush();
    const stored = await loadProject(t.db, t.doc.project.id);
    expect(stored?.document.nodes[a]?.sasaran).toBe('dipulihkan');
    expect(stored?.document.nodes[b]).toBeUndefined();
    t.store.getState().undo();
    await t.autosave.flush();
    expect((await loadProject(t.db, t.doc.project.id))?.document).toEqual(t.doc);
    t.autosave.stop();
  });

  it('on pagehide writes every pending row synchronously, and later saves see no false conflict', async () => {
    const t = await setup({}, { delayMs: 10_000, maxWaitMs: 10_000 });
    const [a, b] = t.ids as [string, string];
    t.actions.updateNode(a, { sasaran: 'sebelum pergi' });
    t.actions.deleteSubtree(b);
    t.autosave.writeAtUnload();
    expect(t.store.getState().dirty.ids.size).toBe(0);
    await sleep(30);
    const stored = await loadProject(t.db, t.doc.project.id);
    expect(stored?.document.nodes[a]?.sasaran).toBe('sebelum pergi');
    expect(stored?.document.nodes[b]).toBeUndefined();
    expect(stored?.document).toEqual(t.store.getState().doc);
    t.actions.updateNode(a, { sasaran: 'kembali dari bfcache' });
    await t.autosave.flush();
    expect(t.conflicts).toEqual([]);
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[a]?.sasaran).toBe('kembali dari bfcache');
    t.autosave.stop();
  });

  it('while paused writes nothing and keeps every edit dirty', async () => {
    const t = await setup({ paused: () => true });
    const id = t.ids[0] as string;
    t.actions.updateNode(id, { sasaran: 'tahan' });
    await sleep(80);
    await t.autosave.flush();
    expect(t.statuses).toEqual([]);
    expect(t.store.getState().dirty.ids.has(id)).toBe(true);
    t.autosave.stop();
  });
});
