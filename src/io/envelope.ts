import { issueOf } from '../domain/schemaIssue';
import { SCHEMA_VERSION, documentSchema } from '../domain/model';
import type { KDocument } from '../domain/model';
import { migrateDocument } from './migrations';

export const ENVELOPE_TYPE = 'kaskade';

/** The file wrapper of a Kaskade JSON export. */
export interface Envelope {
  type: typeof ENVELOPE_TYPE;
  version: number;
  app: string;
  exportedAt: string;
  document: KDocument;
}

export type LoadResult = { ok: true; document: KDocument } | { ok: false; error: { id: string; en: string } };

export function toEnvelope(doc: KDocument, now = new Date()): Envelope {
  return { type: ENVELOPE_TYPE, version: SCHEMA_VERSION, app: 'kaskade', exportedAt: now.toISOString(), document: doc };
}

export function serializeEnvelope(doc: KDocument): string {
  return JSON.stringify(toEnvelope(doc), null, 1);
}

/**
 * Every load path: parse → migrate → validate (zod) → defaults filled. Unknown fields survive
 * (the schemas are loose). Never throws; the error names what is wrong and where.
 */
export function loadEnvelope(text: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { id: `Berkas bukan JSON yang sah: ${m}`, en: `The file is not valid JSON: ${m}` } };
  }
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: { id: 'Berkas JSON tidak berisi objek.', en: 'The JSON file does not hold an object.' } };
  const env = raw as Record<string, unknown>;
  const docRaw = env.type === ENVELOPE_TYPE ? env.document : 'schemaVersion' in env ? env : undefined;
  if (docRaw === undefined) return { ok: false, error: { id: 'Bukan berkas Kaskade (tidak ada "type": "kaskade").', en: 'Not a Kaskade file (no "type": "kaskade").' } };
  const migrated = migrateDocument(docRaw);
  if (!migrated.ok) return migrated;
  const parsed = documentSchema.safeParse(migrated.document);
  if (!parsed.success) {
    const { path, message } = issueOf(documentSchema, migrated.document, parsed.error);
    const where = path || '?';
    return { ok: false, error: { id: `Isi dokumen tidak sah di "${where}": ${message.id}`, en: `Invalid document content at "${where}": ${message.en}` } };
  }
  return { ok: true, document: parsed.data };
}
