import { afterEach, describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { closeAll, freshDb } from './testing';
import { createVersion, deleteVersion, listVersions, loadVersionDocument, renameVersion, setVersionLocked } from './versionRepository';

afterEach(closeAll);

describe('named versions', () => {
  it('keeps a full snapshot and lists versions newest first', async () => {
    const db = await freshDb();
    const doc = buildLumajang();
    const v1 = await createVersion(db, doc, 'Rancangan Awal', 't', new Date('2024-01-01T00:00:00Z'));
    const v2 = await createVersion(db, { ...doc, nodes: {} }, 'Rancangan Akhir', 't', new Date('2024-02-01T00:00:00Z'));
    expect((await listVersions(db, doc.project.id)).map((v) => v.name)).toEqual(['Rancangan Akhir', 'Rancangan Awal']);
    expect(v1.nodeCount).toBe(Object.keys(doc.nodes).length);
    expect(await loadVersionDocument(db, v1.id)).toEqual(doc);
    expect((await loadVersionDocument(db, v2.id))?.nodes).toEqual({});
    expect(await listVersions(db, 'other')).toEqual([]);
  });

  it('a locked version can be neither renamed nor deleted until unlocked', async () => {
    const db = await freshDb();
    const v = await createVersion(db, buildLumajang(), 'Penetapan', 't');
    await setVersionLocked(db, v.id, true);
    const rename = await renameVersion(db, v.id, 'Lain');
    expect(rename.ok).toBe(false);
    expect((await deleteVersion(db, v.id)).ok).toBe(false);
    expect((await db.versions.get(v.id))?.name).toBe('Penetapan');
    expect(await db.versionData.get(v.id)).toBeDefined();
    await setVersionLocked(db, v.id, false);
    expect((await renameVersion(db, v.id, 'Penetapan 2024')).ok).toBe(true);
    expect((await deleteVersion(db, v.id)).ok).toBe(true);
    expect(await db.versionData.get(v.id)).toBeUndefined();
    expect((await deleteVersion(db, v.id)).ok).toBe(false);
  });
});
