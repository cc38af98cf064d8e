import { parseHumanNumber } from '../../domain/numbers';
import type { StringKey } from '../i18n';

/** A text typed into a field, read: a value, or the message that says what is wrong with it. */
export type FieldParse<T> = { ok: true; value: T } | { ok: false; key: StringKey; vars: Record<string, string> };

/**
 * A number typed Indonesian style (`1.905.955.200`, `91,36`) or plain (`91.36`) as a canonical
 * decimal string; empty is "no value" (null). Ambiguous text (`1.234`) is refused, not guessed.
 */
export function parseNumberInput(text: string): FieldParse<string | null> {
  const r = parseHumanNumber(text);
  if (r.ok) return { ok: true, value: r.value };
  const shown = text.trim();
  if (r.reason === 'ambiguous') {
    const [head = '', tail = ''] = shown.replace(/\s/g, '').replace(/%$/, '').split('.');
    return { ok: false, key: 'errAmbiguous', vars: { text: shown, thousands: head + tail, decimal: `${head},${tail}` } };
  }
  return { ok: false, key: 'errNotNumber', vars: { text: shown } };
}

/** A whole number of decimal places, 0–10. */
export function parseIntegerInput(text: string, min: number, max: number): FieldParse<number> {
  const t = text.trim();
  if (!/^\d+$/.test(t) || Number(t) < min || Number(t) > max) return { ok: false, key: 'errIntegerRange', vars: { text: t, min: String(min), max: String(max) } };
  return { ok: true, value: Number(t) };
}

// A range is two numbers joined by a hyphen, en/em dash or "s/d" ("sampai dengan").
const RANGE = /^\s*([+-]?[^\s\u2013\u2014-][^\u2013\u2014-]*?)\s*(?:[\u2013\u2014-]|s\/d|s\.d\.?)\s*([+-]?[^\u2013\u2014-]+?)\s*$/i;

/**
 * A target: one number, or a range `7-8` / `7–8` / `7 s/d 8`, as the canonical `7-8` (low bound
 * first). Empty is "no target" (null).
 */
export function parseTargetInput(text: string): FieldParse<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const m = RANGE.exec(text);
  if (!m) {
    const single = parseNumberInput(text);
    if (single.ok) return single;
    return single.key === 'errAmbiguous' ? single : { ok: false, key: 'errNotTarget', vars: { text: text.trim() } };
  }
  const lo = parseNumberInput(m[1] ?? '');
  const hi = parseNumberInput(m[2] ?? '');
  if (!lo.ok) return lo.key === 'errAmbiguous' ? lo : { ok: false, key: 'errNotTarget', vars: { text: text.trim() } };
  if (!hi.ok) return hi.key === 'errAmbiguous' ? hi : { ok: false, key: 'errNotTarget', vars: { text: text.trim() } };
  if (lo.value === null || hi.value === null) return { ok: false, key: 'errNotTarget', vars: { text: text.trim() } };
  const a = lo.value;
  const b = hi.value;
  if (a === b) return { ok: true, value: a };
  return { ok: true, value: compareDecimal(a, b) < 0 ? `${a}-${b}` : `${b}-${a}` };
}

/** Compares two canonical decimal strings exactly (no floating point). */
export function compareDecimal(a: string, b: string): number {
  const neg = (s: string): boolean => s.startsWith('-');
  if (neg(a) !== neg(b)) return neg(a) ? -1 : 1;
  const sign = neg(a) ? -1 : 1;
  const [ai = '', af = ''] = a.replace(/^[+-]/, '').split('.');
  const [bi = '', bf = ''] = b.replace(/^[+-]/, '').split('.');
  if (ai.length !== bi.length) return sign * (ai.length < bi.length ? -1 : 1);
  if (ai !== bi) return sign * (ai < bi ? -1 : 1);
  const len = Math.max(af.length, bf.length);
  const fa = af.padEnd(len, '0');
  const fb = bf.padEnd(len, '0');
  return fa === fb ? 0 : sign * (fa < fb ? -1 : 1);
}

/** Text fields take what was typed; single-line ones without surrounding spaces. */
export function parseTextInput(multiline: boolean): (text: string) => FieldParse<string> {
  return (text) => ({ ok: true, value: multiline ? text : text.trim() });
}
