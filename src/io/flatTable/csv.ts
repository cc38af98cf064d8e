import Papa from 'papaparse';
import { fromSpreadsheetNumber } from '../../domain/numbers.ts';
import { escapeText, unambiguousPlain, unescapeText } from './cells.ts';
import { locateHeader } from './readRows.ts';
import type { Cell, FlatTable } from './types.ts';

export type CsvDelimiter = ',' | ';' | '\t';
const CANDIDATES: CsvDelimiter[] = [';', '\t', ','];

/** Counts candidate delimiters outside quotes in each of the first lines. */
function lineCounts(text: string, maxLines: number): Record<CsvDelimiter, number>[] {
  const lines: Record<CsvDelimiter, number>[] = [];
  let cur: Record<CsvDelimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      lines.push(cur);
      cur = { ';': 0, '\t': 0, ',': 0 };
    } else if (!quoted && (ch === ';' || ch === '\t' || ch === ',')) cur[ch]++;
  }
  if (lines.length < maxLines) lines.push(cur);
  return lines;
}

/**
 * The delimiter of a CSV text (already with `\n` line ends): the most frequent of `;`, tab and
 * `,` outside quotes on the first line holding any (the header, or a title line Excel padded
 * with delimiters); `;` wins a tie, since Indonesian Excel writes `;` and decimal commas.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  for (const counts of lineCounts(text, 30)) {
    let best: CsvDelimiter | null = null;
    for (const d of CANDIDATES) if (counts[d] > 0 && (best === null || counts[d] > counts[best])) best = d;
    if (best !== null) return best;
  }
  return ',';
}

/**
 * Parses CSV text into a table: BOM stripped, CRLF / CR / LF line ends, `;` `,` or tab
 * delimiter detected (an Excel `sep=;` first line is honoured), quoted fields. Every cell is text
 * or null (empty); a leading `'` added against formula injection is removed. Never throws.
 */
export function parseCsv(input: string): FlatTable {
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let delimiter: string | null = null;
  const sep = /^"?sep=(.)"?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1] ?? null;
    text = text.slice(sep[0].length);
  }
  if (text.trim() === '') return { headers: [], rows: [], headerRow: 1 };
  const delim = delimiter !== null && delimiter !== '"' && delimiter !== '\n' ? delimiter : detectDelimiter(text);
  let data: unknown[];
  try {
    data = Papa.parse<string[]>(text, { delimiter: delim, newline: '\n', quoteChar: '"', skipEmptyLines: false, dynamicTyping: false, header: false }).data;
  } catch {
    data = text.split('\n').map((line) => line.split(delim));
  }
  const rows: Cell[][] = data.map((r) => (Array.isArray(r) ? r.map((c: unknown) => (typeof c === 'string' && c !== '' ? unescapeText(c) : null)) : []));
  // Row numbers as a spreadsheet shows them: Excel hides the `sep=` line.
  return locateHeader(rows);
}

/** A cell as CSV field text: numbers in plain form, text neutralised against formula injection. */
function field(cell: Cell | undefined, delimiter: string): string {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'number' ? unambiguousPlain(fromSpreadsheetNumber(cell) ?? '') : escapeText(cell);
  // Quoting any candidate delimiter keeps the file's delimiter easy to detect.
  const needsQuotes = s.includes(delimiter) || /["\r\n;,\t]/.test(s) || s !== s.trim();
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes a table as CSV (`,` by default; `;` for Indonesian Excel), CRLF line ends, numbers in
 * plain form (`1905955200`, `91.36`), text starting with `=`, `+`, `-`, `@`, tab or CR prefixed
 * with `'` so spreadsheets do not run it as a formula.
 */
export function writeCsv(table: FlatTable, opts: { delimiter?: CsvDelimiter } = {}): string {
  const d = opts.delimiter ?? ',';
  const width = table.headers.length;
  const lines = [table.headers, ...table.rows].map((r) => {
    const cells: (Cell | undefined)[] = [...r];
    while (cells.length < width) cells.push(null);
    return cells.map((c) => field(c, d)).join(d);
  });
  return lines.map((l) => `${l}\r\n`).join('');
}
