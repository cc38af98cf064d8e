import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget, targetUpToQuarter, upToQuarter } from './capaian';
import type { Target } from './capaian';
import type { Agregasi } from './model';
import { dec } from './numbers';
import type { Dec } from './numbers';

/** The definitions, quarter by quarter from TW I: kumulatif adds the values present, nilai akhir keeps the latest. */
function reference(values: readonly (string | null)[], tw: number, agregasi: Agregasi): Dec | null {
  let acc: Dec | null = null;
  for (let i = 0; i < tw && i < values.length; i++) {
    const v = dec(values[i]);
    if (v !== null) acc = agregasi === 'kumulatif' && acc !== null ? acc.plus(v) : v;
  }
  return acc;
}
function referenceTarget(values: readonly (string | null)[], tw: number, agregasi: Agregasi): Target | null {
  let acc: Target | null = null;
  for (let i = 0; i < tw && i < values.length; i++) {
    const t = parseTarget(values[i]);
    if (t) acc = agregasi === 'kumulatif' && acc !== null ? { lo: acc.lo.plus(t.lo), hi: acc.hi.plus(t.hi) } : t;
  }
  return acc;
}

const fields = (d: Dec | null): unknown => (d === null ? null : { s: d.s, e: d.e, d: [...d.d] });
const targetFields = (t: Target | null): unknown => (t === null ? null : { lo: fields(t.lo), hi: fields(t.hi) });

describe('values and targets up to a quarter', () => {
  const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), minLength: 1, maxLength: 18 });
  const plain = fc.tuple(fc.constantFrom('', '', '-'), digits, fc.option(digits, { nil: undefined })).map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);
  const target = fc.oneof(plain, fc.tuple(plain, plain).map(([a, b]) => `${a}-${b}`), fc.constantFrom('', 'x', '-0'));
  const quarters = <T>(item: fc.Arbitrary<T>) => fc.array(fc.option(item, { nil: null }), { minLength: 0, maxLength: 4 });
  const agregasi = fc.constantFrom<Agregasi>('kumulatif', 'nilai_akhir');

  it('combine realisations as the quarter-by-quarter definition does', () => {
    fc.assert(
      fc.property(quarters(fc.oneof(plain, fc.constantFrom('', '-0', '1e5'))), fc.integer({ min: 0, max: 4 }), agregasi, (values, tw, kind) => {
        expect(fields(upToQuarter(values, tw, kind))).toEqual(fields(reference(values, tw, kind)));
      }),
      { numRuns: 3000 },
    );
  });

  it('combine targets, ranges bound by bound, as the definition does', () => {
    fc.assert(
      fc.property(quarters(target), fc.integer({ min: 0, max: 4 }), agregasi, (values, tw, kind) => {
        expect(targetFields(targetUpToQuarter(values, tw, kind))).toEqual(targetFields(referenceTarget(values, tw, kind)));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a sum of single targets a single value', () => {
    const t = targetUpToQuarter(['25', '25.5', '30', '19.5'], 3, 'kumulatif') as Target;
    expect(t.lo).toBe(t.hi);
    expect(t.lo.toFixed()).toBe('80.5');
    const range = targetUpToQuarter(['7-8', '1', null, null], 2, 'kumulatif') as Target;
    expect([range.lo.toFixed(), range.hi.toFixed()]).toEqual(['8', '9']);
  });
});
