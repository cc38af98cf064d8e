import { targetToString } from './capaian';
import type { Finding } from './checks';
import type { Evaluation, NodeResult } from './evaluate';
import type { KDocument } from './model';
import { roundTo, toCanonical } from './numbers';
import type { Dec } from './numbers';
import { depthFirstOrder } from './tree';

/** Ratios (capaian, %) are reported at two decimals, as the seeds print them. */
export const RATIO_PLACES = 2;

export interface ReportIndicator {
  indikator: string;
  target: string | null;
  realisasi: string | null;
  capaian: string | null;
  /** Extensions beyond the contract. */
  satuan: string;
  targetTw: string | null;
  capaianTw: string | null;
  nilaiRumus: string | null;
  alasan: string | null;
}

export interface ReportNode {
  kode: string;
  level: number;
  pagu: string | null;
  realisasiAnggaran: string | null;
  capaianAnggaran: string | null;
  capaian: string | null;
  capaianTurunan: string | null;
  predikat: string | null;
  indicators: ReportIndicator[];
  /** Extensions beyond the contract. */
  induk: string | null;
  sasaran: string;
  nama: string;
  efisiensi: string | null;
  rencanaAnggaran: string | null;
}

export interface ReportFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  kode: string;
  message: string;
  messageEn: string;
  fix: string;
  fixEn: string;
  numbers: Record<string, string>;
}

export interface Report {
  year: number;
  tw: number;
  nodes: ReportNode[];
  findings: ReportFinding[];
}

const ratio = (d: Dec | null): string | null => (d === null ? null : roundTo(d, RATIO_PLACES));
const exact = (d: Dec | null): string | null => (d === null ? null : toCanonical(d));

function nodeReport(doc: KDocument, id: string, r: NodeResult | undefined): ReportNode | null {
  const n = doc.nodes[id];
  if (!n || !r) return null;
  const parent = n.parentId ? doc.nodes[n.parentId] : undefined;
  return {
    kode: n.kode || n.id,
    level: n.level,
    pagu: exact(r.pagu),
    realisasiAnggaran: exact(r.realisasiAnggaran),
    capaianAnggaran: ratio(r.capaianAnggaran),
    capaian: ratio(r.capaian),
    capaianTurunan: ratio(r.capaianTurunan),
    predikat: r.predikat,
    indicators: n.indicators.map((ind, i) => {
      const ir = r.indicators[i];
      return {
        indikator: ind.nama,
        target: targetToString(ir?.target ?? null),
        realisasi: exact(ir?.realisasi ?? null),
        capaian: ratio(ir?.capaian ?? null),
        satuan: ind.satuan,
        targetTw: targetToString(ir?.targetTw ?? null),
        capaianTw: ratio(ir?.capaianTw ?? null),
        nilaiRumus: exact(ir?.computed ?? null),
        alasan: ir?.reason ?? null,
      };
    }),
    induk: parent ? parent.kode || parent.id : null,
    sasaran: n.sasaran,
    nama: n.nama,
    efisiensi: ratio(r.efisiensi),
    rencanaAnggaran: exact(r.rencanaAnggaran),
  };
}

/** The checker's report in the interchange shape of flat-table.md, nodes in tree order. */
export function buildReport(doc: KDocument, ev: Evaluation, findings: readonly Finding[]): Report {
  const order = depthFirstOrder(ev.index);
  const seen = new Set(order);
  for (const id in doc.nodes) if (!seen.has(id)) order.push(id);
  const nodes: ReportNode[] = [];
  for (const id of order) {
    const r = nodeReport(doc, id, ev.results.get(id));
    if (r) nodes.push(r);
  }
  return {
    year: ev.params.year,
    tw: ev.params.tw,
    nodes,
    findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, kode: f.kode, message: f.message.id, messageEn: f.message.en, fix: f.fix.id, fixEn: f.fix.en, numbers: f.numbers })),
  };
}
