import { predikatOf } from '../../domain/capaian';
import type { Evaluation, NodeResult } from '../../domain/evaluate';
import type { KDocument, KNode } from '../../domain/model';
import { TW_ROMAN, agencyLabel, nodeTitle, predikatCell, targetCell } from './common';
import { quarterEvaluations, totalResult, treeOrder } from './engine';
import { FMT_PCT, FMT_RP, empty, kCell, numCell, text } from './sheet';
import type { Cell, Row, SheetSpec } from './sheet';

/** Levels the triwulan evaluation form lists: program, kegiatan, sub kegiatan (seed 002's LAMPIRAN). */
export const FORM_LEVELS: readonly number[] = [2, 3, 4];

/** Column count of the form (see the header in {@link evaluationFormSheet}). */
export const FORM_COLUMNS = 22;
/** 0-based column positions, for tests and the print view. */
export const FORM_COL = { no: 0, sasaran: 1, kode: 2, nama: 3, indikator: 4, satuan: 5, targetK: 6, pagu: 7, tw: 8, realK: 16, realRp: 17, capaianK: 18, capaianRp: 19, predikat: 20, pj: 21 } as const;

/**
 * The triwulan evaluation form in the shape of seed 002's LAMPIRAN and seed 001's tables: per
 * program, kegiatan and sub kegiatan, one row per indicator with the target (K) and pagu (Rp), the
 * realisation of each triwulan (K and Rp) up to the evaluated one, the realisation to date, capaian
 * kinerja and capaian anggaran (%), predikat and penanggung jawab; then JUMLAH TOTAL, the tree's
 * capaian and its predikat. Every node figure and every subtotal is the evaluation engine's
 * (quarter columns come from evaluating each quarter alone).
 */
export function evaluationFormSheet(doc: KDocument, ev: Evaluation): SheetSpec {
  const { year, tw } = ev.params;
  const quarters = quarterEvaluations(doc, ev.params);
  const rows: Row[] = [];
  let programNo = 0;
  for (const id of treeOrder(ev)) {
    const n = ev.nodes[id] as KNode;
    const r = ev.results.get(id);
    if (!r || !FORM_LEVELS.includes(n.level)) continue;
    if (n.level === FORM_LEVELS[0]) programNo++;
    rows.push(...nodeRows(doc, ev, quarters, n, r, n.level === FORM_LEVELS[0] ? programNo : null));
  }
  const total = totalResult(doc, ev);
  const qTotals = quarters.map((q) => totalResult(doc, q));
  rows.push(totalRow(total, qTotals), ...summaryRows(doc, total));
  const twLabel = TW_ROMAN[tw - 1] ?? String(tw);
  return {
    name: `Evaluasi TW ${twLabel} ${year}`,
    title: [
      `Evaluasi Capaian Kinerja dan Anggaran Triwulan ${twLabel} Tahun ${year}`,
      agencyLabel(doc),
      `Renstra ${doc.project.periodeAwal}–${doc.project.periodeAkhir}; realisasi s/d Triwulan ${twLabel} ${year}`,
    ],
    head: [
      [
        { text: 'No', rowSpan: 3 },
        { text: 'Sasaran', rowSpan: 3 },
        { text: 'Kode', rowSpan: 3 },
        { text: 'Program / Kegiatan / Sub Kegiatan', rowSpan: 3 },
        { text: 'Indikator Kinerja Program (outcome) / Kegiatan (output)', rowSpan: 3 },
        { text: 'Satuan', rowSpan: 3 },
        { text: `Target Kinerja dan Anggaran ${year}`, colSpan: 2, rowSpan: 2 },
        { text: 'Realisasi Kinerja dan Anggaran pada Triwulan', colSpan: 8 },
        { text: `Realisasi s/d TW ${twLabel}`, colSpan: 2, rowSpan: 2 },
        { text: 'Capaian (%)', colSpan: 2, rowSpan: 2 },
        { text: 'Predikat', rowSpan: 3 },
        { text: 'Penanggung Jawab', rowSpan: 3 },
      ],
      TW_ROMAN.map((q) => ({ text: q, colSpan: 2 })),
      [{ text: 'K' }, { text: 'Rp' }, ...TW_ROMAN.flatMap(() => [{ text: 'K' }, { text: 'Rp' }]), { text: 'K' }, { text: 'Rp' }, { text: 'Kinerja' }, { text: 'Anggaran' }],
    ],
    rows,
    widths: [5, 30, 16, 38, 38, 10, 10, 16, 8, 14, 8, 14, 8, 14, 8, 14, 10, 16, 10, 10, 14, 26],
  };
}

