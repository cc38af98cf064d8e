import { describe, expect, it } from 'vitest';
import { D } from './numbers';
import { addRupiah, compareRupiah, parseRupiah, rupiahRatio, rupiahUpToQuarter, toDec } from './rupiah';

describe('rupiah amounts', () => {
  it('reads short whole numbers as numbers and anything else as Decimals', () => {
    expect(parseRupiah('1905955200')).toBe(1905955200);
    expect(parseRupiah('0')).toBe(0);
    expect(parseRupiah('-250')).toBe(-250);
    // Sixteen digits, a fraction, a signed zero and leading zeros are left to decimal.js.
    for (const s of ['1234567890123456', '100.5', '-0', '007', '+5']) expect(typeof parseRupiah(s)).not.toBe('number');
    expect(toDec(parseRupiah('1234567890123456') as never).toFixed()).toBe('1234567890123456');
    expect(parseRupiah('')).toBeNull();
    expect(parseRupiah(null)).toBeNull();
    expect(parseRupiah('abc')).toBeNull();
  });

  it('adds exactly, leaving the safe-integer range for a Decimal', () => {
    expect(addRupiah(null, 5)).toBe(5);
    expect(addRupiah(5, null)).toBe(5);
    expect(addRupiah(2, 3)).toBe(5);
    const big = addRupiah(Number.MAX_SAFE_INTEGER, 10);
    expect(typeof big).not.toBe('number');
    expect(toDec(big as never).toFixed()).toBe(new D(Number.MAX_SAFE_INTEGER).plus(10).toFixed());
    expect(toDec(addRupiah(new D('0.5'), 2) as never).toFixed()).toBe('2.5');
  });

  it('sums quarters up to the triwulan like the decimal version', () => {
    expect(rupiahUpToQuarter(['100', null, '50', '7'], 3)).toBe(150);
    expect(rupiahUpToQuarter([null, null, '1', '1'], 2)).toBeNull();
    expect(rupiahUpToQuarter(undefined, 4)).toBeNull();
    expect(toDec(rupiahUpToQuarter(['9007199254740991', '1', null, null], 2) as never).toFixed()).toBe('9007199254740992');
  });

  it('compares and divides', () => {
    expect(compareRupiah(3, 5)).toBe(-1);
    expect(compareRupiah(new D('5.5'), 5)).toBe(1);
    expect(compareRupiah(7, new D(7))).toBe(0);
    expect(rupiahRatio(50, 200)?.toFixed()).toBe('25');
    expect(rupiahRatio(50, 0)).toBeNull();
    expect(rupiahRatio(null, 10)).toBeNull();
  });
});
