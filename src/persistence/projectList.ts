import type { Msg } from '../domain/edit';
import type { KaskadeDB, ProjectRow } from './db';
import { loadProject, saveWholeDocument } from './projectRepository';

/** One line of the project list. */
export interface ProjectSummary {
  id: string;
  nama: string;
  instansi: string;
  periodeAwal: number;
  periodeAkhir: number;
  updatedAt: string;
  createdAt: string;
  deletedAt: string | null;
  nodeCount: number;
  versionCount: number;
}

export type RepoResult = { ok: true } | { ok: false; reason: Msg };

const NOT_FOUND: RepoResult = { ok: false, reason: { id: 'Proyek tidak ditemukan.', en: 'Project not found.' } };

/** Live projects (or those in the trash), most recently changed first. */
export async function listProjects(db: KaskadeDB, which: 'live' | 'trash' = 'live'): Promise<ProjectSummary[]> {
  return db.transaction('r', db.projects, db.nodes, db.versions, async () => {
    const rows = (await db.projects.toArray()).filter((r) => (which === 'trash' ? !!r.deletedAt : !r.deletedAt));
    const out: ProjectSummary[] = [];
    for (const r of rows) {
      out.push({
        id: r.id,
        nama: r.project.nama,
        instansi: r.project.instansi,
        periodeAwal: r.project.periodeAwal,
        periodeAkhir: r.project.periodeAkhir,
        updatedAt: r.updatedAt,
        createdAt: r.createdAt ?? r.updatedAt,
        deletedAt: r.deletedAt ?? null,
        // Counted in the row since row format 3; one-node rows before.
        nodeCount: r.nodeCount ?? (await db.nodes.where('projectId').equals(r.id).count()),
        versionCount: await db.versions.where('projectId').equals(r.id).count(),
      });
    }
    const key = (p: ProjectSummary): string => (which === 'trash' ? (p.deletedAt ?? '') : p.updatedAt);
    return out.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  });
}

async function touch(db: KaskadeDB, id: string, writer: string, change: (row: ProjectRow) => void): Promise<RepoResult> {
  return db.transaction('rw', db.projects, async () => {
    const row = await db.projects.get(id);
    if (!row) return NOT_FOUND;
    change(row);
    const now = new Date().toISOString();
    row.updatedAt = now > row.updatedAt ? now : new Date(Date.parse(row.updatedAt) + 1).toISOString();
    row.writer = writer;
    await db.projects.put(row);
    return { ok: true } as const;
  });
}

/** Renames a project that is not open in this tab (the open one is renamed through the store). */
export async function renameProject(db: KaskadeDB, id: string, nama: string, writer: string): Promise<RepoResult> {
  const name = nama.trim();
  if (!name) return { ok: false, reason: { id: 'Nama proyek tidak boleh kosong.', en: 'The project name cannot be empty.' } };
  return touch(db, id, writer, (row) => {
    row.project = { ...row.project, nama: name };
  });
}

/** Moves a project to the trash; it can be restored until it is purged. */
export async function trashProject(db: KaskadeDB, id: string, writer: string): Promise<RepoResult> {
  return touch(db, id, writer, (row) => {
    row.deletedAt = new Date().toISOString();
  });
}

export async function restoreProject(db: KaskadeDB, id: string, writer: string): Promise<RepoResult> {
  return touch(db, id, writer, (row) => {
    row.deletedAt = null;
  });
}

/** Deletes a project for good, with its nodes and versions; only from the trash. */
export async function purgeProject(db: KaskadeDB, id: string): Promise<RepoResult> {
  return db.transaction('rw', [db.projects, db.nodes, db.nodeBuckets, db.versions, db.versionData], async () => {
    const row = await db.projects.get(id);
    if (!row) return NOT_FOUND;
    if (!row.deletedAt) return { ok: false, reason: { id: 'Pindahkan proyek ke tempat sampah dulu.', en: 'Move the project to the trash first.' } };
    const versionIds = (await db.versions.where('projectId').equals(id).primaryKeys()) as string[];
    await db.versionData.bulkDelete(versionIds);
    await db.versions.bulkDelete(versionIds);
    await db.nodes.where('projectId').equals(id).delete();
    await db.nodeBuckets.where('projectId').equals(id).delete();
    await db.projects.delete(id);
    return { ok: true } as const;
  });
}

/**
 * Copies a project under a new id and name (nodes and project settings; named versions stay with
 * the original). Returns the new project id.
 */
export async function duplicateProject(db: KaskadeDB, id: string, newProjectId: string, nama: string, writer: string): Promise<string | null> {
  const loaded = await loadProject(db, id);
  if (!loaded) return null;
  const doc = loaded.document;
  await saveWholeDocument(db, { ...doc, project: { ...doc.project, id: newProjectId, nama } }, writer);
  return newProjectId;
}

/** The live project changed most recently, other than `except`. */
export async function mostRecentLive(db: KaskadeDB, except: string | null = null): Promise<string | null> {
  const rows = await db.projects.orderBy('updatedAt').reverse().toArray();
  return rows.find((r) => !r.deletedAt && r.id !== except)?.id ?? null;
}
