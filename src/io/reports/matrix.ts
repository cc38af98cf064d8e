import type { Evaluation } from '../../domain/evaluate';
import type { KDocument, KNode } from '../../domain/model';
import { TW_ROMAN, agencyLabel, periodLabel, predikatCell, targetCell } from './common';
import { totalResult, treeOrder } from './engine';
import { FMT_PCT, FMT_RP, empty, kCell, numCell, text } from './sheet';
import type { Cell, Row, SheetSpec } from './sheet';

/** 0-based column positions of the matrix, for tests. */
export const MATRIX_COL = {
  level: 0,
  kode: 1,
  sasaran: 2,
  nama: 3,
  indikator: 4,
  satuan: 5,
  target: 6,
  realisasi: 7,
  capaianInd: 8,
  capaian: 9,
  turunan: 10,
  predikat: 11,
  pagu: 12,
  realisasiAnggaran: 13,
  capaianAnggaran: 14,
  efisiensi: 15,
  pj: 16,
} as const;

/**
 * The Pohon Kinerja matrix (cascading, every level, one row per indicator): level, kode, sasaran,
 * program/kegiatan, indikator, satuan, target, realisasi, capaian of the indicator, of the node
 * and of its children's roll-up, predikat, pagu, realisasi anggaran, capaian anggaran, efisiensi,
 * penanggung jawab. Node figures sit on the node's first row; the last row is the tree's total as
 * the engine computes it.
 */
export function matrixSheet(doc: KDocument, ev: Evaluation): SheetSpec {
  const { year, tw } = ev.params;
  const twLabel = TW_ROMAN[tw - 1] ?? String(tw);
  const rows: Row[] = [];
  for (const id of treeOrder(ev)) {
    const n = ev.nodes[id] as KNode;
    const r = ev.results.get(id);
    if (!r) continue;
    const levelName = doc.project.levelNames[String(n.level) as '0'] ?? '';
    const count = Math.max(1, n.indicators.length);
    for (let i = 0; i < count; i++) {
      const ind = n.indicators[i];
      const ir = r.indicators[i];
      const first = i === 0;
      const cells: Cell[] = [
        first ? text(`${n.level} ${levelName}`.trim()) : empty(),
        text(first ? n.kode : null),
        text(first ? n.sasaran : null, { indent: n.level, bold: first && n.level <= 1 }),
        text(first ? n.nama : null),
        text(ind?.nama),
        text(ind?.satuan),
        targetCell(ir?.target ?? null),
        kCell(ir?.realisasi),
        numCell(ir?.capaian, FMT_PCT, 2),
        first ? numCell(r.capaian, FMT_PCT, 2) : empty(),
        first ? numCell(r.capaianTurunan, FMT_PCT, 2) : empty(),
        first ? predikatCell(r.predikat, doc) : empty(),
        first ? numCell(r.pagu, FMT_RP) : empty(),
        first ? numCell(r.realisasiAnggaran, FMT_RP) : empty(),
        first ? numCell(r.capaianAnggaran, FMT_PCT, 2) : empty(),
        first ? numCell(r.efisiensi, FMT_PCT, 2) : empty(),
        text(first ? n.penanggungJawab : null),
      ];
      rows.push({ cells, kind: first ? 'node' : 'indicator', level: n.level });
    }
  }
  const total = totalResult(doc, ev);
  const tc: Cell[] = Array.from({ length: 17 }, empty);
  tc[MATRIX_COL.sasaran] = text('JUMLAH TOTAL');
  tc[MATRIX_COL.capaian] = numCell(total?.capaianEfektif, FMT_PCT, 2);
  tc[MATRIX_COL.predikat] = predikatCell(total?.predikat ?? null, doc);
  tc[MATRIX_COL.pagu] = numCell(total?.pagu, FMT_RP);
  tc[MATRIX_COL.realisasiAnggaran] = numCell(total?.realisasiAnggaran, FMT_RP);
  tc[MATRIX_COL.capaianAnggaran] = numCell(total?.capaianAnggaran, FMT_PCT, 2);
  tc[MATRIX_COL.efisiensi] = numCell(total?.efisiensi, FMT_PCT, 2);
  rows.push({ cells: tc, kind: 'total' });
  return {
    name: 'Pohon Kinerja',
    title: [`Matriks Pohon Kinerja — ${agencyLabel(doc)}`, periodLabel(ev), `Renstra ${doc.project.periodeAwal}–${doc.project.periodeAkhir}`],
    head: [
      [
        { text: 'Level' },
        { text: 'Kode' },
        { text: 'Sasaran' },
        { text: 'Program / Kegiatan' },
        { text: 'Indikator' },
        { text: 'Satuan' },
        { text: `Target ${year}` },
        { text: `Realisasi s/d TW ${twLabel}` },
        { text: 'Capaian indikator (%)' },
        { text: 'Capaian simpul (%)' },
        { text: 'Capaian turunan (%)' },
        { text: 'Predikat' },
        { text: `Pagu ${year} (Rp)` },
        { text: `Realisasi anggaran s/d TW ${twLabel} (Rp)` },
        { text: 'Capaian anggaran (%)' },
        { text: 'Efisiensi (poin)' },
        { text: 'Penanggung jawab' },
      ],
    ],
    rows,
    widths: [16, 18, 50, 36, 40, 10, 10, 12, 11, 11, 11, 14, 17, 17, 11, 11, 28],
  };
}
