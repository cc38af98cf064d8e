import { fromSpreadsheetNumber, parseHumanNumber } from '../../domain/numbers.ts';
import type { Cell } from './types.ts';

/** True for an empty cell: null, blank text, a number that is not finite (or no cell at all). */
export function isBlank(cell: Cell | undefined): boolean {
  if (typeof cell === 'number') return !Number.isFinite(cell);
  if (typeof cell === 'string') return cell.trim() === '';
  return true;
}

/** The cell as trimmed text; a numeric cell in plain form. */
export function cellText(cell: Cell | undefined): string {
  if (typeof cell === 'number') return fromSpreadsheetNumber(cell) ?? '';
  if (typeof cell === 'string') return cell.trim();
  return '';
}

export type NumberRead =
  | { ok: true; value: string | null }
  | { ok: false; reason: 'ambiguous' | 'invalid'; text: string };

/** A decimal from a cell: numeric cells as they are, text in Indonesian or plain form. */
export function readNumber(cell: Cell | undefined): NumberRead {
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === 'number') return { ok: true, value: fromSpreadsheetNumber(cell) };
  const text = cellText(cell);
  const parsed = parseHumanNumber(text);
  if (parsed.ok) return parsed;
  return { ok: false, reason: parsed.reason, text };
}

const RANGE = /^(.*?\d)\s*(?:[-\u2013\u2014]|s\s*\/\s*d|s\.\s*d\.?)\s*([+-]?\s*\d.*)$/i;

/**
 * A target: a decimal, or a range written `7-8`, `7 - 8`, `7–8` or `7 s/d 8`, given back as
 * canonical `lo-hi`.
 */
export function readTarget(cell: Cell | undefined): NumberRead {
  if (typeof cell !== 'string') return readNumber(cell);
  const single = readNumber(cell);
  if (single.ok || single.reason === 'ambiguous') return single;
  const m = RANGE.exec(cell.trim());
  if (!m) return single;
  const lo = readNumber(m[1] ?? '');
  const hi = readNumber(m[2] ?? '');
  if (!lo.ok || !hi.ok) {
    const bad = !lo.ok ? lo : hi;
    return { ok: false, reason: !bad.ok && bad.reason === 'ambiguous' ? 'ambiguous' : 'invalid', text: cell.trim() };
  }
  if (lo.value === null || hi.value === null) return { ok: false, reason: 'invalid', text: cell.trim() };
  return { ok: true, value: `${lo.value}-${hi.value}` };
}

/** A level 0–5 from `3`, `3.0` (numeric), `Level 3` or `L3`; null when it is not one. */
export function readLevel(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 && cell <= 5 ? cell : null;
  const m = /^(?:level|l)?\s*([0-5])$/i.exec(cellText(cell));
  return m ? Number(m[1]) : null;
}

/** A year 1900–2200 from a cell, or null. */
export function readYear(cell: Cell | undefined): number | null {
  const t = cellText(cell);
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= 1900 && y <= 2200 ? y : null;
}

const DANGEROUS = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Spreadsheet formula injection: a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading `'` (a plain number such as `-5` is left alone). Text already starting with `'` before
 * such a character gets one more, so `unescapeText` always gives back the original.
 */
export function escapeText(text: string): string {
  return DANGEROUS.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Undoes `escapeText`. */
export function unescapeText(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * A canonical decimal written so the reader cannot take it for Indonesian thousands: `1.234`
 * (= 1234 or 1,234?) is written `1.2340`.
 */
export function unambiguousPlain(canonical: string): string {
  return /^[+-]?[1-9]\d{0,2}\.\d{3}$/.test(canonical) ? `${canonical}0` : canonical;
}

/** Quotes a cell value for a message, shortened. */
export function quote(text: string): string {
  const t = text.replace(/[\r\n\t]+/g, ' ');
  return `'${t.length > 60 ? `${t.slice(0, 57)}...` : t}'`;
}