function nodeRows(doc: KDocument, ev: Evaluation, quarters: Evaluation[], n: KNode, r: NodeResult, no: number | null): Row[] {
  const parent = n.parentId ? ev.nodes[n.parentId] : undefined;
  const count = Math.max(1, n.indicators.length);
  const out: Row[] = [];
  for (let i = 0; i < count; i++) {
    const ind = n.indicators[i];
    const ir = r.indicators[i];
    const first = i === 0;
    const cells: Cell[] = [
      first && no !== null ? { v: no, fmt: '0' } : empty(),
      text(first && no !== null && parent ? parent.sasaran : null),
      text(first ? n.kode : null),
      text(first ? nodeTitle(n) : null, { indent: n.level - (FORM_LEVELS[0] ?? 0), bold: first && no !== null }),
      text(ind?.nama),
      text(ind?.satuan),
      targetCell(ir?.target ?? null),
      first ? numCell(r.pagu, FMT_RP) : empty(),
    ];
    for (let q = 0; q < 4; q++) {
      const qe = quarters[q];
      const qr = qe?.results.get(n.id);
      cells.push(qe ? kCell(qr?.indicators[i]?.realisasi) : empty(), qe && first ? numCell(qr?.realisasiAnggaran, FMT_RP) : empty());
    }
    cells.push(
      kCell(ir?.realisasi),
      first ? numCell(r.realisasiAnggaran, FMT_RP) : empty(),
      numCell(ir?.capaian, FMT_PCT, 2),
      first ? numCell(r.capaianAnggaran, FMT_PCT, 2) : empty(),
      first ? predikatCell(r.predikat, doc) : empty(),
      text(first ? n.penanggungJawab : null),
    );
    out.push({ cells, kind: first ? 'node' : 'indicator', level: n.level });
  }
  return out;
}

function totalRow(total: NodeResult | null, qTotals: (NodeResult | null)[]): Row {
  const cells: Cell[] = [empty(), empty(), empty(), text('JUMLAH TOTAL'), empty(), empty(), empty(), numCell(total?.pagu, FMT_RP)];
  for (let q = 0; q < 4; q++) cells.push(empty(), q < qTotals.length ? numCell(qTotals[q]?.realisasiAnggaran, FMT_RP) : empty());
  cells.push(empty(), numCell(total?.realisasiAnggaran, FMT_RP), empty(), numCell(total?.capaianAnggaran, FMT_PCT, 2), empty(), empty());
  return { cells, kind: 'total' };
}

function summaryRows(doc: KDocument, total: NodeResult | null): Row[] {
  const blank = (): Cell[] => Array.from({ length: FORM_COLUMNS }, empty);
  const avg = blank();
  avg[FORM_COL.nama] = text('Rata-rata capaian kinerja (%) — capaian pohon dari mesin evaluasi');
  avg[FORM_COL.capaianK] = numCell(total?.capaianEfektif, FMT_PCT, 2);
  avg[FORM_COL.capaianRp] = numCell(total?.capaianAnggaran, FMT_PCT, 2);
  const pred = blank();
  pred[FORM_COL.nama] = text('Predikat kinerja');
  pred[FORM_COL.capaianK] = predikatCell(total?.predikat ?? null, doc);
  pred[FORM_COL.capaianRp] = predikatCell(predikatOf(total?.capaianAnggaran ?? null, doc.project.settings.predikat), doc);
  return [
    { cells: avg, kind: 'summary' },
    { cells: pred, kind: 'summary' },
  ];
}
