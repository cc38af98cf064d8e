import type { KDocument } from '../../domain/model.ts';
import { parseCsv, writeCsv } from './csv.ts';
import type { CsvDelimiter } from './csv.ts';
import { documentToTable } from './fromDocument.ts';
import { fileError } from './problems.ts';
import { tableToDocument } from './toDocument.ts';
import type { FlatReadOptions, FlatReadResult } from './types.ts';
import { readXlsx, writeXlsx } from './xlsx.ts';

export type { Cell, FlatProblem, FlatReadOptions, FlatReadResult, FlatTable } from './types.ts';
export type { CsvDelimiter } from './csv.ts';
export { parseCsv, writeCsv, detectDelimiter } from './csv.ts';
export { readXlsx, writeXlsx } from './xlsx.ts';
export { tableToDocument } from './toDocument.ts';
export { documentToTable } from './fromDocument.ts';
export { normalizeHeader } from './columns.ts';

/**
 * Text of a CSV file: UTF-8 (BOM or not), UTF-16 with a BOM (Excel's "Unicode text"), and
 * Windows-1252 when the bytes are not valid UTF-8 (older Excel "CSV").
 */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    try {
      return new TextDecoder('windows-1252').decode(data);
    } catch {
      return new TextDecoder('utf-8').decode(data);
    }
  }
}

const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name.trim())?.[1]?.toLowerCase() ?? '';

/**
 * Reads a flat table file, chosen by extension: `.csv` / `.txt` / `.tsv` as text, `.xlsx` as a
 * workbook (first sheet). An unreadable or unsupported file gives an error result, never a throw.
 */
export async function readFlatFile(name: string, data: Uint8Array, opts: FlatReadOptions = {}): Promise<FlatReadResult> {
  const ext = extensionOf(name);
  const options = { ...opts, fileName: opts.fileName ?? name };
  try {
    if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return tableToDocument(parseCsv(decodeText(data)), options);
    if (ext === 'xlsx' || ext === 'xlsm') {
      try {
        return tableToDocument(await readXlsx(data), options);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { ok: false, problems: [fileError('unreadable-file', `${name} bukan berkas XLSX yang dapat dibaca (${why})`, `${name} is not a readable XLSX file (${why})`)] };
      }
    }
    if (ext === 'xls') {
      return { ok: false, problems: [fileError('unsupported-file', `${name}: format .xls lama tidak didukung; simpan sebagai .xlsx atau .csv`, `${name}: the old .xls format is not supported; save it as .xlsx or .csv`)] };
    }
    return { ok: false, problems: [fileError('unsupported-file', `${name}: jenis berkas tidak dikenal; pakai .csv atau .xlsx`, `${name}: unknown file type; use .csv or .xlsx`)] };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [fileError('unreadable-file', `${name} tidak dapat dibaca (${why})`, `${name} cannot be read (${why})`)] };
  }
}

/** Writes a document as a CSV or XLSX file (bytes; CSV as UTF-8 with a BOM so Excel reads it right). */
export async function writeFlatFile(
  doc: KDocument,
  opts: { year: number; format: 'csv' | 'xlsx'; delimiter?: CsvDelimiter },
): Promise<Uint8Array> {
  const table = documentToTable(doc, { year: opts.year });
  if (opts.format === 'xlsx') return writeXlsx(table);
  const csv = writeCsv(table, opts.delimiter ? { delimiter: opts.delimiter } : {});
  return new TextEncoder().encode(`\uFEFF${csv}`);
}
