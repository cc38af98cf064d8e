import { capaianWithLimits, isRange } from './capaian';
import type { NoCapaianReason, Target } from './capaian';
import { formatNumber, formatPct, formatTarget } from './checks/format';
import type { Lang } from './checks/format';
import type { Bilingual } from './checks/types';
import type { Evaluation, IndicatorResult } from './evaluate';
import { parseFormula } from './formula';
import type { FormulaAst } from './formula';
import type { Indicator, Settings } from './model';
import { dec, roundTo, toCanonical } from './numbers';
import type { Dec } from './numbers';

/**
 * The indicator half of "Mengapa X%?": how one indicator's realisation and capaian came about, in
 * words and substituted numbers (see explain.ts for the node half).
 */

/** One line of an explanation: what is computed, the arithmetic with its numbers, and the result. */
export interface ExplainStep {
  label: Bilingual;
  text: Bilingual;
  /** Canonical decimal string of the result; null when there is none. */
  value: string | null;
  /** `missing`: no value and why; `warn`: a value a reviewer should look at. */
  tone: 'ok' | 'missing' | 'warn';
}

export interface QuarterValue {
  tw: number;
  target: string | null;
  realisasi: string | null;
  /** Whether the quarter is at or before the evaluated triwulan. */
  inPeriod: boolean;
}

export interface IndicatorExplanation {
  id: string;
  nama: string;
  satuan: string;
  polaritas: Indicator['polaritas'];
  agregasi: Indicator['agregasi'];
  quarters: QuarterValue[];
  steps: ExplainStep[];
  capaian: string | null;
}

export const bi = (f: (lang: Lang) => string): Bilingual => ({ id: f('id'), en: f('en') });
export const step = (label: Bilingual, text: Bilingual, value: Dec | null, tone: ExplainStep['tone'] = value ? 'ok' : 'missing'): ExplainStep => ({
  label,
  text,
  value: value ? toCanonical(value) : null,
  tone,
});
const TW = ['I', 'II', 'III', 'IV'] as const;
const twName = (q: number, lang: Lang): string => (lang === 'id' ? `TW ${TW[q - 1] ?? q}` : `Q${q}`);
const pct = (d: Dec, lang: Lang): string => `${formatPct(d, lang)}%`;

/** Why an indicator or node has no capaian, in both languages. */
export function reasonText(reason: NoCapaianReason | null, year: number, tw: number): Bilingual {
  switch (reason) {
    case 'no-target':
      return { id: `target ${year} belum diisi`, en: `no target for ${year}` };
    case 'target-zero':
      return { id: 'target bernilai 0 (tidak bisa menjadi pembagi)', en: 'the target is 0 (cannot divide by it)' };
    case 'no-realisasi':
      return bi((l) => (l === 'id' ? `realisasi s/d ${twName(tw, l)} belum diisi` : `no realisation up to ${twName(tw, l)}`));
    case 'realisasi-zero':
      return { id: 'realisasi 0: rumus target / realisasi tidak bisa dihitung', en: 'realisation is 0: target / realisation cannot be computed' };
    case 'formula-error':
      return { id: 'rumus indikator tidak dapat dihitung', en: "the indicator's formula cannot be computed" };
    case 'no-indicator':
      return { id: 'simpul ini belum memiliki indikator', en: 'the node has no indicator' };
    case 'no-indicator-capaian':
      return { id: 'tidak satu pun indikatornya memiliki capaian', en: 'none of its indicators has a capaian' };
    default:
      return { id: 'tidak bisa dihitung', en: 'cannot be computed' };
  }
}

/** Value of a formula variable in a period: `YYYY-TWn`, else the latest earlier quarter, else `YYYY` (as the evaluator reads it). */
function variableValue(periods: Record<string, string>, year: number, tw: number): Dec | null {
  for (let q = tw; q >= 1; q--) {
    const v = periods[`${year}-TW${q}`];
    if (v !== undefined) return dec(v);
  }
  return dec(periods[String(year)]);
}

type Spot = { pos: number; name?: string; value?: Dec };

function spots(ast: FormulaAst, out: Spot[]): void {
  if (ast.type === 'name') out.push({ pos: ast.pos, name: ast.name });
  else if (ast.type === 'num') out.push({ pos: ast.pos, value: ast.value });
  else if (ast.type === 'neg') spots(ast.arg, out);
  else {
    spots(ast.left, out);
    spots(ast.right, out);
  }
}

