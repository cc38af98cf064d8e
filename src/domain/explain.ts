import { formatNumber, formatPct, formatRp, kodeOf } from './checks/format';
import type { Lang } from './checks/format';
import type { Bilingual } from './checks/types';
import type { Evaluation, NodeResult } from './evaluate';
import { bi, explainIndicator, reasonText, step } from './explainIndicator';
import type { ExplainStep, IndicatorExplanation } from './explainIndicator';
import type { KNode } from './model';
import { D, dec, roundTo } from './numbers';
import type { Dec } from './numbers';

export type { ExplainStep, IndicatorExplanation, QuarterValue } from './explainIndicator';

/** A child (or crosscutting contributor) as the roll-up saw it. */
export interface RollupChild {
  nodeId: string;
  kode: string;
  name: string;
  /** The capaian it counted with (2 decimals), null when left out. */
  capaian: string | null;
  /** `own`: its own capaian; `rollup`: its children's roll-up (it has no own capaian). */
  source: 'own' | 'rollup' | null;
  weight: string;
  crosscutting: boolean;
  /** Why it was left out. */
  reason: Bilingual | null;
}

/**
 * "Mengapa X%?": how a node's capaian, predikat and budget figures came about, step by step, in
 * words and substituted numbers an Inspektorat reviewer can follow. Every number is the
 * evaluation's own (nothing is recomputed differently here); texts come in both languages.
 */
export interface Explanation {
  nodeId: string;
  kode: string;
  name: string;
  level: number;
  year: number;
  tw: number;
  /** The capaian the predikat uses (own, else roll-up), 2 decimals; null when there is none. */
  headline: string | null;
  question: Bilingual;
  summary: Bilingual;
  indicators: IndicatorExplanation[];
  own: ExplainStep;
  rollup: { step: ExplainStep; included: RollupChild[]; excluded: RollupChild[]; divergence: Bilingual | null };
  predikat: ExplainStep;
  budget: ExplainStep[];
}

const pct = (d: Dec, l: Lang): string => `${formatPct(d, l)}%`;
const MAX_TERMS = 12;

/** `a + b + c`, shortened after {@link MAX_TERMS} terms. */
function terms(parts: string[], l: Lang): string {
  if (parts.length <= MAX_TERMS) return parts.join(' + ');
  return `${parts.slice(0, MAX_TERMS).join(' + ')} + … (${parts.length - MAX_TERMS} ${l === 'id' ? 'lainnya' : 'more'})`;
}

function nameOf(n: KNode): string {
  return (n.nama.trim() || n.sasaran.trim()).replace(/\s+/g, ' ');
}

function ownStep(node: KNode, r: NodeResult, ev: Evaluation): ExplainStep {
  const { year, tw } = ev.params;
  const label = { id: 'Capaian sendiri', en: 'Own capaian' };
  if (!r.capaian) return step(label, reasonText(r.capaianReason, year, tw), null);
  const counted = r.indicators.filter((x) => x.capaian);
  const left = r.indicators.flatMap((x, i) => (x.capaian ? [] : [node.indicators[i]?.alias || node.indicators[i]?.nama || `#${i + 1}`]));
  const text = bi((l) => {
    const vals = counted.map((x) => formatPct(x.capaian as Dec, l));
    const head =
      counted.length === 1
        ? l === 'id'
          ? `Capaian satu-satunya indikator yang memiliki capaian: ${pct(r.capaian as Dec, l)}`
          : `The capaian of the only indicator that has one: ${pct(r.capaian as Dec, l)}`
        : `${l === 'id' ? `Rata-rata capaian ${counted.length} indikator` : `Mean of ${counted.length} indicators' capaian`}: (${terms(vals, l)}) / ${counted.length} = ${pct(r.capaian as Dec, l)}`;
    const out = left.length ? (l === 'id' ? `; tidak dihitung (tanpa capaian): ${left.join(', ')}` : `; left out (no capaian): ${left.join(', ')}`) : '';
    return head + out;
  });
  return step(label, text, r.capaian);
}

