import { D, compareDec, dec, quotient } from './numbers';
import type { Dec } from './numbers';

/**
 * Exact rupiah amounts for the evaluator's budget roll-up. Amounts are whole numbers, and a JS
 * number adds whole numbers exactly while the result stays a safe integer (below 9·10¹⁵; a pemda's
 * total is ≈ 5·10¹³). Summing them as numbers instead of decimal.js was a fifth of an evaluation.
 * Anything else (a fraction, a huge amount, a sum that leaves the safe range) stays a Decimal, so
 * every result equals the all-Decimal computation: both are exact in every case the number path
 * takes.
 */
export type Rupiah = number | Dec;

/** A canonical whole number that fits a safe integer: no sign other than `-`, no leading zero, ≤ 15 digits. */
function isSmallInteger(s: string): boolean {
  const start = s.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const digits = s.length - start;
  if (digits < 1 || digits > 15) return false;
  // "0" is fine, "-0" and "007" are left to decimal.js (it keeps the sign of zero).
  if (s.charCodeAt(start) === 48 /* 0 */ && (digits > 1 || start === 1)) return false;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Parses a stored amount like {@link dec}: null for null, empty or invalid text. */
export function parseRupiah(s: string | null | undefined): Rupiah | null {
  if (s === null || s === undefined || s === '') return null;
  return isSmallInteger(s) ? Number(s) : dec(s);
}

export function toDec(x: Rupiah): Dec {
  return typeof x === 'number' ? new D(x) : x;
}

export function toDecOrNull(x: Rupiah | null): Dec | null {
  return x === null ? null : toDec(x);
}

/** a + b, exactly; null counts as "no value" (the other side is the sum). */
export function addRupiah(a: Rupiah | null, b: Rupiah | null): Rupiah | null {
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return toDec(a).plus(toDec(b));
}

/** Spending up to quarter `tw`: the sum of the quarters that have a value (kumulatif), null if none. */
export function rupiahUpToQuarter(values: readonly (string | null)[] | undefined, tw: number): Rupiah | null {
  if (!values) return null;
  let acc: Rupiah | null = null;
  for (let i = 0; i < tw && i < values.length; i++) acc = addRupiah(acc, parseRupiah(values[i]));
  return acc;
}

/** Sign of a − b. */
export function compareRupiah(a: Rupiah, b: Rupiah): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compareDec(toDec(a), toDec(b));
}

export function isZeroRupiah(a: Rupiah): boolean {
  return typeof a === 'number' ? a === 0 : a.isZero();
}

/** num / den × 100 (capaian anggaran), or null when either is missing or den is zero. */
export function rupiahRatio(num: Rupiah | null, den: Rupiah | null): Dec | null {
  return num === null || den === null || isZeroRupiah(den) ? null : quotient(toDec(num), toDec(den), 2);
}