/** A number inside a formula: no thousands grouping (as the seeds write `67140/5413`), the language's decimal mark. */
function formulaNumber(d: Dec, lang: Lang, places?: number): string {
  const s = places === undefined ? d.toFixed() : d.toFixed(places);
  return lang === 'id' ? s.replace('.', ',') : s;
}

const NUMBER = /[0-9][0-9.,]*/y;

/**
 * The formula with each name replaced by its value in the period, e.g.
 * `IP1 + IP2 + IP3 + IP4` → `12,40 + 25,09 + 4,99 + 9,00`. Another indicator's value is shown at
 * its own decimal places; a name without a value shows as `?`; constants are rewritten in the
 * language's decimal style so one line never mixes `22.5` with `12,40`.
 */
export function substituteFormula(ind: Indicator, ev: Evaluation, lang: Lang): string | null {
  const parsed = parseFormula(ind.rumus);
  if (!parsed.ok) return null;
  const found: Spot[] = [];
  spots(parsed.ast, found);
  const { year, tw } = ev.params;
  let src = ind.rumus;
  for (const sp of found.sort((a, b) => b.pos - a.pos)) {
    if (sp.value) {
      NUMBER.lastIndex = sp.pos;
      const len = NUMBER.exec(src)?.[0].length ?? 0;
      src = src.slice(0, sp.pos) + formulaNumber(sp.value, lang) + src.slice(sp.pos + len);
      continue;
    }
    const name = sp.name ?? '';
    const len = src.charAt(sp.pos) === '{' ? src.indexOf('}', sp.pos) - sp.pos + 1 : name.length;
    let shown = '?';
    const own = ind.variabel[name];
    if (own) {
      const v = variableValue(own, year, tw);
      if (v) shown = formulaNumber(v, lang);
    } else {
      const ref = ev.aliases.get(name);
      const refInd = ref ? ev.nodes[ref.nodeId]?.indicators.find((x) => x.id === ref.indicatorId) : undefined;
      const v = ref ? ev.results.get(ref.nodeId)?.indicators.find((x) => x.id === ref.indicatorId)?.realisasi : null;
      if (v) shown = formulaNumber(v, lang, refInd?.desimal);
    }
    src = src.slice(0, sp.pos) + shown + src.slice(sp.pos + len);
  }
  return src.trim();
}

function quarterSteps(ind: Indicator, r: IndicatorResult, year: number, tw: number): ExplainStep[] {
  const y = String(year);
  const real = ind.realisasiTw[y] ?? [];
  const kum = ind.agregasi === 'kumulatif';
  const filled = [1, 2, 3, 4].filter((q) => q <= tw && dec(real[q - 1] ?? null) !== null);
  const label = bi((l) => (l === 'id' ? `Realisasi s/d ${twName(tw, l)}` : `Realisation up to ${twName(tw, l)}`));
  if (!r.stated) return [];
  const text = bi((l) => {
    const vals = filled.map((q) => formatNumber(dec(real[q - 1] ?? null) as Dec, l));
    const names = filled.map((q) => twName(q, l));
    if (kum) {
      const head = l === 'id' ? 'Kumulatif (jumlah triwulan)' : 'Cumulative (sum of the quarters)';
      return filled.length > 1 ? `${head}: ${names.join(' + ')} = ${vals.join(' + ')} = ${formatNumber(r.stated as Dec, l)}` : `${head}: ${names[0] ?? ''} = ${formatNumber(r.stated as Dec, l)}`;
    }
    const last = filled[filled.length - 1] ?? tw;
    return l === 'id'
      ? `Nilai akhir (triwulan terakhir yang terisi): ${twName(last, l)} = ${formatNumber(r.stated as Dec, l)}`
      : `Final value (latest quarter entered): ${twName(last, l)} = ${formatNumber(r.stated as Dec, l)}`;
  });
  return [step(label, text, r.stated)];
}

