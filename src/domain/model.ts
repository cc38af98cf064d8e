import { z } from 'zod';

/**
 * The Kaskade document: a normalised, JSON-safe Pohon Kinerja. Every number is a canonical
 * decimal string (see numbers.ts); nothing here holds view state (selection, positions, sizes).
 */

export const SCHEMA_VERSION = 1;

export const LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

const decimalString = z.string().regex(/^[+-]?\d+(\.\d+)?$/, 'bukan angka desimal / not a decimal');
/** A target: a plain decimal, or a range `lo-hi` in plain form (e.g. `7-8`). */
const targetString = z.string().regex(/^[+-]?\d+(\.\d+)?(-[+-]?\d+(\.\d+)?)?$/, 'bukan target yang sah / not a valid target');
const nullableDecimal = decimalString.nullable();
/** Four quarters, TW I..TW IV; null is "no value", never zero. */
const quarterly = z.array(nullableDecimal).length(4);
const quarterlyTarget = z.array(targetString.nullable()).length(4);
const yearKey = z.string().regex(/^\d{4}$/);

export const polaritasSchema = z.enum(['naik', 'turun', 'rentang']);
export const agregasiSchema = z.enum(['kumulatif', 'nilai_akhir']);
export type Polaritas = z.infer<typeof polaritasSchema>;
export type Agregasi = z.infer<typeof agregasiSchema>;

export const indicatorSchema = z.looseObject({
  id: z.string().min(1),
  nama: z.string(),
  /** Short name other formulas use to refer to this indicator (e.g. `IP1`). */
  alias: z.string().default(''),
  satuan: z.string().default(''),
  polaritas: polaritasSchema.default('naik'),
  agregasi: agregasiSchema.default('kumulatif'),
  /** Formula of a composite indicator over variables and other indicators' aliases. */
  rumus: z.string().default(''),
  /** Formula inputs (e.g. head counts) by name, per period key `YYYY` or `YYYY-TWn`. */
  variabel: z.record(z.string(), z.record(z.string(), decimalString)).default({}),
  definisi: z.string().default(''),
  sumberData: z.string().default(''),
  /** How `turun` capaian is computed; null follows the project setting. */
  rumusTurun: z.enum(['pengurangan', 'rasio']).nullable().default(null),
  kondisiAwal: nullableDecimal.default(null),
  /** Decimal places of the reported value; a computed value is rounded to them before use. */
  desimal: z.number().int().min(0).max(10).default(2),
  /** Annual target per year of the Renstra period. */
  target: z.record(yearKey, targetString).default({}),
  targetTw: z.record(yearKey, quarterlyTarget).default({}),
  realisasiTw: z.record(yearKey, quarterly).default({}),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const anggaranSchema = z.looseObject({
  pagu: z.record(yearKey, decimalString).default({}),
  rencanaTw: z.record(yearKey, quarterly).default({}),
  realisasiTw: z.record(yearKey, quarterly).default({}),
});
export type Anggaran = z.infer<typeof anggaranSchema>;

export const crosscuttingSchema = z.object({ parentId: z.string().min(1), bobot: nullableDecimal.default(null) });
export type Crosscutting = z.infer<typeof crosscuttingSchema>;

export const nodeSchema = z.looseObject({
  id: z.string().min(1),
  level: z.union(LEVELS.map((l) => z.literal(l)) as unknown as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>]),
  parentId: z.string().nullable().default(null),
  /** Position among siblings (ascending). */
  order: z.number().default(0),
  kode: z.string().default(''),
  nama: z.string().default(''),
  sasaran: z.string().default(''),
  fenomena: z.string().default(''),
  penanggungJawab: z.string().default(''),
  keterangan: z.string().default(''),
  /** Weight of this node in its parent's roll-up; null = 1. */
  bobot: nullableDecimal.default(null),
  indicators: z.array(indicatorSchema).default([]),
  anggaran: anggaranSchema.default(() => ({ pagu: {}, rencanaTw: {}, realisasiTw: {} })),
  crosscutting: z.array(crosscuttingSchema).default([]),
  /** Unknown spreadsheet columns, kept as they were. */
  custom: z.record(z.string(), z.string()).default({}),
});
export type KNode = z.infer<typeof nodeSchema>;

/** A predikat band: capaian ≥ `min` (null: no lower bound) earns `label`. */
export const predikatBandSchema = z.object({ min: nullableDecimal, label: z.string() });
export type PredikatBand = z.infer<typeof predikatBandSchema>;

/** Permendagri 86/2017 scale as used in seed 002, highest band first. */
export const DEFAULT_PREDIKAT: PredikatBand[] = [
  { min: '91', label: 'Sangat Tinggi' },
  { min: '76', label: 'Tinggi' },
  { min: '66', label: 'Sedang' },
  { min: '51', label: 'Rendah' },
  { min: null, label: 'Sangat Rendah' },
];

export const DEFAULT_LEVEL_NAMES: Record<`${Level}`, string> = {
  '0': 'Kinerja Pemda',
  '1': 'Tujuan / Sasaran Perangkat Daerah',
  '2': 'Program',
  '3': 'Kegiatan',
  '4': 'Sub Kegiatan',
  '5': 'Aktivitas',
};

export const settingsSchema = z.looseObject({
  /** Default formula for `turun` indicators: (2 − r/t)×100, or t/r×100. */
  rumusTurun: z.enum(['pengurangan', 'rasio']).default('pengurangan'),
  capaianCap: nullableDecimal.default(null),
  capaianFloor: nullableDecimal.default(null),
  predikat: z.array(predikatBandSchema).default(() => DEFAULT_PREDIKAT.map((b) => ({ ...b }))),
  /** Use children's `bobot` in the roll-up mean. */
  rollupBerbobot: z.boolean().default(false),
  /** Own vs roll-up capaian differing by more than this many points is reported. */
  ambangSelisih: decimalString.default('25'),
  /** Realisation above this % of its target suggests a target that is not challenging. */
  ambangTerlaluMudah: decimalString.default('150'),
  /** Levels that carry outcomes (wording "Jumlah …" is suspect there). */
  levelOutcomeMaks: z.number().int().min(0).max(5).default(2),
  /** Lowest level a complete branch reaches. */
  levelTerendah: z.number().int().min(0).max(5).default(5),
});
export type Settings = z.infer<typeof settingsSchema>;

export const projectSchema = z.looseObject({
  id: z.string().min(1),
  nama: z.string().default(''),
  instansi: z.string().default(''),
  periodeAwal: z.number().int().min(1900).max(2200),
  periodeAkhir: z.number().int().min(1900).max(2200),
  levelNames: z.record(z.enum(['0', '1', '2', '3', '4', '5']), z.string()).default(() => ({ ...DEFAULT_LEVEL_NAMES })),
  /** The year and triwulan the document is read at by default. */
  tahun: z.number().int().min(1900).max(2200),
  triwulan: z.number().int().min(1).max(4).default(4),
  settings: settingsSchema.default(() => settingsSchema.parse({})),
});
export type Project = z.infer<typeof projectSchema>;

export const acknowledgementSchema = z.object({ key: z.string(), reason: z.string(), at: z.string() });

export const documentSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  project: projectSchema,
  nodes: z.record(z.string(), nodeSchema),
  /** Warnings a reviewer acknowledged, keyed by `rule:kode`. */
  acknowledgements: z.array(acknowledgementSchema).default([]),
});
export type KDocument = z.infer<typeof documentSchema>;

