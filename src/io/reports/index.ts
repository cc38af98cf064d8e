import { runChecks } from '../../domain/checks';
import type { Finding } from '../../domain/checks';
import type { Evaluation } from '../../domain/evaluate';
import type { KDocument } from '../../domain/model';
import { TW_ROMAN, reviewSheet } from './common';
import { evaluationFormSheet } from './evaluationForm';
import { matrixSheet } from './matrix';
import { perjanjianSheet, tabel24Sheet } from './perjanjian';
import { workbookBytes } from './sheet';
import type { SheetSpec } from './sheet';

export { evaluationFormSheet, FORM_COL } from './evaluationForm';
export { matrixSheet, MATRIX_COL } from './matrix';
export { perjanjianSheet, tabel24Sheet, PK_COL } from './perjanjian';
export { reviewSheet } from './common';
export type { Cell, HeadCell, Row, SheetSpec } from './sheet';

/** The reports planners submit. */
export type ReportKind = 'matrix' | 'perjanjian' | 'evaluasi';

export const REPORT_KINDS: readonly ReportKind[] = ['matrix', 'perjanjian', 'evaluasi'];

/** The sheets of a report: its table(s), then the review record (acknowledged warnings, open findings). */
export function reportSheets(kind: ReportKind, doc: KDocument, ev: Evaluation, findings: readonly Finding[] = runChecks(doc, ev)): SheetSpec[] {
  const review = reviewSheet(doc, ev, findings);
  if (kind === 'matrix') return [matrixSheet(doc, ev), review];
  if (kind === 'perjanjian') return [perjanjianSheet(doc, ev), tabel24Sheet(doc, ev), review];
  return [evaluationFormSheet(doc, ev), review];
}

function slug(s: string): string {
  const full = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= 48) return full || 'kaskade';
  // Cut at a word boundary: "…-kabupaten-lumaj" reads badly in a file name.
  const cut = full.slice(0, 49);
  return cut.slice(0, cut.lastIndexOf('-')) || full.slice(0, 48);
}

/** The file name a report downloads as, e.g. `evaluasi-tw-i-2024-bkd-kabupaten-lumajang.xlsx`. */
export function reportFileName(kind: ReportKind, doc: KDocument, ev: Evaluation): string {
  const who = slug(doc.project.instansi || doc.project.nama);
  const { year, tw } = ev.params;
  if (kind === 'matrix') return `pohon-kinerja-${year}-tw-${(TW_ROMAN[tw - 1] ?? String(tw)).toLowerCase()}-${who}.xlsx`;
  if (kind === 'perjanjian') return `perjanjian-kinerja-${year}-${who}.xlsx`;
  return `evaluasi-tw-${(TW_ROMAN[tw - 1] ?? String(tw)).toLowerCase()}-${year}-${who}.xlsx`;
}

const TITLES: Record<ReportKind, string> = { matrix: 'Matriks Pohon Kinerja', perjanjian: 'Perjanjian Kinerja (Tabel 2.4)', evaluasi: 'Formulir Evaluasi Triwulan' };

/** Builds a report as XLSX bytes (exceljs), for the evaluation's year and triwulan. */
export async function buildReportXlsx(kind: ReportKind, doc: KDocument, ev: Evaluation, findings?: readonly Finding[]): Promise<Uint8Array> {
  return workbookBytes(reportSheets(kind, doc, ev, findings), { title: TITLES[kind] });
}