function formulaStep(ind: Indicator, r: IndicatorResult, ev: Evaluation): ExplainStep {
  const lhs = ind.alias.trim() || (ind.nama.trim().length <= 24 ? ind.nama.trim() : 'X');
  const label = { id: 'Nilai rumus', en: 'Formula value' };
  if (r.formulaError) return step(label, bi((l) => `${lhs} = ${ind.rumus.trim()}: ${r.formulaError?.message[l] ?? ''}`), null, 'warn');
  const text = bi((l) => {
    const sub = substituteFormula(ind, ev, l) ?? ind.rumus;
    const base = `${lhs} = ${ind.rumus.trim()} = ${sub}`;
    if (!r.computed || !r.computedExact) {
      const miss = r.formulaMissing.join(', ');
      return `${base}: ${l === 'id' ? `belum ada nilai untuk ${miss} pada periode ini` : `no value for ${miss} in this period`}`;
    }
    if (r.computedExact.eq(r.computed)) return `${base} = ${formatNumber(r.computed, l, ind.desimal)}`;
    const more = r.computedExact.toDecimalPlaces(ind.desimal + 4);
    const approx = `${formatNumber(more, l, ind.desimal + 4)}${more.eq(r.computedExact) ? '' : '…'}`;
    return `${base} = ${approx} → ${formatNumber(r.computed, l, ind.desimal)} (${l === 'id' ? `dibulatkan ke ${ind.desimal} desimal` : `rounded to ${ind.desimal} decimals`})`;
  });
  return step(label, text, r.computed);
}

/** The capaian arithmetic for a polarity, with the numbers substituted. */
function capaianArithmetic(real: Dec, t: Target, ind: Indicator, rumusTurun: 'pengurangan' | 'rasio', raw: Dec, l: Lang, realPlaces?: number): string {
  const f = (d: Dec): string => formatNumber(d, l, d === real ? realPlaces : undefined);
  if (ind.polaritas === 'rentang' || isRange(t)) {
    const range = formatTarget(t, l);
    if (real.gte(t.lo) && real.lte(t.hi)) return l === 'id' ? `${f(real)} di dalam rentang ${range} → 100%` : `${f(real)} is inside the range ${range} → 100%`;
    if (real.lt(t.lo)) return `${l === 'id' ? 'di bawah rentang' : 'below the range'}: ${f(real)} / ${f(t.lo)} × 100 = ${pct(raw, l)}`;
    return `${l === 'id' ? 'di atas rentang' : 'above the range'}: (2 − ${f(real)} / ${f(t.hi)}) × 100 = ${pct(raw, l)}`;
  }
  if (ind.polaritas === 'turun') {
    return rumusTurun === 'rasio' ? `${f(t.lo)} / ${f(real)} × 100 = ${pct(raw, l)}` : `(2 − ${f(real)} / ${f(t.lo)}) × 100 = ${pct(raw, l)}`;
  }
  return `${f(real)} / ${f(t.lo)} × 100 = ${pct(raw, l)}`;
}

/** The capaian formula of a polarity, in words, and a note on what the polarity means. */
const POLARITY: Record<Indicator['polaritas'] | 'rasio', { formula: Bilingual; note: Bilingual }> = {
  naik: { formula: { id: 'realisasi / target × 100', en: 'realisation / target × 100' }, note: { id: 'polaritas naik: makin tinggi makin baik', en: 'polarity naik: higher is better' } },
  turun: { formula: { id: '(2 − realisasi / target) × 100', en: '(2 − realisation / target) × 100' }, note: { id: 'polaritas turun: makin rendah makin baik', en: 'polarity turun: lower is better' } },
  rasio: { formula: { id: 'target / realisasi × 100', en: 'target / realisation × 100' }, note: { id: 'polaritas turun, rumus rasio: makin rendah makin baik', en: 'polarity turun, ratio formula: lower is better' } },
  rentang: { formula: { id: '100 di dalam rentang', en: '100 inside the range' }, note: { id: 'di luar rentang dibandingkan batas terdekat', en: 'outside, compared with the nearer bound' } },
};

