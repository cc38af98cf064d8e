import { describe, expect, it } from 'vitest';
import { compareDecimal, parseIntegerInput, parseNumberInput, parseTargetInput } from './parse';

describe('parseNumberInput', () => {
  it.each([
    ['1.905.955.200', '1905955200'],
    ['91,36', '91.36'],
    ['91.36', '91.36'],
    ['8.328.663.601,00', '8328663601'],
    ['  12 ', '12'],
    ['105,84%', '105.84'],
    ['-0,5', '-0.5'],
    ['', null],
    ['   ', null],
  ])('%s → %s', (text, value) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value });
  });
  it('refuses an ambiguous number and names both readings', () => {
    expect(parseNumberInput('1.234')).toEqual({ ok: false, key: 'errAmbiguous', vars: { text: '1.234', thousands: '1234', decimal: '1,234' } });
  });
  it('refuses text that is not a number', () => {
    expect(parseNumberInput('dua')).toEqual({ ok: false, key: 'errNotNumber', vars: { text: 'dua' } });
    expect(parseNumberInput('1.23.4')).toMatchObject({ ok: false, key: 'errNotNumber' });
  });
});

describe('parseTargetInput', () => {
  it.each([
    ['7-8', '7-8'],
    ['7–8', '7-8'],
    ['7 — 8', '7-8'],
    ['8 - 7', '7-8'],
    ['7 s/d 8', '7-8'],
    ['7,5-8,25', '7.5-8.25'],
    ['5-5', '5'],
    ['56,35', '56.35'],
    ['-5', '-5'],
    ['1.000.000', '1000000'],
    ['', null],
  ])('%s → %s', (text, value) => {
    expect(parseTargetInput(text)).toEqual({ ok: true, value });
  });
  it('names the problem', () => {
    expect(parseTargetInput('tujuh')).toMatchObject({ ok: false, key: 'errNotTarget' });
    expect(parseTargetInput('7-x')).toMatchObject({ ok: false, key: 'errNotTarget' });
    expect(parseTargetInput('1.234-2.000')).toMatchObject({ ok: false, key: 'errAmbiguous' });
  });
});

describe('helpers', () => {
  it('compares canonical decimals exactly', () => {
    expect(compareDecimal('7', '8')).toBe(-1);
    expect(compareDecimal('10', '9')).toBe(1);
    expect(compareDecimal('0.5', '0.50')).toBe(0);
    expect(compareDecimal('-2', '1')).toBe(-1);
    expect(compareDecimal('-2', '-10')).toBe(1);
    expect(compareDecimal('123456789012345678901234.5', '123456789012345678901234.49')).toBe(1);
  });
  it('reads whole numbers in a range', () => {
    expect(parseIntegerInput('3', 0, 10)).toEqual({ ok: true, value: 3 });
    expect(parseIntegerInput('11', 0, 10)).toMatchObject({ ok: false });
  });
});
