import { afterEach, describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { buildSumenep } from '../samples/sumenep';
import { duplicateProject, listProjects, mostRecentLive, purgeProject, renameProject, restoreProject, trashProject } from './projectList';
import { loadProject, saveWholeDocument } from './projectRepository';
import { closeAll, freshDb } from './testing';
import { createVersion } from './versionRepository';

afterEach(closeAll);

async function twoProjects() {
  const db = await freshDb();
  const a = buildLumajang();
  const b = { ...buildSumenep(), project: { ...buildSumenep().project, id: 'p-sumenep' } };
  await saveWholeDocument(db, a, 't');
  await saveWholeDocument(db, b, 't');
  return { db, a, b };
}

describe('project list', () => {
  it('lists live projects newest first with node counts', async () => {
    const { db, a, b } = await twoProjects();
    const list = await listProjects(db);
    expect(list.map((p) => p.id)).toEqual([b.project.id, a.project.id]);
    expect(list[1]?.nodeCount).toBe(Object.keys(a.nodes).length);
    expect(await mostRecentLive(db)).toBe(b.project.id);
    expect(await mostRecentLive(db, b.project.id)).toBe(a.project.id);
  });

  it('renames (refusing an empty name) and duplicates under a new id', async () => {
    const { db, a } = await twoProjects();
    expect((await renameProject(db, a.project.id, '  ', 't')).ok).toBe(false);
    expect((await renameProject(db, a.project.id, 'Pohon 2025', 't')).ok).toBe(true);
    expect((await loadProject(db, a.project.id))?.document.project.nama).toBe('Pohon 2025');
    const copyId = await duplicateProject(db, a.project.id, 'p-copy', 'Pohon 2025 (salinan)', 't');
    const copy = await loadProject(db, copyId as string);
    expect(copy?.document.project.nama).toBe('Pohon 2025 (salinan)');
    expect(copy?.document.nodes).toEqual(a.nodes);
    expect((await listProjects(db)).length).toBe(3);
  });

  it('moves to the trash, restores, and purges only from the trash with its versions', async () => {
    const { db, a, b } = await twoProjects();
    await createVersion(db, a, 'Rancangan Awal', 't');
    expect((await purgeProject(db, a.project.id)).ok).toBe(false);
    await trashProject(db, a.project.id, 't');
    expect((await listProjects(db)).map((p) => p.id)).toEqual([b.project.id]);
    expect((await listProjects(db, 'trash')).map((p) => p.id)).toEqual([a.project.id]);
    await restoreProject(db, a.project.id, 't');
    expect((await listProjects(db, 'trash')).length).toBe(0);
    await trashProject(db, a.project.id, 't');
    expect((await purgeProject(db, a.project.id)).ok).toBe(true);
    expect(await loadProject(db, a.project.id)).toBeNull();
    expect(await db.nodes.where('projectId').equals(a.project.id).count()).toBe(0);
    expect(await db.nodeBuckets.where('projectId').equals(a.project.id).count()).toBe(0);
    expect(await db.versions.count()).toBe(0);
    expect(await db.versionData.count()).toBe(0);
    expect((await loadProject(db, b.project.id))?.document).toEqual(b);
  });
});