function rollupPart(ev: Evaluation, node: KNode, r: NodeResult): Explanation['rollup'] {
  const { year, tw } = ev.params;
  const weighted = ev.project.settings.rollupBerbobot;
  const child = (id: string, included: boolean): RollupChild => {
    const c = ev.nodes[id];
    const cr = ev.results.get(id);
    const cross = c?.parentId !== node.id;
    const link = c ? (cross ? (c.crosscutting.find((x) => x.parentId === node.id)?.bobot ?? c.bobot) : c.bobot) : null;
    const reason = included || !cr ? null : bi((l) => `${reasonText(cr.capaianReason, year, tw)[l]}${l === 'id' ? ', dan tidak ada capaian turunan' : ', and no roll-up from its children'}`);
    return {
      nodeId: id,
      kode: c ? kodeOf(c) : id,
      name: c ? nameOf(c) : id,
      capaian: included && cr?.capaianEfektif ? roundTo(cr.capaianEfektif, 2) : null,
      source: !included || !cr ? null : cr.capaian ? 'own' : 'rollup',
      weight: link ?? '1',
      crosscutting: cross,
      reason,
    };
  };
  const included = r.rollupIncluded.map((id) => child(id, true));
  const excluded = r.rollupExcluded.map((id) => child(id, false));
  const label = { id: 'Capaian turunan (roll-up)', en: 'Roll-up from the children' };
  let text: Bilingual;
  if (included.length + excluded.length === 0) text = { id: 'Simpul ini tidak memiliki anak.', en: 'This node has no children.' };
  else if (!r.capaianTurunan) text = bi((l) => (l === 'id' ? `Tidak satu pun dari ${excluded.length} anak memiliki capaian.` : `None of the ${excluded.length} children has a capaian.`));
  else {
    text = bi((l) => {
      const vals = r.rollupIncluded.map((id) => formatPct(ev.results.get(id)?.capaianEfektif as Dec, l));
      if (!weighted) return `${l === 'id' ? `Rata-rata ${included.length} anak` : `Mean of ${included.length} children`}: (${terms(vals, l)}) / ${included.length} = ${pct(r.capaianTurunan as Dec, l)}`;
      const ws = included.map((c) => formatNumber(dec(c.weight) ?? new D(1), l));
      const prods = vals.map((v, i) => `${v} × ${ws[i] ?? '1'}`);
      return `${l === 'id' ? 'Rata-rata berbobot' : 'Weighted mean'}: (${terms(prods, l)}) / (${terms(ws, l)}) = ${pct(r.capaianTurunan as Dec, l)}`;
    });
    if (excluded.length) {
      const base = text;
      text = bi((l) => `${base[l]}; ${l === 'id' ? `${excluded.length} anak tidak dihitung (lihat di bawah)` : `${excluded.length} children left out (see below)`}`);
    }
  }
  const gap = dec(ev.project.settings.ambangSelisih) ?? new D(25);
  const diff = r.capaian && r.capaianTurunan ? r.capaian.minus(r.capaianTurunan).abs() : null;
  const divergence =
    diff && diff.gt(gap)
      ? bi((l) =>
          l === 'id'
            ? `Capaian sendiri ${pct(r.capaian as Dec, l)} dan capaian turunan ${pct(r.capaianTurunan as Dec, l)} berselisih ${formatPct(diff, l)} poin (> ${formatNumber(gap, l)}): logika kaskade perlu diperiksa.`
            : `Own capaian ${pct(r.capaian as Dec, l)} and the roll-up ${pct(r.capaianTurunan as Dec, l)} are ${formatPct(diff, l)} points apart (> ${formatNumber(gap, l)}): check the cascade's logic.`,
        )
      : null;
  return { step: step(label, text, r.capaianTurunan, divergence ? 'warn' : undefined), included, excluded, divergence };
}

