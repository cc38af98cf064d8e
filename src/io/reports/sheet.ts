import type * as ExcelNs from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import type { Dec } from '../../domain/numbers';

/**
 * A report table independent of its medium: the XLSX writer below and the print view render the
 * same spec, so the printed form and the downloaded file show the same cells.
 */

/** Excel number formats. Excel shows them with the reader's locale separators (1.905.955.200 / 91,36 in id-ID). */
export const FMT_RP = '#,##0';
export const FMT_PCT = '0.00';

export interface Cell {
  /** Numbers stay numbers (summable in Excel); text is text; null is an empty cell. */
  v: string | number | null;
  fmt?: string;
  bold?: boolean;
  /** Indentation steps (the level of a node in a cascade). */
  indent?: number;
  /** Colour of a predikat cell, as a CSS variable name without `--` (pk-st … pk-sr). */
  tone?: string;
}

export interface HeadCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface Row {
  cells: Cell[];
  /** `total` and `summary` rows are set apart (bold, shaded) in both media. */
  kind?: 'node' | 'indicator' | 'total' | 'summary' | 'section';
  level?: number;
}

export interface SheetSpec {
  name: string;
  /** Lines above the table (report title, agency, period). */
  title: string[];
  head: HeadCell[][];
  rows: Row[];
  /** Column widths in characters. */
  widths: number[];
}

const EMPTY: Cell = { v: null };
export const empty = (): Cell => EMPTY;
export const text = (v: string | null | undefined, extra: Partial<Cell> = {}): Cell => ({ v: v ? v : null, ...extra });

/** A decimal as a numeric cell; `places` rounds (capaian at 2 decimals, as the seeds print it). */
export function numCell(d: Dec | null | undefined, fmt: string, places?: number, extra: Partial<Cell> = {}): Cell {
  if (d === null || d === undefined) return { v: null, ...extra };
  return { v: Number(places === undefined ? d.toFixed() : d.toFixed(places)), fmt, ...extra };
}

/** A K value (target, realisation): integer format for whole numbers, else as many decimals as it has (up to 4). */
export function kCell(d: Dec | null | undefined, extra: Partial<Cell> = {}): Cell {
  if (d === null || d === undefined) return { v: null, ...extra };
  const dp = Math.min(d.decimalPlaces(), 4);
  return { v: Number(d.toFixed(dp)), fmt: dp === 0 ? FMT_RP : `#,##0.${'0'.repeat(dp)}`, ...extra };
}

type ExcelModule = typeof ExcelNs;

/** exceljs is loaded on first use (it is large); its CommonJS and ESM builds expose it differently. */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = await import('exceljs');
  return (mod as ExcelModule & { default?: ExcelModule }).default ?? mod;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF94A3B8' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE2E8F0' } };
const TOTAL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF1F5F9' } };
const TONE_ARGB: Record<string, string> = { 'pk-st': 'FFBBF7D0', 'pk-t': 'FFD9F99D', 'pk-s': 'FFFDE68A', 'pk-r': 'FFFED7AA', 'pk-sr': 'FFFECACA' };

function writeHead(ws: Worksheet, spec: SheetSpec, first: number): number {
  // Cells already covered by a merge from an earlier header row, per row.
  const taken = spec.head.map(() => new Set<number>());
  spec.head.forEach((hr, ri) => {
    let col = 1;
    for (const h of hr) {
      while (taken[ri]?.has(col)) col++;
      const r = first + ri;
      const cs = h.colSpan ?? 1;
      const rs = h.rowSpan ?? 1;
      const cell = ws.getCell(r, col);
      cell.value = h.text;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken[ri + dr]?.add(col + dc);
      if (cs > 1 || rs > 1) ws.mergeCells(r, col, r + rs - 1, col + cs - 1);
      col += cs;
    }
  });
  for (let ri = 0; ri < spec.head.length; ri++) {
    const row = ws.getRow(first + ri);
    for (let c = 1; c <= spec.widths.length; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.fill = HEAD_FILL;
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    }
  }
  return first + spec.head.length;
}

/** Adds one sheet for `spec` to the workbook: title lines, merged header, body with number formats. */
export function writeSheet(wb: Workbook, spec: SheetSpec): Worksheet {
  const ws = wb.addWorksheet(spec.name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = spec.widths.map((w) => ({ width: w }));
  spec.title.forEach((t, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = t;
    c.font = { bold: true, size: i === 0 ? 14 : 12 };
  });
  let r = writeHead(ws, spec, spec.title.length + 2);
  ws.views = [{ state: 'frozen', ySplit: r - 1 }];
  for (const row of spec.rows) {
    const xr = ws.getRow(r++);
    row.cells.forEach((c, i) => {
      const cell = xr.getCell(i + 1);
      cell.value = c.v;
      if (c.fmt) cell.numFmt = c.fmt;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: typeof c.v === 'string', ...(c.indent ? { indent: c.indent } : {}) };
      const bold = c.bold || row.kind === 'total' || row.kind === 'summary' || row.kind === 'section';
      if (bold) cell.font = { bold: true };
      if (row.kind === 'total' || row.kind === 'summary') cell.fill = TOTAL_FILL;
      const tone = c.tone ? TONE_ARGB[c.tone] : undefined;
      if (tone) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: tone } };
    });
  }
  return ws;
}

/** A workbook of the given sheets as XLSX bytes. */
export async function workbookBytes(specs: readonly SheetSpec[], meta: { title: string }): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  wb.creator = 'Kaskade';
  wb.title = meta.title;
  wb.created = new Date();
  for (const s of specs) writeSheet(wb, s);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
