import type { Msg } from '../domain/edit';

/**
 * The version of a project row as this tab last read or wrote it. `updatedAt` and `writer` tell
 * whether someone else wrote since; the others let a write at unload rebuild the row unread.
 */
export interface Seen {
  updatedAt: string;
  writer: string;
  createdAt?: string;
  deletedAt?: string | null;
  /** The row format of the project (see `ROW_FORMAT`), kept by writes that rebuild the row. */
  rowFormat?: number;
}

/** Another tab saved the project since this tab last read or wrote it. */
export class ConflictError extends Error {
  constructor(readonly row: Seen) {
    super(`project changed by ${row.writer} at ${row.updatedAt}`);
    this.name = 'ConflictError';
  }
}

/** What the user is told about a stored node that failed the schema check. */
export const invalidRowMessage = (bad: { id: string; path: string; message: Msg }): Msg => {
  const where = `${bad.id}${bad.path ? ` (${bad.path})` : ''}`;
  return {
    id: `Data tersimpan tidak sah di node ${where}: ${bad.message.id}. Ekspor proyek sebagai cadangan lalu periksa node itu.`,
    en: `Stored data is invalid at node ${where}: ${bad.message.en}. Export the project as a backup, then check that node.`,
  };
};

/** What the user is told about a stored row of nodes that is not a list of nodes at all. */
export const damagedRowMessage = (projectId: string, bucket: number): Msg => ({
  id: `Data tersimpan rusak: baris node ${bucket} proyek ${projectId} bukan daftar node. Proyek itu tidak dibuka dan tidak diubah.`,
  en: `Stored data is damaged: node row ${bucket} of project ${projectId} is not a list of nodes. That project was not opened and is left unchanged.`,
});

/** `invalid`: a stored row failed the schema check after opening; nothing to retry. */
export type StorageFailure = { kind: 'quota' | 'conflict' | 'other' | 'invalid'; message: Msg };

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const n = (cur as { name?: unknown }).name;
    if (typeof n === 'string') out.push(n);
    cur = (cur as { inner?: unknown }).inner;
  }
  return out;
}

/** A write failure told plainly: a full disk is named as such, anything else with its reason. */
export function describeStorageError(e: unknown): StorageFailure {
  if (e instanceof ConflictError) {
    return { kind: 'conflict', message: { id: 'Proyek ini diubah di tab lain.', en: 'This project was changed in another tab.' } };
  }
  const all = names(e);
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (all.some((n) => n === 'QuotaExceededError') || /quota/i.test(detail)) {
    return {
      kind: 'quota',
      message: {
        id: 'Ruang penyimpanan browser penuh. Pekerjaan tetap ada di memori; ekspor JSON agar tidak hilang.',
        en: 'Browser storage is full. Your work is kept in memory; export JSON so it is not lost.',
      },
    };
  }
  return { kind: 'other', message: { id: `Penyimpanan gagal (${detail}).`, en: `Saving failed (${detail}).` } };
}