function predikatStep(ev: Evaluation, r: NodeResult): ExplainStep {
  const label = { id: 'Predikat', en: 'Rating (predikat)' };
  const c = r.capaianEfektif;
  if (!c || !r.predikat) return step(label, { id: 'Tanpa capaian sendiri maupun turunan, tidak ada predikat.', en: 'Without an own or roll-up capaian there is no predikat.' }, null);
  const bands = ev.project.settings.predikat;
  const i = bands.findIndex((b) => b.label === r.predikat);
  const band = bands[i];
  const above = i > 0 ? dec(bands[i - 1]?.min ?? null) : null;
  const text = bi((l) => {
    const v = formatPct(c, l);
    const min = dec(band?.min ?? null);
    const cond = min ? `${v} ≥ ${formatNumber(min, l)}${above ? ` ${l === 'id' ? 'dan' : 'and'} < ${formatNumber(above, l)}` : ''}` : above ? `${v} < ${formatNumber(above, l)}` : v;
    const from = r.capaian ? (l === 'id' ? 'dari capaian sendiri' : 'from the own capaian') : l === 'id' ? 'dari capaian turunan, karena simpul ini tanpa capaian sendiri' : 'from the roll-up, as the node has no own capaian';
    return `${cond} → ${r.predikat}; ${from}`;
  });
  return { label, text, value: r.predikat, tone: 'ok' };
}

function budgetSteps(node: KNode, r: NodeResult, ev: Evaluation): ExplainStep[] {
  const { year, tw } = ev.params;
  const y = String(year);
  const kids = ev.index.children.get(node.id)?.length ?? 0;
  const twL = (l: Lang): string => (l === 'id' ? `TW ${['I', 'II', 'III', 'IV'][tw - 1]}` : `Q${tw}`);
  const out: ExplainStep[] = [];
  const paguText = bi((l) => {
    if (r.paguEntered) {
      const mismatch = r.paguChildren && !r.paguChildren.eq(r.paguEntered);
      const note = mismatch ? (l === 'id' ? ` — berbeda ${formatRp(r.paguEntered.minus(r.paguChildren as Dec).abs(), l)} dari jumlah ${kids} anak (${formatRp(r.paguChildren as Dec, l)})` : ` — differs by ${formatRp(r.paguEntered.minus(r.paguChildren as Dec).abs(), l)} from the sum of ${kids} children (${formatRp(r.paguChildren as Dec, l)})`) : '';
      return `${formatRp(r.paguEntered, l)} (${l === 'id' ? 'diisi pada simpul ini' : 'entered on this node'})${note}`;
    }
    if (r.paguChildren) return `Σ ${l === 'id' ? `pagu ${kids} anak` : `pagu of ${kids} children`} = ${formatRp(r.paguChildren, l)}`;
    return l === 'id' ? 'Pagu belum diisi, juga tidak pada anak-anaknya.' : 'No pagu here or on the children.';
  });
  const paguWarn = r.paguEntered && r.paguChildren && !r.paguChildren.eq(r.paguEntered);
  out.push(step({ id: `Pagu ${year}`, en: `Pagu ${year}` }, paguText, r.pagu, paguWarn ? 'warn' : undefined));
  const realText = bi((l) => {
    if (r.realisasiAnggaranEntered) {
      const q = (node.anggaran.realisasiTw[y] ?? []).slice(0, tw).flatMap((v, i) => (dec(v) ? [{ i, v: dec(v) as Dec }] : []));
      const parts = q.map((x) => formatNumber(x.v, l));
      return `${q.map((x) => (l === 'id' ? `TW ${['I', 'II', 'III', 'IV'][x.i]}` : `Q${x.i + 1}`)).join(' + ')} = ${parts.length > 1 ? `${parts.join(' + ')} = ` : ''}${formatRp(r.realisasiAnggaranEntered, l)}`;
    }
    if (r.realisasiAnggaranChildren) return `Σ ${l === 'id' ? `realisasi ${kids} anak` : `spending of ${kids} children`} = ${formatRp(r.realisasiAnggaranChildren, l)}`;
    return l === 'id' ? `Realisasi anggaran s/d ${twL(l)} belum diisi.` : `No spending entered up to ${twL(l)}.`;
  });
  out.push(step(bi((l) => (l === 'id' ? `Realisasi anggaran s/d ${twL(l)}` : `Spending up to ${twL(l)}`)), realText, r.realisasiAnggaran));
  const capText = bi((l) => {
    if (r.capaianAnggaran && r.realisasiAnggaran && r.pagu) {
      const plan = r.capaianRencana && r.rencanaAnggaran ? `; ${l === 'id' ? 'terhadap rencana' : 'against the plan'}: ${formatNumber(r.realisasiAnggaran, l)} / ${formatNumber(r.rencanaAnggaran, l)} × 100 = ${pct(r.capaianRencana, l)}` : '';
      return `${formatNumber(r.realisasiAnggaran, l)} / ${formatNumber(r.pagu, l)} × 100 = ${pct(r.capaianAnggaran, l)}${plan}`;
    }
    if (!r.pagu) return l === 'id' ? 'Tanpa pagu tidak bisa dihitung.' : 'Cannot be computed without a pagu.';
    if (r.pagu.isZero()) return l === 'id' ? 'Pagu bernilai 0.' : 'The pagu is 0.';
    return l === 'id' ? 'Realisasi anggaran belum diisi.' : 'No spending entered.';
  });
  const over = r.pagu && r.realisasiAnggaran && r.realisasiAnggaran.gt(r.pagu);
  out.push(step({ id: 'Capaian anggaran', en: 'Budget absorption (capaian anggaran)' }, capText, r.capaianAnggaran, over ? 'warn' : undefined));
  const efText = bi((l) =>
    r.efisiensi && r.capaianEfektif && r.capaianAnggaran
      ? `${l === 'id' ? 'capaian kinerja − capaian anggaran' : 'capaian − budget absorption'}: ${formatPct(r.capaianEfektif, l)} − ${formatPct(r.capaianAnggaran, l)} = ${formatPct(r.efisiensi, l)} ${l === 'id' ? 'poin' : 'points'}`
      : l === 'id'
        ? 'Perlu capaian kinerja dan capaian anggaran.'
        : 'Needs both a capaian and a budget absorption.',
  );
  out.push(step({ id: 'Efisiensi', en: 'Efficiency (efisiensi)' }, efText, r.efisiensi));
  return out;
}

