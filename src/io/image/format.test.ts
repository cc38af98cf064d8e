import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../domain/numbers';
import { dateTime, pct, roundPlain, rupiah, target, value } from './format';

describe('picture number formatting', () => {
  it('formats Indonesian style', () => {
    expect(pct(new D('91.36'))).toBe('91,36');
    expect(pct(new D('105.835'))).toBe('105,84');
    expect(pct(new D('-0.004'))).toBe('0,00');
    expect(pct(new D('99.995'))).toBe('100,00');
    expect(pct(null)).toBe('—');
    expect(rupiah(new D('1905955200'))).toBe('1.905.955.200');
    expect(rupiah(new D('12233732131.5'))).toBe('12.233.732.132');
    expect(rupiah(new D('-999.5'))).toBe('-1.000');
    expect(value(new D('56.35'))).toBe('56,35');
    expect(value(new D('5413'))).toBe('5.413');
    expect(target('7-8')).toBe('7–8');
    expect(target('1250.5')).toBe('1.250,5');
    expect(target(undefined)).toBe('—');
    expect(dateTime(new Date(2025, 10, 22, 9, 5), 'id')).toBe('22 November 2025 09.05');
  });

  it('rounds exactly as decimal.js ROUND_HALF_UP does, without a sign on zero (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 4 }), (n, scale, places) => {
        const d = new D(n.toString()).div(new D(10).pow(scale));
        // decimal.js keeps a sign on zero ("-0.00"); a picture shows "0,00".
        expect(roundPlain(d.toFixed(), places)).toBe(d.toFixed(places).replace(/^-(0(\.0+)?)$/, '$1'));
      }),
      { numRuns: 500 },
    );
  });
});
