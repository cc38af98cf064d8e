import type { Evaluation } from '../../domain/evaluate';
import type { KDocument, KNode } from '../../domain/model';
import { agencyLabel, targetCell, withLevelPrefix } from './common';
import { totalResult, treeOrder } from './engine';
import { FMT_RP, empty, numCell, text } from './sheet';
import type { Cell, Row, SheetSpec } from './sheet';

/** 0-based column positions of Tabel 2.4, for tests. */
export const PK_COL = { no: 0, sasaran: 1, indikator: 2, target: 3, satuan: 4, program: 5, progIndikator: 6, progTarget: 7, progSatuan: 8, pagu: 9 } as const;

interface Group {
  sasaran: KNode | null;
  below: KNode[];
}

/** Level-1 sasaran in tree order, each with the program, kegiatan and sub kegiatan beneath it. */
function groups(ev: Evaluation): Group[] {
  const out: Group[] = [];
  let current: Group | null = null;
  for (const id of treeOrder(ev)) {
    const n = ev.nodes[id] as KNode;
    if (n.level === 1) out.push((current = { sasaran: n, below: [] }));
    else if (n.level >= 2 && n.level <= 4) {
      if (!current) out.push((current = { sasaran: null, below: [] }));
      current.below.push(n);
    } else if (n.level === 0) current = null;
  }
  return out;
}

const indicatorCells = (ev: Evaluation, n: KNode | undefined, i: number): Cell[] => {
  const ind = n?.indicators[i];
  const ir = n ? ev.results.get(n.id)?.indicators[i] : undefined;
  return ind ? [text(ind.nama), targetCell(ir?.target ?? null), text(ind.satuan)] : [empty(), empty(), empty()];
};

/**
 * The Perjanjian Kinerja's "Program, Kegiatan dan Sub Kegiatan yang Menunjang Sasaran Strategis"
 * (seed 002, Tabel 2.4): each sasaran with its indicators and targets beside the program, kegiatan
 * and sub kegiatan beneath it, each with its indicators, target and pagu (the engine's: entered,
 * else the sum of its children). Targets stay numeric, with the satuan in its own column.
 */
export function tabel24Sheet(doc: KDocument, ev: Evaluation): SheetSpec {
  const rows: Row[] = [];
  groups(ev).forEach((g, gi) => {
    const left: Cell[][] = [];
    const nInd = g.sasaran ? Math.max(1, g.sasaran.indicators.length) : 1;
    for (let i = 0; i < nInd; i++) left.push([i === 0 ? { v: gi + 1, fmt: '0' } : empty(), text(i === 0 ? g.sasaran?.sasaran : null), ...indicatorCells(ev, g.sasaran ?? undefined, i)]);
    const right: Cell[][] = [];
    for (const n of g.below) {
      const count = Math.max(1, n.indicators.length);
      for (let i = 0; i < count; i++) right.push([text(i === 0 ? withLevelPrefix(n, doc) : null, { indent: n.level - 2, bold: i === 0 && n.level === 2 }), ...indicatorCells(ev, n, i), i === 0 ? numCell(ev.results.get(n.id)?.pagu, FMT_RP) : empty()]);
    }
    const height = Math.max(left.length, right.length);
    for (let r = 0; r < height; r++) rows.push({ cells: [...(left[r] ?? [empty(), empty(), empty(), empty(), empty()]), ...(right[r] ?? [empty(), empty(), empty(), empty(), empty()])] });
  });
  const total = totalResult(doc, ev);
  const tc: Cell[] = Array.from({ length: 10 }, empty);
  tc[PK_COL.program] = text('JUMLAH');
  tc[PK_COL.pagu] = numCell(total?.pagu, FMT_RP);
  rows.push({ cells: tc, kind: 'total' });
  const year = ev.params.year;
  return {
    name: 'Tabel 2.4',
    title: ['Program, Kegiatan dan Sub Kegiatan yang Menunjang Sasaran Strategis', agencyLabel(doc), `Tahun ${year}`],
    head: [
      [{ text: 'No.' }, { text: 'Tujuan/Sasaran' }, { text: 'Indikator Kinerja' }, { text: 'Target' }, { text: 'Satuan' }, { text: 'Program/Kegiatan/ Sub Kegiatan' }, { text: 'Indikator Kinerja' }, { text: 'Target' }, { text: 'Satuan' }, { text: 'Pagu Anggaran (Rp)' }],
      ['(1)', '(2)', '(3)', '(4)', '(4a)', '(5)', '(6)', '(7)', '(7a)', '(8)'].map((t) => ({ text: t })),
    ],
    rows,
    widths: [5, 40, 34, 9, 10, 50, 50, 9, 12, 18],
  };
}

/** The Perjanjian Kinerja itself: sasaran strategis (level 1), indikator kinerja and target of the year. */
export function perjanjianSheet(doc: KDocument, ev: Evaluation): SheetSpec {
  const rows: Row[] = [];
  let no = 0;
  for (const g of groups(ev)) {
    if (!g.sasaran) continue;
    no++;
    const count = Math.max(1, g.sasaran.indicators.length);
    for (let i = 0; i < count; i++) rows.push({ cells: [i === 0 ? { v: no, fmt: '0' } : empty(), text(i === 0 ? g.sasaran.sasaran : null), ...indicatorCells(ev, g.sasaran, i)] });
  }
  return {
    name: 'Perjanjian Kinerja',
    title: ['Perjanjian Kinerja', agencyLabel(doc), `Tahun ${ev.params.year}`],
    head: [
      [{ text: 'No.' }, { text: 'Sasaran Strategis' }, { text: 'Indikator Kinerja' }, { text: 'Target' }, { text: 'Satuan' }],
      ['(1)', '(2)', '(3)', '(4)', '(4a)'].map((t) => ({ text: t })),
    ],
    rows,
    widths: [5, 60, 50, 10, 12],
  };
}
