import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, dec, fromPlain, quotient, sumPlainTexts } from './numbers';
import type { Dec } from './numbers';

/** What decimal.js keeps of a value: sign, exponent and digit words. */
const fields = (d: Dec | null): unknown => (d === null ? null : { s: d.s, e: d.e, d: [...d.d] });

describe('fromPlain', () => {
  it('builds the same Decimal as decimal.js for hand-picked texts', () => {
    const texts = ['0', '-0', '+0', '0.000', '-0.0', '1', '+7', '-12', '100', '1000000', '10000000', '9999999', '12345678', '0.001', '0.0000001', '0.00000001', '0.1', '1.5', '123.45', '1234567.1234567', '00012.3400', '-000.000500', '1905955200', '8328663601.00', '12345678901234567890.5', '99.999999999999999999999999999999999999999999'];
    for (const t of texts) expect(fields(fromPlain(t)), t).toEqual(fields(new D(t)));
  });

  it('refuses what is not a plain decimal', () => {
    for (const t of ['', '-', '+', '.', '.5', '5.', '1.2.3', '1e5', '1,5', ' 1', '1 ', '--1', '+-1', 'abc', '1_000', 'Infinity', 'NaN', '0x10']) expect(fromPlain(t), t).toBeNull();
  });

  it('agrees with decimal.js on random plain decimals, and keeps the instance usable', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '0', '0', '1', '2', '5', '7', '9'), minLength: 1, maxLength: 30 });
    const text = fc.tuple(fc.constantFrom('', '-', '+'), digits, fc.option(digits, { nil: undefined })).map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(text, (t) => {
        const fast = fromPlain(t) as Dec;
        const slow = new D(t);
        expect(fields(fast)).toEqual(fields(slow));
        // Arithmetic on the fast one gives decimal.js's own results.
        expect(fast.div(7).plus(1).toFixed()).toBe(slow.div(7).plus(1).toFixed());
        expect(fast instanceof D).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('falls back to decimal.js for very long texts', () => {
    const t = `1${'0'.repeat(70)}.5`;
    expect(fields(fromPlain(t))).toEqual(fields(new D(t)));
    expect(fromPlain(`1${'0'.repeat(70)}x`)).toBeNull();
  });

  it('is what dec() returns', () => {
    expect(fields(dec('-0012.500'))).toEqual(fields(new D('-12.5')));
    expect(dec('1,5')).toBeNull();
  });
});

describe('quotient', () => {
  const slow = (a: Dec, b: Dec, shift: number): Dec => (shift === 0 ? a.div(b) : a.div(b).times(new D(10).pow(shift)));

  it('divides as decimal.js does for hand-picked operands', () => {
    const pairs: [string, string][] = [
      ['1', '3'], ['2', '3'], ['-2', '3'], ['2', '-3'], ['1', '1'], ['100', '4'], ['48.2', '56.35'], ['0.0001', '3'],
      ['99999999999999', '1'], ['1', '99999999999999'], ['99999999999999', '99999999999998'], ['5', '0.0000007'],
      ['1', '7'], ['22', '7'], ['0.5', '2'], ['1000000', '1000000'], ['10000000', '1'], ['123.456', '0.001'],
      // Rounding at the 40th digit carries through a run of nines.
      ['9999999', '9999998'], ['1', '9'], ['8', '9'], ['1', '0.6666667'],
    ];
    for (const [x, y] of pairs)
      for (const shift of [0, 2]) {
        const a = new D(x);
        const b = new D(y);
        expect(fields(quotient(a, b, shift)), `${x} / ${y} × 10^${shift}`).toEqual(fields(slow(a, b, shift)));
      }
  });

  it('leaves zero, long operands and division by zero to decimal.js', () => {
    const pairs: [string, string][] = [['0', '3'], ['-0', '3'], ['3', '0'], ['1.23456789012345678', '3'], ['3', '12345678901234.5678']];
    for (const [x, y] of pairs) {
      const a = new D(x);
      const b = new D(y);
      expect(quotient(a, b, 2).toString(), `${x} / ${y}`).toBe(slow(a, b, 2).toString());
    }
  });

  it('agrees with decimal.js on random operands, and its results calculate as decimal.js results do', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '6', '7', '9', '9'), minLength: 1, maxLength: 9 });
    const text = fc.tuple(fc.constantFrom('', '-'), digits, fc.option(digits, { nil: undefined })).map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(text, text, fc.constantFrom(0, 2), (x, y, shift) => {
        const a = new D(x);
        const b = new D(y);
        fc.pre(!b.isZero());
        const fast = quotient(a, b, shift);
        const exact = slow(a, b, shift);
        expect(fields(fast)).toEqual(fields(exact));
        expect(fast.plus(1).div(3).toFixed()).toBe(exact.plus(1).div(3).toFixed());
        expect(fast instanceof D).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sumPlainTexts', () => {
  /** The sum decimal.js gives: the values present, added in order; null when there is none. */
  const slow = (values: readonly (string | null)[], count: number): Dec | null => {
    let acc: Dec | null = null;
    for (const v of values.slice(0, count)) if (v) acc = acc === null ? new D(v) : acc.plus(v);
    return acc;
  };

  it('adds as decimal.js does, and declines what safe integers cannot hold', () => {
    expect(fields(sumPlainTexts(['25', '25.5', null, '0.125'], 4) ?? null)).toEqual(fields(slow(['25', '25.5', null, '0.125'], 4)));
    expect(fields(sumPlainTexts(['-5', '5'], 2) ?? null)).toEqual(fields(new D(0)));
    expect(fields(sumPlainTexts(['0.001', '-0.004'], 2) ?? null)).toEqual(fields(new D('-0.003')));
    expect(sumPlainTexts([null, null, '7'], 2)).toBeNull();
    expect(sumPlainTexts([], 4)).toBeNull();
    expect(fields(sumPlainTexts(['999999999999999', '999999999999999', '999999999999999', '999999999999999'], 4) ?? null)).toEqual(fields(new D('3999999999999996')));
    // Ranges, numbers past 15 digits, negative zeros, more than five terms, past 2^53 at a common scale.
    const declined = [['7-8', '1'], ['1234567890123456', '1'], ['-0', '-0'], ['5', '-0.0'], ['1', '1', '1', '1', '1', '1'], ['999999999999999', '0.1']];
    for (const values of declined) expect(sumPlainTexts(values, 6), values.join(' + ')).toBeUndefined();
  });

  it('agrees with decimal.js field by field on random quarters', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '0', '1', '2', '5', '7', '9'), minLength: 1, maxLength: 9 });
    const text = fc.tuple(fc.constantFrom('', '', '-'), digits, fc.option(digits, { nil: undefined })).map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(fc.array(fc.option(text, { nil: null }), { minLength: 0, maxLength: 4 }), fc.integer({ min: 1, max: 4 }), (values, count) => {
        const fast = sumPlainTexts(values, count);
        if (fast === undefined) return;
        expect(fields(fast)).toEqual(fields(slow(values, count)));
        if (fast) expect(fast.div(3).toFixed()).toBe((slow(values, count) as Dec).div(3).toFixed());
      }),
      { numRuns: 5000 },
    );
  });
});
