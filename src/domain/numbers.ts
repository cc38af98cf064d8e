import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for the whole domain. Precision is raised well above the 20-digit
 * default so rupiah totals (~1e14) keep every digit through ratios, and `toString` never goes
 * exponential for the magnitudes we handle.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpPos: 60, toExpNeg: -30 });
export type Dec = InstanceType<typeof D>;

/** A canonical plain decimal string as stored in state, IndexedDB and files: "1905955200", "91.36", "-0.5". */
export type DecimalString = string;

export const ZERO = new D(0);
export const HUNDRED = new D(100);

const PLAIN = /^[+-]?(\d+)(\.\d+)?$/;

/** Canonical plain string of a decimal: no exponent, no trailing zeros after the point. */
export function toCanonical(d: Dec): DecimalString {
  if (d.isZero()) return '0';
  return d.toFixed();
}

/**
 * Sign of a − b (−1, 0 or 1), like `a.cmp(b)` but without its cost: decimal.js copies the argument
 * into a new Decimal on every comparison, and the evaluator and checker compare ≈ 100k times
 * (predikat bands, targets, thresholds). Same algorithm on the same fields (sign `s`, exponent `e`,
 * base-1e7 digits `d`); NaN and infinities are left to decimal.js.
 */
export function compareDec(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.cmp(b);
  const as = a.s;
  const bs = b.s;
  // Either zero?
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -bs : 0;
  if (as !== bs) return as;
  if (a.e !== b.e) return (a.e > b.e) !== (as < 0) ? 1 : -1;
  const n = ad.length < bd.length ? ad.length : bd.length;
  for (let i = 0; i < n; i++) {
    const x = ad[i] as number;
    const y = bd[i] as number;
    if (x !== y) return (x > y) !== (as < 0) ? 1 : -1;
  }
  return ad.length === bd.length ? 0 : (ad.length > bd.length) !== (as < 0) ? 1 : -1;
}

/**
 * Parses a canonical (plain form) decimal string; returns null for null/empty/invalid input.
 * (Parsed values used to be kept in a map by text. With {@link fromPlain} a parse costs less than
 * the map did: most texts of a project opened for the first time are distinct, so nearly every
 * lookup missed and was followed by an insertion into a map of up to 200k entries.)
 */
export function dec(s: DecimalString | null | undefined): Dec | null {
  if (s === null || s === undefined || s === '') return null;
  return fromPlain(s);
}

/** Decimal digits per element of decimal.js's digit array (its LOG_BASE). */
const LOG_BASE = 7;
/** Longest text read here: a longer one (no stored value is) goes through decimal.js itself. */
const FAST_MAX = 60;

/** Scratch space for {@link fromPlain} and {@link quotient}: significant digits, one per element. */
const DIGITS = new Uint8Array(FAST_MAX);

/** Count of digits in the first word of a Decimal whose first significant digit has exponent `e`. */
function firstWordDigits(e: number): number {
  const w = (e + 1) % LOG_BASE;
  return w <= 0 ? w + LOG_BASE : w;
}

/**
 * decimal.js's digit words for the first `n` digits of {@link DIGITS} (the first one significant,
 * the last one not zero) when the first has exponent `e`: base-10⁷ words aligned so that the
 * integer part ends a word, the last word padded with zeros to its full width.
 */
function packDigits(e: number, n: number): number[] {
  const words: number[] = [];
  let w = firstWordDigits(e);
  let word = 0;
  let inWord = 0;
  for (let k = 0; k < n; k++) {
    word = word * 10 + (DIGITS[k] as number);
    if (++inWord === w) {
      words.push(word);
      word = 0;
      inWord = 0;
      w = LOG_BASE;
    }
  }
  if (inWord > 0) {
    for (; inWord < w; inWord++) word *= 10;
    words.push(word);
  }
  return words;
}

/**
 * `new D(s)` for a plain decimal text (`PLAIN`: `[+-]?\d+(\.\d+)?`), null for any other text.
 * Builds the same Decimal decimal.js's own reader does (sign `s`, exponent `e` of the first
 * significant digit, base-10⁷ words `d` aligned on the exponent, trailing zero words dropped, no
 * rounding), from the character codes instead of sliced substrings and a regular expression: a
 * freshly opened 20k-node project parses ≈ 40k such texts, and decimal.js took ≈ 0.9 µs each.
 * The instance comes from decimal.js's own constructor (its fast path for a small integer), so it
 * has decimal.js's object shape. `numbers.test.ts` compares the two readers.
 */
