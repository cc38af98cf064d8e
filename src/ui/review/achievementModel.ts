import type { Finding, RuleId } from '../../domain/checks';
import type { Evaluation } from '../../domain/evaluate';
import type { KNode, PredikatBand } from '../../domain/model';
import type { Dec } from '../../domain/numbers';
import { predikatTone } from '../fields/display';

/** One program or kegiatan as a chart bar: the engine's figures, rounded to two decimals for drawing only. */
export interface AchItem {
  id: string;
  kode: string;
  /** Axis label: kode and name (the chart wraps and shortens it). */
  label: string;
  name: string;
  capaian: number | null;
  anggaran: number | null;
  efisiensi: number | null;
  predikat: string | null;
  tone: number | null;
}

const num = (d: Dec | null): number | null => (d === null ? null : Number(d.toFixed(2)));

/** Every node of a level (2 = program, 3 = kegiatan) with its capaian (own, else roll-up), capaian anggaran and efisiensi. O(n). */
export function levelItems(ev: Evaluation, level: number, scale: readonly PredikatBand[]): AchItem[] {
  const out: AchItem[] = [];
  for (const id in ev.nodes) {
    const n = ev.nodes[id] as KNode;
    if (n.level !== level) continue;
    const r = ev.results.get(id);
    if (!r) continue;
    const name = (n.nama.trim() || n.sasaran.trim() || id).replace(/\s+/g, ' ');
    const kode = n.kode.trim();
    const full = kode ? `${kode} ${name}` : name;
    out.push({
      id,
      kode,
      label: full,
      name,
      capaian: num(r.capaianEfektif),
      anggaran: num(r.capaianAnggaran),
      efisiensi: num(r.efisiensi),
      predikat: r.predikat,
      tone: predikatTone(r.predikat, scale),
    });
  }
  return out;
}

export type Ranking = 'top' | 'worst';

/**
 * The N best or worst items by capaian (items without one cannot be ranked and are counted apart),
 * so a chart never draws more than N bars whatever the size of the tree.
 */
export function pickBars(items: readonly AchItem[], ranking: Ranking, n: number): { bars: AchItem[]; ranked: number; without: number } {
  const ranked = items.filter((i) => i.capaian !== null);
  const dir = ranking === 'top' ? -1 : 1;
  ranked.sort((a, b) => dir * ((a.capaian as number) - (b.capaian as number)) || a.label.localeCompare(b.label, 'id'));
  return { bars: ranked.slice(0, n), ranked: ranked.length, without: items.length - ranked.length };
}

export interface PredikatCount {
  label: string;
  count: number;
  tone: number | null;
}

/** How many items fall in each predikat band (highest first), then those without a capaian. */
export function predikatDistribution(items: readonly AchItem[], scale: readonly PredikatBand[], noneLabel: string): PredikatCount[] {
  const counts = new Map<string, number>();
  let none = 0;
  for (const i of items) {
    if (i.predikat) counts.set(i.predikat, (counts.get(i.predikat) ?? 0) + 1);
    else none++;
  }
  const out: PredikatCount[] = scale.map((b) => ({ label: b.label, count: counts.get(b.label) ?? 0, tone: predikatTone(b.label, scale) }));
  out.push({ label: noneLabel, count: none, tone: null });
  return out;
}

/** The checker's rules that point at weak spots of a cascade (domain.md, "Achievement"). */
export const WEAK_RULES: readonly RuleId[] = ['rollup-divergence', 'spending-without-realisation', 'target-too-easy'];

/** Weak-spot findings, grouped in {@link WEAK_RULES} order, tree order within a rule. */
export function weakSpots(findings: readonly Finding[]): Finding[] {
  return WEAK_RULES.flatMap((rule) => findings.filter((f) => f.rule === rule && f.nodeId !== null));
}
