import type { KDocument } from '../../domain/model';
import { serializeEnvelope } from '../../io/envelope';
import { writeFlatFile } from '../../io/flatTable';
import { downloadBlob } from '../download';

export type ExportFormat = 'json' | 'xlsx' | 'csv';

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

/**
 * A file name from the project's name and the date: `BKD-Kabupaten-Lumajang-2024-05-01.xlsx`.
 * Letters of any script and digits are kept; everything else becomes one `-`.
 */
export function exportFileName(doc: KDocument, format: ExportFormat, now = new Date()): string {
  const name = doc.project.nama || doc.project.instansi || 'kaskade';
  const slug =
    name
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'kaskade';
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${slug}-${date}.${format}`;
}

/** The bytes of an export: JSON envelope, or the flat table of `year` as XLSX or CSV. */
export async function exportBytes(doc: KDocument, format: ExportFormat, year: number): Promise<Uint8Array | string> {
  if (format === 'json') return serializeEnvelope(doc);
  return writeFlatFile(doc, { year, format });
}

/** A real browser download of text or bytes. */
export function downloadFile(name: string, data: Uint8Array | string, mime: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  downloadBlob(name, new Blob([part], { type: mime }));
}

/** Exports the document and starts the download; returns the file name. */
export async function exportDocument(doc: KDocument, format: ExportFormat, year: number): Promise<string> {
  const name = exportFileName(doc, format);
  downloadFile(name, await exportBytes(doc, format, year), MIME[format]);
  return name;
}