export function fromPlain(s: string): Dec | null {
  const n = s.length;
  if (n === 0 || n > FAST_MAX) return PLAIN.test(s) ? new D(s) : null;
  let i = 0;
  let sign = 1;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 /* - */) {
    sign = -1;
    i = 1;
  } else if (c0 === 43 /* + */) i = 1;
  // One pass: validate, find the point, the first and the last significant digit (as positions in s).
  let point = -1;
  let first = -1;
  let last = -1;
  let digits = 0;
  for (let k = i; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c === 46 /* . */) {
      // One point, with a digit on each side.
      if (point >= 0 || digits === 0 || k === n - 1) return null;
      point = k;
      continue;
    }
    if (c < 48 || c > 57) return null;
    digits++;
    if (c !== 48) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (digits === 0) return null;
  const d = new D(1);
  // decimal.js's fields, written once before anyone sees the instance (its types make them readonly).
  const x = d as unknown as { s: number; e: number; d: number[] };
  x.s = sign;
  if (first < 0) {
    // Zero, with its sign as decimal.js keeps it ("-0").
    x.e = 0;
    x.d = [0];
    return d;
  }
  const intEnd = point < 0 ? n : point;
  // Base-10 exponent of the first significant digit.
  const e = first < intEnd ? intEnd - first - 1 : -(first - intEnd);
  let count = 0;
  for (let k = first; k <= last; k++) {
    const c = s.charCodeAt(k);
    if (c !== 46) DIGITS[count++] = c - 48;
  }
  x.e = e;
  x.d = packDigits(e, count);
  return d;
}

/**
 * The integer mantissa of a finite, non-zero Decimal of at most two words (14 digits), for
 * {@link quotient}: `x = mantissa × 10^(e − digits + 1)`, where `digits` is the mantissa's count of
 * digits (`(e + 1) mod 7` in the first word, seven in the second). −1 for anything else.
 */
function smallMantissa(x: Dec): number {
  const d = x.d;
  if (!d || d.length > 2 || !d[0]) return -1;
  return d.length === 1 ? (d[0] as number) : (d[0] as number) * 1e7 + (d[1] as number);
}

/**
 * `a.div(b).times(10 ** shift)` as decimal.js computes it (`shift` 0 or 2: a percentage), without
 * decimal.js's long division for the usual operands: when both have at most 14 significant digits
 * (two words), the quotient's digits are found by schoolbook division in safe integers, rounded
 * half up to the precision, and written into decimal.js's fields. The division is correctly
 * rounded in both, and × 10^shift only moves the exponent, so the result is the same Decimal
 * (`numbers.test.ts` compares them). Anything else (longer operands, zero, NaN, infinities) goes
 * through decimal.js. The evaluator divides once per indicator with a capaian (≈ 14k times on a
 * 20k tree), and decimal.js's division with its multiplication was ≈ 2 µs and ≈ 1 kB of garbage each.
 */
