import { SCHEMA_VERSION } from '../../domain/model';

/**
 * One migration per schema version, numbered without gaps: `MIGRATIONS[n]` turns a version-n
 * document into version n+1. Version 1 is the first; the chain is empty until version 2 exists,
 * and the harness in migrations.test.ts loads every fixture under fixtures/ through it.
 */
export const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export type MigrateResult = { ok: true; document: Record<string, unknown> } | { ok: false; error: { id: string; en: string } };

export function migrateDocument(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: { id: 'Dokumen kosong atau bukan objek.', en: 'The document is empty or not an object.' } };
  let doc = raw as Record<string, unknown>;
  const v = doc.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, error: { id: 'schemaVersion tidak ada atau tidak sah.', en: 'schemaVersion is missing or invalid.' } };
  if (v > SCHEMA_VERSION) {
    return { ok: false, error: { id: `Berkas dibuat oleh versi Kaskade yang lebih baru (skema ${v}; aplikasi ini skema ${SCHEMA_VERSION}).`, en: `The file was made by a newer Kaskade (schema ${v}; this app reads ${SCHEMA_VERSION}).` } };
  }
  for (let from = v; from < SCHEMA_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, error: { id: `Migrasi dari skema ${from} tidak ada.`, en: `No migration from schema ${from}.` } };
    doc = { ...step(doc), schemaVersion: from + 1 };
  }
  return { ok: true, document: doc };
}
