import type { Msg } from '../domain/edit';
import { documentSchema, newId } from '../domain/model';
import type { KDocument } from '../domain/model';
import type { KaskadeDB, VersionRow } from './db';
import type { RepoResult } from './projectList';

const LOCKED: Msg = { id: 'Versi ini dikunci; buka kuncinya dulu.', en: 'This version is locked; unlock it first.' };
const MISSING: Msg = { id: 'Versi tidak ditemukan.', en: 'Version not found.' };

/** Saves a full snapshot of the document as a named version; returns its header. */
export async function createVersion(db: KaskadeDB, doc: KDocument, name: string, writer: string, now = new Date()): Promise<VersionRow> {
  const row: VersionRow = {
    id: newId('v'),
    projectId: doc.project.id,
    name: name.trim() || now.toISOString().slice(0, 16).replace('T', ' '),
    createdAt: now.toISOString(),
    locked: false,
    nodeCount: Object.keys(doc.nodes).length,
    writer,
  };
  await db.transaction('rw', db.versions, db.versionData, async () => {
    await db.versions.add(row);
    await db.versionData.add({ versionId: row.id, document: doc });
  });
  return row;
}

/** Versions of a project, newest first (headers only). */
export async function listVersions(db: KaskadeDB, projectId: string): Promise<VersionRow[]> {
  const rows = await db.versions.where('projectId').equals(projectId).toArray();
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** The snapshot of a version, validated as any document load is; null when it is gone. */
export async function loadVersionDocument(db: KaskadeDB, versionId: string): Promise<KDocument | null> {
  const row = await db.versionData.get(versionId);
  return row ? documentSchema.parse(row.document) : null;
}

export async function renameVersion(db: KaskadeDB, versionId: string, name: string): Promise<RepoResult> {
  const n = name.trim();
  if (!n) return { ok: false, reason: { id: 'Nama versi tidak boleh kosong.', en: 'The version name cannot be empty.' } };
  return db.transaction('rw', db.versions, async () => {
    const row = await db.versions.get(versionId);
    if (!row) return { ok: false, reason: MISSING };
    if (row.locked) return { ok: false, reason: LOCKED };
    await db.versions.update(versionId, { name: n });
    return { ok: true } as const;
  });
}

export async function setVersionLocked(db: KaskadeDB, versionId: string, locked: boolean): Promise<RepoResult> {
  const n = await db.versions.update(versionId, { locked });
  return n ? { ok: true } : { ok: false, reason: MISSING };
}

/** Deletes a version and its snapshot; refused while it is locked. */
export async function deleteVersion(db: KaskadeDB, versionId: string): Promise<RepoResult> {
  return db.transaction('rw', db.versions, db.versionData, async () => {
    const row = await db.versions.get(versionId);
    if (!row) return { ok: false, reason: MISSING };
    if (row.locked) return { ok: false, reason: LOCKED };
    await db.versionData.delete(versionId);
    await db.versions.delete(versionId);
    return { ok: true } as const;
  });
}
