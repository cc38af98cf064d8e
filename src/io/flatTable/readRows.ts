import { cellText, isBlank, readYear } from './cells.ts';
import { classifyHeader, columnKey, MAX_YEAR, MIN_YEAR, normalizeHeader } from './columns.ts';
import type { ColumnKind } from './columns.ts';
import { error, warning } from './problems.ts';
import type { Cell, FlatProblem, FlatReadOptions, FlatTable } from './types.ts';

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const HEADER_SEARCH = 30;

/**
 * Turns raw sheet rows into a table: the header is the first row (of the first 30) holding both
 * `kode` and `level`, else the first non-empty row, so title lines above the header are skipped.
 * Trailing empty rows are dropped; empty rows inside are kept so row numbers stay true.
 */
export function locateHeader(raw: Cell[][]): FlatTable {
  let end = raw.length;
  while (end > 0 && (raw[end - 1] ?? []).every((c) => isBlank(c))) end--;
  const rows = raw.slice(0, end);
  let at = rows.findIndex((r, i) => i < HEADER_SEARCH && hasKodeAndLevel(r));
  if (at < 0) at = rows.findIndex((r) => r.some((c) => !isBlank(c)));
  if (at < 0) return { headers: [], rows: [], headerRow: 1 };
  return { headers: (rows[at] ?? []).map((c) => cellText(c)), rows: rows.slice(at + 1), headerRow: at + 1 };
}

function hasKodeAndLevel(row: Cell[]): boolean {
  const names = new Set(row.map((c) => (typeof c === 'string' ? normalizeHeader(c) : '')));
  return names.has('kode') && names.has('level');
}

export interface ResolvedColumn {
  index: number;
  /** The header as written (trimmed); custom fields are kept under it. */
  header: string;
  kind: ColumnKind;
  /** For target / pagu columns: the year (a plain `pagu` or `target` gets the selected year). */
  year: number;
}

export interface Layout {
  headerRow: number;
  columns: ResolvedColumn[];
  selectedYear: number;
  periodeAwal: number;
  periodeAkhir: number;
  problems: FlatProblem[];
}

export function rowNumberOf(layout: Pick<Layout, 'headerRow'>, index: number): number {
  return layout.headerRow + 1 + index;
}

const validYear = (y: number | undefined): y is number => y !== undefined && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

/** Matches headers to columns, picks the selected year and period, reports column problems. */
export function resolveLayout(table: FlatTable, opts: FlatReadOptions): Layout {
  const headerRow = Number.isInteger(table.headerRow) && (table.headerRow ?? 0) >= 1 ? (table.headerRow ?? 1) : 1;
  const problems: FlatProblem[] = [];
  const width = table.rows.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), table.headers.length);
  const found: { index: number; header: string; kind: ColumnKind }[] = [];
  for (let index = 0; index < width; index++) {
    const raw: unknown = table.headers[index];
    const header = (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '').trim();
    const kind = classifyHeader(header);
    if (kind.kind === 'untitled') {
      if (table.rows.some((r) => Array.isArray(r) && !isBlank(r[index]))) {
        const letter = columnLetter(index);
        problems.push(warning(headerRow, null, 'untitled-column', `kolom ${letter} tanpa judul diabaikan`, `column ${letter} has no header and is ignored`));
      }
      continue;
    }
    found.push({ index, header, kind });
  }

  const columnYears = new Set<number>();
  for (const c of found) if ((c.kind.kind === 'target' || c.kind.kind === 'pagu') && c.kind.year !== null) columnYears.add(c.kind.year);
  const tahunCol = found.find((c) => c.kind.kind === 'tahun');
  const tahunValues = new Set<number>();
  if (tahunCol) {
    for (const r of table.rows) {
      const y = Array.isArray(r) ? readYear(r[tahunCol.index]) : null;
      if (y !== null) tahunValues.add(y);
    }
  }
  let selectedYear: number;
  if (validYear(opts.year)) selectedYear = opts.year;
  else if (tahunValues.size > 0) {
    selectedYear = [...tahunValues][0] ?? new Date().getFullYear();
    if (tahunValues.size > 1 && tahunCol) {
      problems.push(
        warning(headerRow, tahunCol.header, 'several-tahun', `berisi beberapa tahun; triwulan dibaca untuk ${selectedYear}`, `holds several years; quarters are read for ${selectedYear}`),
      );
    }
  } else if (columnYears.size > 0) {
    selectedYear = Math.max(...columnYears);
    const hasQuarters = found.some((c) => 'q' in c.kind || (c.kind.kind === 'pagu' && c.kind.year === null) || (c.kind.kind === 'target' && c.kind.year === null));
    if (columnYears.size > 1 && hasQuarters) {
      problems.push(
        warning(headerRow, null, 'year-assumed', `kolom triwulan dianggap untuk tahun ${selectedYear} (pilih tahun bila lain)`, `quarter columns taken as year ${selectedYear} (choose the year if not)`),
      );
    }
  } else selectedYear = new Date().getFullYear();

  const allYears = [...columnYears, selectedYear];
  const columns: ResolvedColumn[] = [];
  const seen = new Map<string, ResolvedColumn>();
  for (const c of found) {
    const year = (c.kind.kind === 'target' || c.kind.kind === 'pagu') && c.kind.year !== null ? c.kind.year : selectedYear;
    const col: ResolvedColumn = { ...c, year };
    const key = columnKey(c.kind, c.header, selectedYear);
    const first = seen.get(key);
    if (first) {
      const where = `${columnLetter(first.index)} & ${columnLetter(c.index)}`;
      if (c.kind.kind === 'custom') {
        problems.push(warning(headerRow, c.header, 'duplicate-column', `kolom ganda (${where}); yang kedua diabaikan`, `duplicate column (${where}); the second is ignored`));
      } else {
        problems.push(error(headerRow, c.header, 'duplicate-column', `kolom ganda (${where}) untuk ${quoteKey(first.header)}`, `duplicate column (${where}) for ${quoteKey(first.header)}`));
      }
      continue;
    }
    seen.set(key, col);
    columns.push(col);
  }
  for (const required of ['kode', 'level'] as const) {
    if (!columns.some((c) => c.kind.kind === required)) {
      problems.push(error(headerRow, required, 'missing-column', `kolom wajib '${required}' tidak ada`, `required column '${required}' is missing`));
    }
  }
  return { headerRow, columns, selectedYear, periodeAwal: Math.min(...allYears), periodeAkhir: Math.max(...allYears), problems };
}

function quoteKey(h: string): string {
  return `'${h}'`;
}