export function quotient(a: Dec, b: Dec, shift = 0): Dec {
  const ma = smallMantissa(a);
  const mb = smallMantissa(b);
  const precision = D.precision;
  // (The scratch space holds the precision's digits and the rounding digit.)
  if (ma < 0 || mb < 0 || precision >= FAST_MAX) return shift === 0 ? a.div(b) : a.div(b).times(shift === 2 ? HUNDRED : new D(10).pow(shift));
  // a = ma × 10^ka, b = mb × 10^kb; the quotient is (ma / mb) × 10^(ka − kb).
  const la = (a.d as number[]).length === 1 ? firstWordDigits(a.e) : firstWordDigits(a.e) + LOG_BASE;
  const lb = (b.d as number[]).length === 1 ? firstWordDigits(b.e) : firstWordDigits(b.e) + LOG_BASE;
  const scale = a.e - la + 1 - (b.e - lb + 1);
  // Integer part, corrected for the float division's rounding (ip × mb ≤ ma < 2^53: exact).
  let ip = Math.floor(ma / mb);
  if (ip * mb > ma) ip--;
  else if ((ip + 1) * mb <= ma) ip++;
  let rem = ma - ip * mb;
  let n = 0;
  // Base-10 exponent of the first significant digit of ma / mb.
  let e: number;
  if (ip > 0) {
    // The integer part's digits (at most 14), most significant first.
    let digits = 0;
    for (let v = ip; v > 0; v = Math.floor(v / 10)) digits++;
    e = digits - 1;
    for (let k = digits - 1, v = ip; k >= 0; k--, v = Math.floor(v / 10)) DIGITS[k] = v % 10;
    n = digits;
  } else {
    e = 0;
    // Leading zeros after the point are not significant: they lower the exponent.
    do {
      e--;
      rem *= 10;
    } while (rem < mb);
    rem /= 10;
  }
  // Fraction digits: rem < mb ≤ 10^14, so rem × 10 stays a safe integer.
  while (n <= precision && rem !== 0) {
    rem *= 10;
    let q = Math.floor(rem / mb);
    if (q * mb > rem) q--;
    else if ((q + 1) * mb <= rem) q++;
    rem -= q * mb;
    DIGITS[n++] = q;
  }
  if (n > precision) {
    // Half up: the digit after the last kept one decides (exactly half rounds up too).
    const up = (DIGITS[precision] as number) >= 5;
    n = precision;
    if (up) {
      let k = n - 1;
      while (k >= 0 && DIGITS[k] === 9) DIGITS[k--] = 0;
      if (k >= 0) DIGITS[k] = (DIGITS[k] as number) + 1;
      else {
        // 99…9 rounded up: a 1 and one more power of ten.
        DIGITS[0] = 1;
        n = 1;
        e++;
      }
    }
  }
  while (n > 1 && DIGITS[n - 1] === 0) n--;
  e += scale + shift;
  const out = new D(1);
  const x = out as unknown as { s: number; e: number; d: number[] };
  x.s = a.s * b.s;
  x.e = e;
  x.d = packDigits(e, n);
  return out;
}

/** Scratch space for {@link readScaled}: plain decimals as an integer × 10^-decimals, by slot. */
const SLOTS = 5;
const MANTISSA = new Float64Array(SLOTS);
const DECIMALS = new Int32Array(SLOTS);

/**
 * Reads a plain decimal (`56.35`, `-3`) of at most 15 digits into slot `i` (0–4) of a scratch space
 * as an integer and a count of decimals; false for anything else (ranges, longer numbers). Exact:
 * such an integer is a safe integer. No object per number: the checker reads every quarter of
 * every target this way.
 */
export function readScaled(s: string, i: number): boolean {
  const neg = s.charCodeAt(0) === 45; /* - */
  let m = 0;
  let k = -1;
  let digits = 0;
  for (let j = neg ? 1 : 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 46 /* . */ && k < 0) k = 0;
    else if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      if (++digits > 15) return false;
      if (k >= 0) k++;
    } else return false;
  }
  if (digits === 0 || k === 0) return false;
  MANTISSA[i] = neg ? -m : m;
  DECIMALS[i] = k < 0 ? 0 : k;
  return true;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Slot `i` of the scratch space as an integer number of 10^-scale units (scale ≥ its decimals). */
export function scaledAt(i: number, scale: number): number {
  return (MANTISSA[i] as number) * (POW10[scale - (DECIMALS[i] as number)] as number);
}

/** The most decimals among slots `from` to `to − 1`: the scale they can all be added at. */
export function commonScale(from: number, to: number): number {
  let scale = 0;
  for (let i = from; i < to; i++) if ((DECIMALS[i] as number) > scale) scale = DECIMALS[i] as number;
  return scale;
}

/**
 * The sum of slots `from` to `to − 1` in 10^-scale units; null when a term or the sum leaves the
 * safe integers (where they may be rounded: decimal.js must decide).
 */
export function scaledSum(from: number, to: number, scale: number): number | null {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const term = scaledAt(i, scale);
    sum += term;
    if (!Number.isSafeInteger(term) || !Number.isSafeInteger(sum)) return null;
  }
  return sum;
}

/**
 * The sum of the plain decimal texts among the first `count` (at most five) of `values`, as
 * `new D(a).plus(b)…` gives it, computed in safe integers; null when none has a value; undefined
 * when the integers cannot hold it exactly (a longer number, a range) or a negative zero is among
 * the terms: the caller adds with decimal.js then. decimal.js's plus took ≈ 1 µs per quarter.
 */
export function sumPlainTexts(values: readonly (string | null)[], count: number): Dec | null | undefined {
  const n = count < values.length ? count : values.length;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === '') continue;
    if (used === SLOTS || !readScaled(v, used)) return undefined;
    // decimal.js's sign of a zero sum then depends on the order of the terms; leave those to it.
    if (Object.is(MANTISSA[used], -0)) return undefined;
    used++;
  }
  if (used === 0) return null;
  const scale = commonScale(0, used);
  const sum = scaledSum(0, used, scale);
  if (sum === null) return undefined;
  let digits = String(sum < 0 ? -sum : sum);
  if (scale > 0) {
    if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return fromPlain(sum < 0 ? `-${digits}` : digits);
}