export function levelOf(n: number): Level | null {
  return Number.isInteger(n) && n >= 0 && n <= 5 ? (n as Level) : null;
}

export function periodYears(p: Pick<Project, 'periodeAwal' | 'periodeAkhir'>): number[] {
  const out: number[] = [];
  for (let y = p.periodeAwal; y <= p.periodeAkhir; y++) out.push(y);
  return out;
}

let idCounter = 0;
/** Short unique id for nodes and indicators. */
export function newId(prefix = 'n'): string {
  idCounter = (idCounter + 1) % 1_000_000;
  return `${prefix}${Date.now().toString(36)}${idCounter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A node with every field defaulted. */
export function makeNode(partial: Partial<KNode> & Pick<KNode, 'id' | 'level'>): KNode {
  return nodeSchema.parse(partial);
}

export function makeIndicator(partial: Partial<Indicator> & Pick<Indicator, 'id' | 'nama'>): Indicator {
  return indicatorSchema.parse(partial);
}

export function makeProject(partial: Partial<Project> & Pick<Project, 'id' | 'periodeAwal' | 'periodeAkhir' | 'tahun'>): Project {
  return projectSchema.parse(partial);
}

/**
 * Builds a node from fields its caller has already validated, filling the rest with the schema's
 * defaults, without running the schema (20,000-row imports spent seconds in per-row parsing).
 */
export function trustedNode(p: Partial<KNode> & Pick<KNode, 'id' | 'level'>): KNode {
  return {
    parentId: null,
    order: 0,
    kode: '',
    nama: '',
    sasaran: '',
    fenomena: '',
    penanggungJawab: '',
    keterangan: '',
    bobot: null,
    indicators: [],
    anggaran: { pagu: {}, rencanaTw: {}, realisasiTw: {} },
    crosscutting: [],
    custom: {},
    ...p,
  };
}

/** {@link trustedNode} for indicators. */
export function trustedIndicator(p: Partial<Indicator> & Pick<Indicator, 'id' | 'nama'>): Indicator {
  return {
    alias: '',
    satuan: '',
    polaritas: 'naik',
    agregasi: 'kumulatif',
    rumus: '',
    variabel: {},
    definisi: '',
    sumberData: '',
    rumusTurun: null,
    kondisiAwal: null,
    desimal: 2,
    target: {},
    targetTw: {},
    realisasiTw: {},
    ...p,
  };
}