function capaianStep(ind: Indicator, r: IndicatorResult, settings: Settings, year: number, tw: number, againstTw: boolean): ExplainStep {
  const rumusTurun = ind.rumusTurun ?? settings.rumusTurun;
  const t = againstTw ? r.targetTw : r.target;
  const value = againstTw ? r.capaianTw : r.capaian;
  const label = againstTw
    ? bi((l) => (l === 'id' ? `Capaian terhadap target s/d ${twName(tw, l)}` : `Capaian against the target up to ${twName(tw, l)}`))
    : bi((l) => (l === 'id' ? `Capaian terhadap target ${year}` : `Capaian against the ${year} target`));
  if (!value || !t || !r.realisasi) return step(label, againstTw && !t ? { id: 'target triwulan belum diisi', en: 'no quarter targets' } : reasonText(r.reason, year, tw), null);
  const raw = capaianWithLimits(r.realisasi, t, ind.polaritas, rumusTurun, null, null).value ?? value;
  const rule = POLARITY[ind.polaritas === 'turun' && rumusTurun === 'rasio' ? 'rasio' : ind.polaritas];
  const text = bi((l) => {
    const sum = capaianArithmetic(r.realisasi as Dec, t, ind, rumusTurun, raw, l, r.stated ? undefined : ind.desimal);
    const limited = raw.eq(value) ? '' : ` → ${l === 'id' ? 'dibatasi pengaturan proyek menjadi' : 'limited by the project setting to'} ${pct(value, l)}`;
    const range = ind.polaritas === 'rentang' || isRange(t);
    return range ? `${sum}${limited} (${rule.note[l]})` : `${rule.formula[l]} = ${sum}${limited} (${rule.note[l]})`;
  });
  return step(label, text, value);
}

/** Explains one indicator of a node: target, quarter values, realisation (entered or formula), capaian. */
export function explainIndicator(ind: Indicator, r: IndicatorResult, ev: Evaluation, settings: Settings): IndicatorExplanation {
  const { year, tw } = ev.params;
  const y = String(year);
  const unit = ind.satuan ? ` ${ind.satuan}` : '';
  const steps: ExplainStep[] = [];
  steps.push(step({ id: `Target ${year}`, en: `Target ${year}` }, r.target ? bi((l) => `${formatTarget(r.target as Target, l)}${unit}`) : reasonText('no-target', year, tw), r.target ? r.target.lo : null));
  if (r.targetTw) {
    const kum = ind.agregasi === 'kumulatif';
    steps.push(
      step(
        bi((l) => (l === 'id' ? `Target s/d ${twName(tw, l)}` : `Target up to ${twName(tw, l)}`)),
        bi((l) => `${formatTarget(r.targetTw as Target, l)}${unit} (${kum ? (l === 'id' ? 'jumlah target triwulan' : 'sum of the quarter targets') : l === 'id' ? 'target triwulan terakhir' : 'latest quarter target'})`),
        r.targetTw.lo,
      ),
    );
  }
  steps.push(...quarterSteps(ind, r, year, tw));
  if (ind.rumus.trim()) steps.push(formulaStep(ind, r, ev));
  const used = bi((l) => {
    if (!r.realisasi) return reasonText(r.reason === 'formula-error' ? 'formula-error' : 'no-realisasi', year, tw)[l];
    const v = `${formatNumber(r.realisasi, l, r.stated ? undefined : ind.desimal)}${unit}`;
    if (r.stated && r.computed && !r.stated.toDecimalPlaces(ind.desimal).eq(r.computed))
      return l === 'id' ? `${v}: nilai tertulis dipakai, padahal rumus memberi ${formatNumber(r.computed, l, ind.desimal)}` : `${v}: the stated value is used, although the formula gives ${formatNumber(r.computed, l, ind.desimal)}`;
    return `${v} (${r.stated ? (l === 'id' ? 'diisi' : 'entered') : l === 'id' ? 'dari rumus' : 'from the formula'})`;
  });
  const mismatch = r.stated && r.computed && !r.stated.toDecimalPlaces(ind.desimal).eq(r.computed);
  steps.push(step({ id: 'Realisasi dipakai', en: 'Realisation used' }, used, r.realisasi, mismatch ? 'warn' : undefined));
  steps.push(capaianStep(ind, r, settings, year, tw, false));
  // Against the quarter targets only when they differ from the annual target (else it repeats the line above).
  if (r.targetTw && !(r.target && r.targetTw.lo.eq(r.target.lo) && r.targetTw.hi.eq(r.target.hi))) steps.push(capaianStep(ind, r, settings, year, tw, true));
  const targets = ind.targetTw[y] ?? [];
  const reals = ind.realisasiTw[y] ?? [];
  const quarters = [1, 2, 3, 4].map((q) => ({ tw: q, target: targets[q - 1] ?? null, realisasi: reals[q - 1] ?? null, inPeriod: q <= tw }));
  return { id: ind.id, nama: ind.nama, satuan: ind.satuan, polaritas: ind.polaritas, agregasi: ind.agregasi, quarters, steps, capaian: r.capaian ? roundTo(r.capaian, 2) : null };
}
