/**
 * Column names of the flat table (see docs/flat-table.md) and how a header maps to a field.
 * Headers are matched case-insensitively with spaces and `_` alike; `tw 1`, `tw_1`, `tw1` and
 * `tw I` are the same quarter.
 */

export const QUARTERS = [0, 1, 2, 3] as const;
export type Quarter = (typeof QUARTERS)[number];

/** Node columns holding text. */
export const NODE_TEXT = {
  sasaran: 'sasaran',
  nama: 'nama',
  fenomena: 'fenomena',
  penanggung_jawab: 'penanggungJawab',
  keterangan: 'keterangan',
} as const;
export type NodeTextField = (typeof NODE_TEXT)[keyof typeof NODE_TEXT];

/** Indicator columns holding text (`polaritas`, `agregasi`, `rumus_turun` are checked values). */
export const IND_TEXT = {
  indikator: 'nama',
  alias: 'alias',
  satuan: 'satuan',
  rumus: 'rumus',
  definisi: 'definisi',
  sumber_data: 'sumberData',
} as const;
export type IndTextField = (typeof IND_TEXT)[keyof typeof IND_TEXT];

export type ColumnKind =
  | { kind: 'kode' }
  | { kind: 'induk' }
  | { kind: 'level' }
  | { kind: 'tahun' }
  | { kind: 'nodeText'; field: NodeTextField }
  | { kind: 'bobot' }
  | { kind: 'crosscutting' }
  | { kind: 'indText'; field: IndTextField }
  | { kind: 'polaritas' }
  | { kind: 'agregasi' }
  | { kind: 'rumusTurun' }
  | { kind: 'kondisiAwal' }
  | { kind: 'desimal' }
  /** `target_<year>`; year null is a plain `target` column (the selected year). */
  | { kind: 'target'; year: number | null }
  | { kind: 'targetTw'; q: Quarter }
  | { kind: 'realisasiTw'; q: Quarter }
  /** `pagu_<year>`; year null is a plain `pagu` column (the selected year). */
  | { kind: 'pagu'; year: number | null }
  | { kind: 'rencanaAnggaranTw'; q: Quarter }
  | { kind: 'realisasiAnggaranTw'; q: Quarter }
  | { kind: 'custom' }
  | { kind: 'untitled' };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** `Target TW 1` → `target_tw1`, `Penanggung  Jawab` → `penanggung_jawab`. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '_')
    .replace(/(^|_)tw_?(iv|iii|ii|i|[1-4])$/, (_m, pre: string, q: string) => `${pre}tw${ROMAN[q] ?? q}`);
}

const SIMPLE: Record<string, ColumnKind> = {
  kode: { kind: 'kode' },
  induk: { kind: 'induk' },
  kode_induk: { kind: 'induk' },
  level: { kind: 'level' },
  tahun: { kind: 'tahun' },
  bobot: { kind: 'bobot' },
  crosscutting: { kind: 'crosscutting' },
  polaritas: { kind: 'polaritas' },
  agregasi: { kind: 'agregasi' },
  rumus_turun: { kind: 'rumusTurun' },
  kondisi_awal: { kind: 'kondisiAwal' },
  desimal: { kind: 'desimal' },
  indikator_kinerja: { kind: 'indText', field: 'nama' },
  target: { kind: 'target', year: null },
  pagu: { kind: 'pagu', year: null },
};

function validYear(s: string): number | null {
  const y = Number(s);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** What a header means; an unknown header is a custom column, an empty one is untitled. */
export function classifyHeader(header: string): ColumnKind {
  const h = normalizeHeader(header);
  if (h === '') return { kind: 'untitled' };
  const simple = SIMPLE[h];
  if (simple) return simple;
  if (h in NODE_TEXT) return { kind: 'nodeText', field: NODE_TEXT[h as keyof typeof NODE_TEXT] };
  if (h in IND_TEXT) return { kind: 'indText', field: IND_TEXT[h as keyof typeof IND_TEXT] };
  const year = /^(target|pagu)_(\d{4})$/.exec(h);
  if (year) {
    const y = validYear(year[2] ?? '');
    if (y !== null) return year[1] === 'target' ? { kind: 'target', year: y } : { kind: 'pagu', year: y };
  }
  const tw = /^(target|realisasi|rencana_anggaran|realisasi_anggaran)_tw([1-4])$/.exec(h);
  if (tw) {
    const q = (Number(tw[2]) - 1) as Quarter;
    switch (tw[1]) {
      case 'target':
        return { kind: 'targetTw', q };
      case 'realisasi':
        return { kind: 'realisasiTw', q };
      case 'rencana_anggaran':
        return { kind: 'rencanaAnggaranTw', q };
      default:
        return { kind: 'realisasiAnggaranTw', q };
    }
  }
  return { kind: 'custom' };
}

/** A key equal for two headers that mean the same column (duplicates are detected with it). */
export function columnKey(kind: ColumnKind, header: string, selectedYear: number): string {
  switch (kind.kind) {
    case 'target':
    case 'pagu':
      return `${kind.kind}_${kind.year ?? selectedYear}`;
    case 'nodeText':
    case 'indText':
      return `${kind.kind}_${kind.field}`;
    case 'targetTw':
    case 'realisasiTw':
    case 'rencanaAnggaranTw':
    case 'realisasiAnggaranTw':
      return `${kind.kind}_${kind.q}`;
    case 'custom':
      return `custom_${header.trim()}`;
    default:
      return kind.kind;
  }
}

/** Header names the writer uses. */
export const H = {
  tw: (prefix: string, q: Quarter): string => `${prefix}_tw${q + 1}`,
  year: (prefix: string, y: number): string => `${prefix}_${y}`,
};
