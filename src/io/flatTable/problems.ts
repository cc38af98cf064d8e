import type { FlatProblem } from './types.ts';

/** A problem with its place prefixed: "Baris 7, kolom target_2024: …" / "Row 7, column target_2024: …". */
export function problem(
  severity: FlatProblem['severity'],
  row: number,
  column: string | null,
  code: string,
  id: string,
  en: string,
): FlatProblem {
  const col = column === null || column === '' ? null : column;
  const whereId = col === null ? `Baris ${row}` : `Baris ${row}, kolom ${col}`;
  const whereEn = col === null ? `Row ${row}` : `Row ${row}, column ${col}`;
  return { severity, row, column: col, code, message: { id: `${whereId}: ${id}`, en: `${whereEn}: ${en}` } };
}

export const error = (row: number, column: string | null, code: string, id: string, en: string): FlatProblem =>
  problem('error', row, column, code, id, en);

export const warning = (row: number, column: string | null, code: string, id: string, en: string): FlatProblem =>
  problem('warning', row, column, code, id, en);

/** A file-level error that no row can be blamed for (e.g. unreadable file), at row 1. */
export function fileError(code: string, id: string, en: string): FlatProblem {
  return { severity: 'error', row: 1, column: null, code, message: { id, en } };
}
