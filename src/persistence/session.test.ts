import { afterEach, describe, expect, it } from 'vitest';
import { createActions } from '../store/actions';
import { createKaskadeStore } from '../store/store';
import { buildLumajang } from '../samples/lumajang';
import { listProjects } from './projectList';
import { loadProject } from './projectRepository';
import { ProjectSession } from './session';
import { closeAll, freshDb, putStoredNode, storedNode } from './testing';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) s.stop();
  await closeAll();
});
const until = async (cond: () => boolean, ms = 2000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Two tabs: two stores and sessions over one database, as two pages of one browser profile. */
async function twoTabs() {
  const db = await freshDb();
  const doc = buildLumajang();
  const storeA = createKaskadeStore(doc);
  const a = new ProjectSession(storeA, db, 'tab-a');
  a.start(null);
  await a.openNew(doc);
  const loaded = await loadProject(db, doc.project.id);
  if (!loaded) throw new Error('not stored');
  const storeB = createKaskadeStore(loaded.document);
  const b = new ProjectSession(storeB, db, 'tab-b');
  b.start(loaded.seen);
  sessions.push(a, b);
  return { db, doc, a, b, storeA, storeB, actA: createActions(storeA), actB: createActions(storeB), id: Object.keys(doc.nodes)[0] as string };
}

describe('project session', () => {
  it('tells the other tab of a save and stops it from writing over it', async () => {
    const t = await twoTabs();
    t.actA.updateNode(t.id, { sasaran: 'dari A' });
    await t.a.flush();
    await until(() => t.b.view.getState().conflict !== null);
    expect(t.storeB.getState().storage.save).toBe('failed');
    t.actB.updateNode(t.id, { sasaran: 'dari B' });
    await t.b.flush();
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[t.id]?.sasaran).toBe('dari A');
    expect(t.storeB.getState().doc.nodes[t.id]?.sasaran).toBe('dari B');
    expect(t.storeA.getState().storage.save).toBe('saved');
  });

  it('catches the conflict by the row check alone when no message arrives', async () => {
    const t = await twoTabs();
    // Tab B never hears of A's save (no BroadcastChannel): its own write must still be refused.
    t.b.stop();
    const storeB = t.storeB;
    const b = new ProjectSession(storeB, t.db, 'tab-b');
    const stale = await loadProject(t.db, t.doc.project.id);
    t.actA.updateNode(t.id, { sasaran: 'dari A' });
    await t.a.flush();
    b.start(stale?.seen ?? null);
    sessions.push(b);
    createActions(storeB).updateNode(t.id, { sasaran: 'dari B' });
    await b.flush();
    expect(b.view.getState().conflict?.writer).toBe('tab-a');
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[t.id]?.sasaran).toBe('dari A');
  });

  it('reloads the other tab’s work, after which saving resumes', async () => {
    const t = await twoTabs();
    t.actA.updateNode(t.id, { sasaran: 'dari A' });
    await t.a.flush();
    await until(() => t.b.view.getState().conflict !== null);
    await t.b.reloadFromStorage();
    expect(t.b.view.getState().conflict).toBeNull();
    expect(t.storeB.getState().doc.nodes[t.id]?.sasaran).toBe('dari A');
    t.actB.updateNode(t.id, { sasaran: 'B sesudah muat ulang' });
    await t.b.flush();
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[t.id]?.sasaran).toBe('B sesudah muat ulang');
  });

  it('keeps this tab’s edits as a new project, leaving the other tab’s project alone', async () => {
    const t = await twoTabs();
    t.actA.updateNode(t.id, { sasaran: 'dari A' });
    await t.a.flush();
    await until(() => t.b.view.getState().conflict !== null);
    t.actB.updateNode(t.id, { sasaran: 'dari B' });
    await t.b.saveCopyAsNew('(salinan)');
    const copyId = t.storeB.getState().doc.project.id;
    expect(copyId).not.toBe(t.doc.project.id);
    expect((await loadProject(t.db, copyId))?.document.nodes[t.id]?.sasaran).toBe('dari B');
    expect((await loadProject(t.db, t.doc.project.id))?.document.nodes[t.id]?.sasaran).toBe('dari A');
    expect((await listProjects(t.db)).length).toBe(2);
    expect(t.b.view.getState().conflict).toBeNull();
  });

  it('works in memory when there is no database, and says so', async () => {
    const store = createKaskadeStore(buildLumajang());
    const s = new ProjectSession(store, null, 'tab-m');
    s.start(null);
    sessions.push(s);
    expect(store.getState().storage.save).toBe('memory');
    expect(s.view.getState().available).toBe(false);
    const id = Object.keys(store.getState().doc.nodes)[0] as string;
    createActions(store).updateNode(id, { sasaran: 'di memori' });
    await s.flush();
    expect(store.getState().doc.nodes[id]?.sasaran).toBe('di memori');
  });

  it('opens a stored project at once and reports a stored node that fails the schema check', async () => {
    const { db, doc, b, storeB, id } = await twoTabs();
    const node = await storedNode(db, doc.project.id, id);
    if (!node) throw new Error('no row');
    await putStoredNode(db, doc.project.id, { ...node, penanggungJawab: 42 as unknown as string });
    await b.reloadFromStorage();
    expect(storeB.getState().doc.nodes[id]?.penanggungJawab).toBe(42);
    b.checkStored(storeB.getState().doc, 0);
    await until(() => b.view.getState().failure !== null);
    expect(b.view.getState().failure?.kind).toBe('invalid');
    expect(b.view.getState().failure?.message.id).toContain(id);
    expect(b.view.getState().failure?.message.en).toContain('penanggungJawab');
  });

  it('refuses a stored project whose broken rows break the evaluation, keeping the open one', async () => {
    const { db, doc, b, storeB, id } = await twoTabs();
    const before = storeB.getState().doc;
    const node = await storedNode(db, doc.project.id, id);
    if (!node) throw new Error('no row');
    await putStoredNode(db, doc.project.id, { ...node, indicators: 'rusak' as unknown as typeof node.indicators });
    await expect(b.reloadFromStorage()).rejects.toThrow(new RegExp(`${id}.*indicators`));
    expect(storeB.getState().doc).toBe(before);
  });
});
