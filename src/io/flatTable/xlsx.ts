import type * as ExcelNs from 'exceljs';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { D, fromSpreadsheetNumber, toCanonical } from '../../domain/numbers.ts';
import { escapeText, unambiguousPlain, unescapeText } from './cells.ts';
import { locateHeader } from './readRows.ts';
import type { Cell, FlatTable } from './types.ts';

type ExcelModule = typeof ExcelNs;

/** exceljs is loaded on first use (it is large); CommonJS and ESM builds expose it differently. */
async function excel(): Promise<ExcelModule> {
  const mod = await import('exceljs');
  return (mod as ExcelModule & { default?: ExcelModule }).default ?? mod;
}

function isoDate(d: Date): Cell {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** A cell value as a table cell: formulas by their cached result, rich text joined, dates ISO. */
export function xlsxValue(v: CellValue | undefined, percent = false): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    if (!percent) return v;
    // A cell formatted as percent shows (and means) value × 100: `45%` is 45.
    return unambiguousPlain(toCanonical(new D(fromSpreadsheetNumber(v) ?? '0').mul(100)));
  }
  if (typeof v === 'string') return v === '' ? null : unescapeText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoDate(v);
  if (typeof v !== 'object') return null;
  if ('richText' in v) return xlsxValue(Array.isArray(v.richText) ? v.richText.map((r) => (typeof r?.text === 'string' ? r.text : '')).join('') : '');
  if ('formula' in v || 'sharedFormula' in v) return xlsxValue(v.result, percent);
  if ('error' in v) return typeof v.error === 'string' ? v.error : null;
  if ('text' in v) return xlsxValue(v.text as CellValue, percent);
  return null;
}

function sheetRows(ws: Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      while (cells.length < col - 1) cells.push(null);
      const fmt = typeof cell.numFmt === 'string' ? cell.numFmt.replace(/"[^"]*"/g, '') : '';
      cells[col - 1] = xlsxValue(cell.value, fmt.includes('%'));
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

/**
 * Reads the first worksheet of an XLSX file into a table (numeric cells as numbers, formula
 * cells by their cached result, rich text joined, dates as ISO text, merged cells repeated).
 * Rejects when the data is not an XLSX file.
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<FlatTable> {
  const ExcelJS = await excel();
  const wb: Workbook = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await wb.xlsx.load(bytes.slice().buffer);
  const ws = wb.worksheets[0];
  return ws ? locateHeader(sheetRows(ws)) : { headers: [], rows: [], headerRow: 1 };
}

/** Drops characters XML 1.0 cannot hold (an XLSX with them is corrupt): controls, lone surrogates. */
function xmlSafe(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const bad = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff;
    if (!bad) out += ch;
  }
  return out;
}

function xlsxText(s: string): string {
  return escapeText(xmlSafe(s));
}

/**
 * Writes a table as an XLSX workbook with one sheet: numbers as numeric cells, text neutralised
 * against formula injection (leading `'`), header row bold and frozen, widths from the content.
 */
export async function writeXlsx(table: FlatTable, opts: { sheetName?: string } = {}): Promise<Uint8Array> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kaskade';
  const ws = wb.addWorksheet((opts.sheetName ?? 'Pohon Kinerja').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = table.headers.length;
  const toValue = (c: Cell | undefined): string | number | null =>
    typeof c === 'string' ? xlsxText(c) : typeof c === 'number' && Number.isFinite(c) ? c : null;
  ws.addRow(table.headers.map((h) => xlsxText(h)));
  for (const r of table.rows) {
    const values = r.map(toValue);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    ws.addRow(values);
  }
  ws.getRow(1).font = { bold: true };
  const sample = table.rows.slice(0, 200);
  for (let i = 0; i < width; i++) {
    const lengths = [table.headers[i] ?? '', ...sample.map((r) => r[i])].map((c) => (c === null || c === undefined ? 0 : String(c).length));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, ...lengths) + 2);
  }
  const buf: ArrayBuffer | Uint8Array = await wb.xlsx.writeBuffer();
  return buf instanceof Uint8Array ? new Uint8Array(buf) : new Uint8Array(buf);
}