/** Builds the explanation of a node's results in `ev`; null when the node or its result is missing. */
export function explainNode(ev: Evaluation, nodeId: string): Explanation | null {
  const node = ev.nodes[nodeId];
  const r = ev.results.get(nodeId);
  if (!node || !r) return null;
  const { year, tw } = ev.params;
  const indicators = node.indicators.flatMap((ind, i) => {
    const ir = r.indicators[i];
    return ir && ir.id === ind.id ? [explainIndicator(ind, ir, ev, ev.project.settings)] : [];
  });
  const c = r.capaianEfektif;
  const question = bi((l) => (c ? (l === 'id' ? `Mengapa ${pct(c, l)}?` : `Why ${pct(c, l)}?`) : l === 'id' ? 'Mengapa belum ada capaian?' : 'Why no capaian?'));
  const summary = bi((l) => {
    const period = l === 'id' ? `${year} s/d TW ${['I', 'II', 'III', 'IV'][tw - 1]}` : `${year} up to Q${tw}`;
    if (!c) return l === 'id' ? `Pada ${period} simpul ini belum memiliki capaian: ${reasonText(r.capaianReason, year, tw).id}, dan tidak ada capaian turunan.` : `At ${period} this node has no capaian: ${reasonText(r.capaianReason, year, tw).en}, and no roll-up.`;
    const from = r.capaian ? (l === 'id' ? 'rata-rata capaian indikatornya sendiri' : 'the mean of its own indicators') : l === 'id' ? 'rata-rata capaian anak-anaknya (simpul ini tanpa capaian sendiri)' : "its children's roll-up (it has no own capaian)";
    return l === 'id' ? `Capaian ${pct(c, l)} (${period}) berasal dari ${from}; predikat ${r.predikat ?? '—'}.` : `The capaian ${pct(c, l)} (${period}) is ${from}; predikat ${r.predikat ?? '—'}.`;
  });
  return {
    nodeId,
    kode: kodeOf(node),
    name: nameOf(node),
    level: node.level,
    year,
    tw,
    headline: c ? roundTo(c, 2) : null,
    question,
    summary,
    indicators,
    own: ownStep(node, r, ev),
    rollup: rollupPart(ev, node, r),
    predikat: predikatStep(ev, r),
    budget: budgetSteps(node, r, ev),
  };
}
