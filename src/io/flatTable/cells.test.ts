import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHumanNumber } from '../../domain/numbers.ts';
import { decimalArb } from './arbitraries.ts';
import { escapeText, readLevel, readNumber, readTarget, unambiguousPlain, unescapeText } from './cells.ts';
import { classifyHeader, normalizeHeader } from './columns.ts';
import { columnLetter } from './readRows.ts';

describe('headers', () => {
  it('normalises case, spaces and _; quarter spellings', () => {
    expect(normalizeHeader('  Penanggung   Jawab ')).toBe('penanggung_jawab');
    expect(['target_tw1', 'Target TW 1', 'target tw_1', 'TARGET TW I'].map(normalizeHeader)).toEqual(Array(4).fill('target_tw1'));
    expect(normalizeHeader('Realisasi Anggaran TW IV')).toBe('realisasi_anggaran_tw4');
  });

  it('classifies known, year and custom columns', () => {
    expect(classifyHeader('Target 2024')).toEqual({ kind: 'target', year: 2024 });
    expect(classifyHeader('PAGU')).toEqual({ kind: 'pagu', year: null });
    expect(classifyHeader('rencana anggaran tw3')).toEqual({ kind: 'rencanaAnggaranTw', q: 2 });
    expect(classifyHeader('Indikator Kinerja')).toEqual({ kind: 'indText', field: 'nama' });
    expect(classifyHeader('target_1800')).toEqual({ kind: 'custom' });
    expect(classifyHeader('target_tw5')).toEqual({ kind: 'custom' });
    expect(classifyHeader(' ')).toEqual({ kind: 'untitled' });
  });

  it('names columns by letter', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('cell values', () => {
  it('reads numbers from numeric and text cells', () => {
    expect(readNumber(1905955200)).toEqual({ ok: true, value: '1905955200' });
    expect(readNumber(0.1 + 0.2)).toEqual({ ok: true, value: '0.30000000000000004' });
    expect(readNumber(' 1.905.955.200 ')).toEqual({ ok: true, value: '1905955200' });
    expect(readNumber('')).toEqual({ ok: true, value: null });
    expect(readNumber(Number.NaN)).toEqual({ ok: true, value: null });
    expect(readNumber('abc')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(readNumber('1.234')).toMatchObject({ ok: false, reason: 'ambiguous' });
  });

  it('reads targets and ranges', () => {
    expect(readTarget('7 – 8')).toEqual({ ok: true, value: '7-8' });
    expect(readTarget('7—8')).toEqual({ ok: true, value: '7-8' });
    expect(readTarget('0,5 s.d. 1')).toEqual({ ok: true, value: '0.5-1' });
    expect(readTarget(7)).toEqual({ ok: true, value: '7' });
    expect(readTarget('-5')).toEqual({ ok: true, value: '-5' });
    expect(readTarget('7-')).toMatchObject({ ok: false });
    expect(readTarget('2024-01-05')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('reads levels', () => {
    expect([0, 5, '3', 'Level 2', 'L4', ' 1 '].map(readLevel)).toEqual([0, 5, 3, 2, 4, 1]);
    expect([6, -1, 1.5, '2,0', 'x', null].map(readLevel)).toEqual([null, null, null, null, null, null]);
  });

  it('escapes formula starts and undoes it exactly', () => {
    expect(escapeText('=1+1')).toBe("'=1+1");
    expect(escapeText('-5')).toBe('-5');
    expect(escapeText('+62')).toBe('+62');
    expect(escapeText('-5-3')).toBe("'-5-3");
    expect(escapeText("'=x")).toBe("''=x");
    expect(escapeText('biasa')).toBe('biasa');
    fc.assert(fc.property(fc.string(), (s) => unescapeText(escapeText(s)) === s));
    fc.assert(fc.property(fc.string(), (s) => !/^[=+\-@\t\r]/.test(escapeText(s)) || /^[+-]?\d+(\.\d+)?$/.test(s)));
  });

  it('writes canonical decimals the reader reads back unchanged', () => {
    expect(unambiguousPlain('1.234')).toBe('1.2340');
    expect(unambiguousPlain('0.234')).toBe('0.234');
    fc.assert(fc.property(decimalArb, (d) => {
      const r = parseHumanNumber(unambiguousPlain(d));
      return r.ok && r.value === d;
    }));
  });
});
