import type { StringKey } from '../i18n';

export type ColId = 'level' | 'kode' | 'sasaran' | 'indikator' | 'satuan' | 'target' | 'realisasi' | 'capaian' | 'predikat' | 'pagu' | 'realisasiAnggaran' | 'pctAnggaran';
export type EditKind = 'text' | 'number' | 'target';

export interface ColumnDef {
  id: ColId;
  /** Heading; may use `{year}` and `{tw}`. */
  label: StringKey;
  width: number;
  /** Node cells appear on a node's first row only; indicator cells on every row with an indicator. */
  scope: 'node' | 'ind';
  edit: EditKind | null;
  numeric: boolean;
}

export const COLUMNS: readonly ColumnDef[] = [
  { id: 'level', label: 'colLevel', width: 120, scope: 'node', edit: null, numeric: false },
  { id: 'kode', label: 'colKode', width: 150, scope: 'node', edit: null, numeric: false },
  { id: 'sasaran', label: 'colSasaran', width: 320, scope: 'node', edit: 'text', numeric: false },
  { id: 'indikator', label: 'colIndikator', width: 300, scope: 'ind', edit: 'text', numeric: false },
  { id: 'satuan', label: 'colSatuan', width: 96, scope: 'ind', edit: 'text', numeric: false },
  { id: 'target', label: 'colTarget', width: 112, scope: 'ind', edit: 'target', numeric: true },
  { id: 'realisasi', label: 'colRealisasi', width: 132, scope: 'ind', edit: 'number', numeric: true },
  { id: 'capaian', label: 'colCapaian', width: 104, scope: 'ind', edit: null, numeric: true },
  { id: 'predikat', label: 'colPredikat', width: 132, scope: 'node', edit: null, numeric: false },
  { id: 'pagu', label: 'colPagu', width: 168, scope: 'node', edit: 'number', numeric: true },
  { id: 'realisasiAnggaran', label: 'colRealAnggaran', width: 168, scope: 'node', edit: null, numeric: true },
  { id: 'pctAnggaran', label: 'colPctAnggaran', width: 104, scope: 'node', edit: null, numeric: true },
];

export const GRID_TEMPLATE = COLUMNS.map((c) => `${c.width}px`).join(' ');
export const TOTAL_WIDTH = COLUMNS.reduce((s, c) => s + c.width, 0);
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 44;

/** Left and right edge of a column in the row, in px. */
export function columnSpan(col: number): { left: number; right: number } {
  let left = 0;
  for (let i = 0; i < col && i < COLUMNS.length; i++) left += COLUMNS[i]?.width ?? 0;
  return { left, right: left + (COLUMNS[col]?.width ?? 0) };
}

/** Whether a cell of a row can be edited in place. */
export function isEditable(col: ColumnDef | undefined, row: { first: boolean; ind: number }): boolean {
  if (!col || col.edit === null) return false;
  return col.scope === 'node' ? row.first : row.ind >= 0;
}
