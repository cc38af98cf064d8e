import type { Agregasi, Polaritas, PredikatBand, Settings } from './model';
import { D, HUNDRED, compareDec, dec, fromPlain, quotient, sumPlainTexts } from './numbers';
import type { Dec } from './numbers';

/** A parsed target: a single value (lo = hi) or a range lo–hi. */
export interface Target {
  lo: Dec;
  hi: Dec;
}

/**
 * Parses a stored target (`56.35` or `7-8`); a new object each call (reading one costs less than
 * the map of parsed targets it replaced: most targets of a project opened for the first time are
 * distinct). Treat it as read-only: a single value is `lo === hi`, one object.
 */
export function parseTarget(s: string | null | undefined): Target | null {
  if (!s) return null;
  const single = fromPlain(s);
  if (single) return { lo: single, hi: single };
  // A range: two plain decimals joined by "-".
  const end = plainEnd(s, 0);
  if (end < 0 || s.charCodeAt(end) !== 45 /* - */ || plainEnd(s, end + 1) !== s.length) return null;
  const a = fromPlain(s.slice(0, end));
  const b = fromPlain(s.slice(end + 1));
  if (!a || !b) return null;
  return compareDec(a, b) <= 0 ? { lo: a, hi: b } : { lo: b, hi: a };
}

/**
 * End of the plain decimal (`[+-]?\d+(\.\d+)?`) that starts at `i` in `s`, or -1 when there is
 * none there. The scanner behind {@link isTargetText} and {@link comparePlainText}.
 */
function plainEnd(s: string, i: number): number {
  const c0 = s.charCodeAt(i);
  if (c0 === 43 /* + */ || c0 === 45 /* - */) i++;
  const start = i;
  let c = s.charCodeAt(i);
  while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
  if (i === start) return -1;
  if (c !== 46 /* . */) return i;
  const frac = ++i;
  c = s.charCodeAt(i);
  while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
  return i === frac ? -1 : i;
}

/**
 * Whether {@link parseTarget} reads `s` as a target (same pattern), without parsing it: the checker
 * asks this of every annual and quarter target of every year, and most are never needed as numbers.
 */
export function isTargetText(s: string | null | undefined): boolean {
  if (!s) return false;
  const end = plainEnd(s, 0);
  if (end === s.length) return true;
  if (end < 0 || s.charCodeAt(end) !== 45 /* - */) return false;
  return plainEnd(s, end + 1) === s.length;
}

/**
 * Sign of a − b for two plain decimals (`[+-]?\d+(\.\d+)?`, not ranges), exactly, from their
 * digits; NaN when either is not one. Equals `compareDec(dec(a), dec(b))` (−0 equals 0, leading
 * and trailing zeros do not count) without building a Decimal.
 */
export function comparePlainText(a: string, b: string): number {
  if (plainEnd(a, 0) !== a.length || plainEnd(b, 0) !== b.length) return NaN;
  const sa = signOfText(a);
  const sb = signOfText(b);
  if (sa !== sb) return sa > sb ? 1 : -1;
  if (sa === 0) return 0;
  const m = compareMagnitude(a, b);
  return sa < 0 ? -m : m;
}

/** −1, 0 or 1: the sign of a plain decimal text (zero whatever its sign character). */
function signOfText(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 49 && c <= 57) return s.charCodeAt(0) === 45 ? -1 : 1;
  }
  return 0;
}

