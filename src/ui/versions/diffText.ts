import type { DiffField, FieldChange } from '../../domain/diff';
import type { StringKey } from '../i18n';
import { fmtTarget } from '../format';

type T = (key: StringKey, vars?: Record<string, string | number>) => string;

const FIELD: Record<Exclude<DiffField, 'indikator' | 'custom'>, StringKey> = {
  kode: 'dfKode',
  nama: 'dfNama',
  sasaran: 'dfSasaran',
  fenomena: 'dfFenomena',
  penanggungJawab: 'dfPenanggungJawab',
  keterangan: 'dfKeterangan',
  bobot: 'dfBobot',
  level: 'dfLevel',
  crosscutting: 'dfCrosscutting',
  'indikator.nama': 'dfNama',
  'indikator.satuan': 'dfSatuan',
  'indikator.alias': 'dfAlias',
  'indikator.polaritas': 'dfPolaritas',
  'indikator.agregasi': 'dfAgregasi',
  'indikator.rumus': 'dfRumus',
  'indikator.definisi': 'dfDefinisi',
  'indikator.sumberData': 'dfSumberData',
  'indikator.rumusTurun': 'dfRumusTurun',
  'indikator.kondisiAwal': 'dfKondisiAwal',
  'indikator.desimal': 'dfDesimal',
  'indikator.variabel': 'dfVariabel',
  target: 'dfTarget',
  targetTw: 'dfTargetTw',
  realisasiTw: 'dfRealisasiTw',
  pagu: 'dfPagu',
  rencanaAnggaranTw: 'dfRencanaAnggaranTw',
  realisasiAnggaranTw: 'dfRealisasiAnggaranTw',
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Target TW II 2024 · Indeks Profesionalitas ASN", "Pagu 2025", "Sasaran". */
export function changeLabel(c: FieldChange, t: T): string {
  if (c.field === 'indikator') return c.new === null ? t('dfIndikatorRemoved') : t('dfIndikatorAdded');
  if (c.field === 'custom') return c.key ?? '';
  let label = t(FIELD[c.field]);
  if (c.tw) label += ` ${ROMAN[c.tw - 1] ?? c.tw}`;
  if (c.key) label += ` ${c.key}`;
  if (c.year) label += ` ${c.year}`;
  if (c.indicator && c.field !== 'indikator.nama') label += ` · ${c.indicator.nama || c.indicator.id}`;
  else if (c.field === 'indikator.nama') label = `${t('dfIndikator')}: ${label}`;
  return label;
}

/** A value as shown: numbers Indonesian style (1.905.955.200; 91,36; 7–8), empty as "—". */
export function changeValue(v: string | null, numeric: boolean): string {
  if (v === null || v === '') return '—';
  return numeric ? fmtTarget(v) : v;
}

export const PROJECT_FIELD: Record<string, StringKey> = {
  nama: 'dfProjectNama',
  instansi: 'dfProjectInstansi',
  periodeAwal: 'dfProjectPeriodeAwal',
  periodeAkhir: 'dfProjectPeriodeAkhir',
  tahun: 'dfProjectTahun',
  triwulan: 'dfProjectTriwulan',
};
