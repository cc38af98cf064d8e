import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, compareDec } from './numbers';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.integer({ min: 0, max: 30 }))
  .map(([neg, digits, places]) => {
    const s = digits.toString().padStart(places + 1, '0');
    const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
    return (neg ? '-' : '') + text;
  });

describe('compareDec', () => {
  it('agrees with decimal.js cmp', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = new D(a);
        const y = new D(b);
        expect(compareDec(x, y)).toBe(x.cmp(y));
        expect(compareDec(x, new D(a))).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles zeros, signs, results of arithmetic and different lengths', () => {
    const cases: [string, string][] = [['0', '-0'], ['0', '5'], ['-5', '0'], ['1', '1.0000001'], ['-1', '-1.0000001'], ['100', '99.99999999999'], ['1e-20', '0']];
    for (const [a, b] of cases) {
      expect(compareDec(new D(a), new D(b))).toBe(new D(a).cmp(b));
      expect(compareDec(new D(b), new D(a))).toBe(new D(b).cmp(a));
    }
    const third = new D(1).div(3);
    expect(compareDec(third.times(3), new D(1))).toBe(third.times(3).cmp(1));
  });
});
