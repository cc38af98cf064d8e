import type { Dec } from '../domain/numbers';

// One formatter each, created once: creating Intl.NumberFormat per call is ~25× slower.
const intFmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const dec2 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decAny = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 10 });

/** id-ID output uses U+00A0 in places; plain spaces keep text search and tests simple. */
const clean = (s: string): string => s.replace(/\u00a0/g, ' ');

/** Rupiah amounts: 1.905.955.200 (exact: formatted from the decimal string, not a float). */
export function fmtRupiah(d: Dec | null | undefined): string {
  if (d === null || d === undefined) return '—';
  const s = d.toFixed(0);
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  return (neg ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Percentages and ratios at two decimals: 91,36. */
export function fmtPct(d: Dec | null | undefined): string {
  if (d === null || d === undefined) return '—';
  return clean(dec2.format(Number(d.toFixed(2))));
}

/** A value as entered, Indonesian style, without padding: 56,35 · 5413 · 1.905.955.200. */
export function fmtValue(d: Dec | null | undefined): string {
  if (d === null || d === undefined) return '—';
  if (d.isInteger() && d.abs().gte(1e15)) return fmtRupiah(d);
  return clean(d.isInteger() ? intFmt.format(Number(d.toFixed(0))) : decAny.format(Number(d.toFixed())));
}

/** A canonical decimal string shown Indonesian style for editing ("" when empty). */
export function fmtEditable(s: string | null | undefined): string {
  if (s === null || s === undefined || s === '') return '';
  const neg = s.startsWith('-');
  const [int = '', frac] = (neg ? s.slice(1) : s).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** A stored target (`56.35` or `7-8`) shown Indonesian style. */
export function fmtTarget(s: string | null | undefined): string {
  if (!s) return '';
  const m = /^([+-]?[\d.]+)-([+-]?[\d.]+)$/.exec(s);
  if (m) return `${fmtEditable(m[1])}–${fmtEditable(m[2])}`;
  return fmtEditable(s);
}
