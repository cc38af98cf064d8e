import type { KDocument } from '../../domain/model.ts';

/**
 * One spreadsheet cell: a number is a numeric cell (used as it is), a string is text (numbers in
 * text are read in Indonesian or plain form), null is an empty cell ("no value", never zero).
 */
export type Cell = string | number | null;

/** A format-neutral sheet: the header row and the data rows below it. */
export interface FlatTable {
  headers: string[];
  rows: Cell[][];
  /** 1-based spreadsheet row of the header (default 1); data row `i` is row `headerRow + 1 + i`. */
  headerRow?: number;
}

export interface FlatProblem {
  severity: 'error' | 'warning';
  /** 1-based spreadsheet row; the header row is 1 unless the table says otherwise. */
  row: number;
  /** Header text of the column, or null for a whole row or the whole file. */
  column: string | null;
  code: string;
  message: { id: string; en: string };
}

export interface FlatReadOptions {
  /** Shown as the project's name (without extension). */
  fileName?: string;
  /** The year the quarter columns belong to; see `tableToDocument`. */
  year?: number;
  /** Triwulan the document is read at (1–4). */
  tw?: number;
}

export type FlatReadResult =
  | { ok: true; document: KDocument; problems: FlatProblem[] }
  | { ok: false; problems: FlatProblem[] };
