import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePlainText, isTargetText, parseTarget } from './capaian';
import { D, compareDec, dec } from './numbers';

/** Plain decimals the way people and files write them: signs, leading and trailing zeros, -0. */
const plainArb = fc
  .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{1,22}$/), fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }))
  .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);
const textArb = fc.oneof(plainArb, fc.tuple(plainArb, plainArb).map(([a, b]) => `${a}-${b}`), fc.string({ maxLength: 8 }), fc.constantFrom('', '.5', '5.', '1-', '-', '1..2', '1 2', '1,5'));

/** The stored target's definition as a pattern, read with decimal.js: what parseTarget must return. */
function referenceTarget(s: string): { lo: string; hi: string } | null {
  const m = /^([+-]?\d+(?:\.\d+)?)(?:-([+-]?\d+(?:\.\d+)?))?$/.exec(s);
  if (!m || m[1] === undefined) return null;
  const a = new D(m[1]);
  const b = m[2] === undefined ? a : new D(m[2]);
  const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
  return { lo: JSON.stringify([lo.s, lo.e, lo.d]), hi: JSON.stringify([hi.s, hi.e, hi.d]) };
}

describe('parseTarget', () => {
  it('reads a value or a range as the pattern and decimal.js do', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const t = parseTarget(s);
        expect(t === null ? null : { lo: JSON.stringify([t.lo.s, t.lo.e, t.lo.d]), hi: JSON.stringify([t.hi.s, t.hi.e, t.hi.d]) }).toEqual(referenceTarget(s));
      }),
      { numRuns: 3000 },
    );
    const single = parseTarget('56.35');
    expect(single?.lo).toBe(single?.hi);
    expect(parseTarget('8-7')?.lo.toFixed()).toBe('7');
  });
});

describe('reading targets from their text without decimals', () => {
  it('says a text is a target exactly when parseTarget reads one', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        expect(isTargetText(s)).toBe(parseTarget(s) !== null);
      }),
      { numRuns: 3000 },
    );
  });

  it('compares two plain decimals exactly as decimal.js does', () => {
    fc.assert(
      fc.property(plainArb, plainArb, (a, b) => {
        const da = dec(a.startsWith('+') ? a.slice(1) : a);
        const db = dec(b.startsWith('+') ? b.slice(1) : b);
        fc.pre(da !== null && db !== null);
        expect(comparePlainText(a, b)).toBe(compareDec(da as NonNullable<typeof da>, db as NonNullable<typeof db>));
      }),
      { numRuns: 3000 },
    );
    expect(comparePlainText('-0', '0')).toBe(0);
    expect(comparePlainText('007.50', '7.5')).toBe(0);
    expect(comparePlainText('1-2', '1')).toBeNaN();
  });
});