/** Sign of |a| − |b| for two plain decimal texts. */
function compareMagnitude(a: string, b: string): number {
  let ia = a.charCodeAt(0) === 43 || a.charCodeAt(0) === 45 ? 1 : 0;
  let ib = b.charCodeAt(0) === 43 || b.charCodeAt(0) === 45 ? 1 : 0;
  while (ia < a.length - 1 && a.charCodeAt(ia) === 48 && a.charCodeAt(ia + 1) !== 46) ia++;
  while (ib < b.length - 1 && b.charCodeAt(ib) === 48 && b.charCodeAt(ib + 1) !== 46) ib++;
  let pa = a.indexOf('.', ia);
  let pb = b.indexOf('.', ib);
  if (pa < 0) pa = a.length;
  if (pb < 0) pb = b.length;
  // A lone leading "0" (as in "0.5") counts as no integer digits.
  const la = pa - ia === 1 && a.charCodeAt(ia) === 48 ? 0 : pa - ia;
  const lb = pb - ib === 1 && b.charCodeAt(ib) === 48 ? 0 : pb - ib;
  if (la !== lb) return la > lb ? 1 : -1;
  for (let k = 0; k < la; k++) {
    const x = a.charCodeAt(pa - la + k);
    const y = b.charCodeAt(pb - lb + k);
    if (x !== y) return x > y ? 1 : -1;
  }
  // Fractions digit by digit, a missing digit counting as 0.
  const fa = a.length - pa - 1;
  const fb = b.length - pb - 1;
  const n = fa > fb ? fa : fb;
  for (let k = 1; k <= n; k++) {
    const x = k <= fa ? a.charCodeAt(pa + k) : 48;
    const y = k <= fb ? b.charCodeAt(pb + k) : 48;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}

export function isRange(t: Target): boolean {
  return t.lo !== t.hi && compareDec(t.lo, t.hi) !== 0;
}

/** Canonical text of a target for files and reports: `56.35` or `7-8`. */
export function targetToString(t: Target | null): string | null {
  if (!t) return null;
  return isRange(t) ? `${t.lo.toFixed()}-${t.hi.toFixed()}` : t.lo.toFixed();
}

/** Why an indicator or node has no capaian. Shown as "—" with this reason. */
export type NoCapaianReason = 'no-target' | 'target-zero' | 'no-realisasi' | 'realisasi-zero' | 'formula-error' | 'no-indicator' | 'no-indicator-capaian';

export type CapaianOutcome = { value: Dec; reason: null } | { value: null; reason: NoCapaianReason };

/**
 * Capaian (achievement, %) of a realisation against a target.
 * - `naik`: r / t × 100.
 * - `turun`: (2 − r/t) × 100 (PermenPANRB 8/2021), or t / r × 100 when `rumusTurun` is `rasio`.
 * - `rentang` or a range target: 100 inside the range; below it r / lo × 100; above it
 *   (2 − r/hi) × 100, i.e. compared with the nearer bound as a shortfall or an overshoot.
 * Cap and floor from the settings apply last. Never NaN: missing inputs give a reason instead.
 */
export function computeCapaian(
  realisasi: Dec | null,
  target: Target | null,
  polaritas: Polaritas,
  rumusTurun: 'pengurangan' | 'rasio',
  settings: Pick<Settings, 'capaianCap' | 'capaianFloor'>,
): CapaianOutcome {
  return capaianWithLimits(realisasi, target, polaritas, rumusTurun, dec(settings.capaianCap), dec(settings.capaianFloor));
}

const TWO = new D(2);

/** {@link computeCapaian} with the cap and floor already parsed (the evaluator's hot path). */
export function capaianWithLimits(realisasi: Dec | null, target: Target | null, polaritas: Polaritas, rumusTurun: 'pengurangan' | 'rasio', cap: Dec | null, floor: Dec | null): CapaianOutcome {
  if (!target) return { value: null, reason: 'no-target' };
  if (realisasi === null) return { value: null, reason: 'no-realisasi' };
  let v: Dec;
  // Comparisons through compareDec: decimal.js's own copy their argument each time.
  if (polaritas === 'rentang' || isRange(target)) {
    const belowLo = compareDec(realisasi, target.lo) < 0;
    if (!belowLo && compareDec(realisasi, target.hi) <= 0) v = HUNDRED;
    else if (belowLo) {
      if (target.lo.isZero()) return { value: null, reason: 'target-zero' };
      v = quotient(realisasi, target.lo, 2);
    } else {
      if (target.hi.isZero()) return { value: null, reason: 'target-zero' };
      v = TWO.minus(quotient(realisasi, target.hi)).times(HUNDRED);
    }
  } else if (polaritas === 'turun') {
    if (rumusTurun === 'rasio') {
      if (realisasi.isZero()) return { value: null, reason: 'realisasi-zero' };
      v = quotient(target.lo, realisasi, 2);
    } else {
      if (target.lo.isZero()) return { value: null, reason: 'target-zero' };
      v = TWO.minus(quotient(realisasi, target.lo)).times(HUNDRED);
    }
  } else {
    if (target.lo.isZero()) return { value: null, reason: 'target-zero' };
    v = quotient(realisasi, target.lo, 2);
  }
  if (cap && compareDec(v, cap) > 0) v = cap;
  if (floor && compareDec(v, floor) < 0) v = floor;
  return { value: v, reason: null };
}

/** The latest value present up to quarter `tw`: read backwards, so earlier quarters are never parsed. */
function latestUpTo<T>(values: readonly (string | null)[], tw: number, read: (s: string | null) => T | null): T | null {
  for (let i = (tw < values.length ? tw : values.length) - 1; i >= 0; i--) {
    const v = read(values[i] ?? null);
    if (v !== null) return v;
  }
  return null;
}

/**
 * Combines quarter values up to and including quarter `tw`:
 * `kumulatif` sums the values present; `nilai_akhir` takes the latest value present.
 * Null when no quarter up to `tw` has a value.
 */
export function upToQuarter(values: readonly (string | null)[] | undefined, tw: number, agregasi: Agregasi): Dec | null {
  if (!values) return null;
  if (agregasi !== 'kumulatif') return latestUpTo(values, tw, dec);
  const sum = sumPlainTexts(values, tw);
  if (sum !== undefined) return sum;
  let acc: Dec | null = null;
  for (let i = 0; i < tw && i < values.length; i++) {
    const v = dec(values[i]);
    if (v !== null) acc = acc === null ? v : acc.plus(v);
  }
  return acc;
}

/** Quarter targets up to `tw`, combined like values; ranges combine bound by bound. */
export function targetUpToQuarter(values: readonly (string | null)[] | undefined, tw: number, agregasi: Agregasi): Target | null {
  if (!values) return null;
  if (agregasi !== 'kumulatif') return latestUpTo(values, tw, parseTarget);
  // Single values summed in integers (a range among them goes the Decimal way below).
  const sum = sumPlainTexts(values, tw);
  if (sum !== undefined) return sum === null ? null : { lo: sum, hi: sum };
  let acc: Target | null = null;
  for (let i = 0; i < tw && i < values.length; i++) {
    const t = parseTarget(values[i]);
    if (t) acc = acc === null ? t : { lo: acc.lo.plus(t.lo), hi: acc.hi.plus(t.hi) };
  }
  return acc;
}

/** Predikat band of a capaian on the project's scale (highest band first). */
export function predikatOf(capaian: Dec | null, scale: readonly PredikatBand[]): string | null {
  if (capaian === null) return null;
  for (const band of scale) {
    const min = dec(band.min);
    if (min === null || capaian.gte(min)) return band.label;
  }
  return null;
}

/** Mean, or weighted mean, of values; null when there are none or the weights sum to zero. */
export function mean(values: readonly Dec[], weights?: readonly Dec[]): Dec | null {
  if (values.length === 0) return null;
  if (!weights && values.length === 1) return values[0] as Dec;
  if (!weights) {
    let s = new D(0);
    for (const v of values) s = s.plus(v);
    return s.div(values.length);
  }
  let s = new D(0);
  let w = new D(0);
  values.forEach((v, i) => {
    const wi = weights[i] ?? new D(1);
    s = s.plus(v.times(wi));
    w = w.plus(wi);
  });
  return w.isZero() ? null : s.div(w);
}