export type ParsedNumber =
  | { ok: true; value: DecimalString | null }
  | { ok: false; reason: 'ambiguous' | 'invalid'; text: string };

/**
 * Reads a number typed or written by a person, in Indonesian form (`1.905.955.200`, `91,36`,
 * `8.328.663.601,00`) or plain form (`1905955200`, `91.36`). Empty means "no value" (null),
 * never zero. A text that reads differently in the two forms (e.g. `1.234` = 1234 or 1,234) is
 * reported as ambiguous instead of guessed. A trailing `%` and surrounding spaces are ignored.
 */
const CANONICAL = /^-?(?:0|[1-9]\d{0,2})(?:\.\d*[1-9])?$|^-?[1-9]\d{3,}(?:\.\d*[1-9])?$/;

export function parseHumanNumber(input: string): ParsedNumber {
  // Already canonical and unambiguous (no thousands-looking "1.234"): the common case in files
  // Kaskade wrote, taken as it is without a trip through decimal.js.
  if (CANONICAL.test(input) && !/^-?[1-9]\d{0,2}\.\d{3}$/.test(input) && input !== '-0') return { ok: true, value: input };
  let t = input.replace(/[\s\u00a0]/g, '');
  if (t.endsWith('%')) t = t.slice(0, -1);
  if (t.startsWith('Rp')) t = t.slice(2);
  if (t === '' || t === '-' || t === '—') return { ok: true, value: null };
  let sign = '';
  if (t.startsWith('-') || t.startsWith('+')) {
    sign = t[0] === '-' ? '-' : '';
    t = t.slice(1);
  }
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return { ok: false, reason: 'invalid', text: input };
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  let plain: string;
  if (dots > 0 && commas > 0) {
    const lastDot = t.lastIndexOf('.');
    const lastComma = t.lastIndexOf(',');
    if (lastComma > lastDot && commas === 1) {
      // Indonesian: dots group thousands, comma is the decimal mark.
      if (!groupedOk(t.slice(0, lastComma), '.')) return { ok: false, reason: 'invalid', text: input };
      plain = t.slice(0, lastComma).replace(/\./g, '') + '.' + t.slice(lastComma + 1);
    } else if (lastDot > lastComma && dots === 1) {
      // English grouping: commas group thousands, dot is the decimal mark.
      if (!groupedOk(t.slice(0, lastDot), ',')) return { ok: false, reason: 'invalid', text: input };
      plain = t.slice(0, lastDot).replace(/,/g, '') + '.' + t.slice(lastDot + 1);
    } else return { ok: false, reason: 'invalid', text: input };
  } else if (commas > 0) {
    if (commas === 1) plain = t.replace(',', '.');
    else if (groupedOk(t, ',')) plain = t.replace(/,/g, '');
    else return { ok: false, reason: 'invalid', text: input };
  } else if (dots > 0) {
    if (dots > 1) {
      if (!groupedOk(t, '.')) return { ok: false, reason: 'invalid', text: input };
      plain = t.replace(/\./g, '');
    } else {
      const [head = '', tail = ''] = t.split('.');
      // "1.234": thousands (Indonesian) or 1.234 (plain)? Both readings are plausible.
      if (tail.length === 3 && head.length >= 1 && head.length <= 3 && head !== '0') {
        return { ok: false, reason: 'ambiguous', text: input };
      }
      plain = t;
    }
  } else plain = t;
  if (plain.startsWith('.')) plain = '0' + plain;
  if (plain.endsWith('.')) return { ok: false, reason: 'invalid', text: input };
  if (!PLAIN.test(plain)) return { ok: false, reason: 'invalid', text: input };
  return { ok: true, value: toCanonical(new D(sign + plain)) };
}

function groupedOk(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

/** Converts a JS number from a spreadsheet numeric cell to a canonical string (shortest round-trip form). */
export function fromSpreadsheetNumber(n: number): DecimalString | null {
  if (!Number.isFinite(n)) return null;
  return toCanonical(new D(String(n)));
}

/** Rounds for display and comparison at a given number of decimals (half up), as canonical string. */
export function roundTo(d: Dec, places: number): DecimalString {
  return toCanonical(d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
}
