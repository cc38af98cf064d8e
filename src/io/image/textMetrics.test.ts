import { describe, expect, it } from 'vitest';
import { fitLine, textWidth, wrapLines } from './textMetrics';

describe('text metrics', () => {
  it('measures Inter widths (bold is wider, size scales)', () => {
    const s = 'Meningkatnya Kualitas Sistem Merit ASN';
    // Chromium with the embedded Inter: 19.19 em at 400, 19.95 em at 700.
    expect(Math.abs(textWidth(s, 100) - 1919)).toBeLessThan(20);
    expect(Math.abs(textWidth(s, 100, 700) - 1995)).toBeLessThan(20);
    expect(textWidth(s, 10)).toBeCloseTo(textWidth(s, 100) / 10, 5);
  });

  it('fits a line, cutting with an ellipsis', () => {
    expect(fitLine('pendek', 200, 12)).toBe('pendek');
    const cut = fitLine('Persentase ASN yang mengikuti pelatihan teknis dan fungsional', 120, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(120);
  });

  it('wraps at spaces into at most the given lines', () => {
    const lines = wrapLines('Meningkatnya kualitas pelayanan administrasi kepegawaian dan pengembangan kompetensi aparatur', 220, 13, 600, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Meningkatnya kualitas pelayanan');
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 13, 600)).toBeLessThanOrEqual(220);
  });

  it('keeps short text on one line and normalises spaces', () => {
    expect(wrapLines('  Meningkatnya   ASN\n', 220, 13, 600, 2)).toEqual(['Meningkatnya ASN']);
    expect(wrapLines('', 220, 13, 600, 2)).toEqual([]);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapLines('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b', 100, 13, 600, 3);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13, 600)).toBeLessThanOrEqual(100);
  });

  it('never splits a surrogate pair', () => {
    const line = fitLine('😀😀😀😀😀😀😀😀😀😀😀😀😀😀', 60, 12);
    expect(line.endsWith('…')).toBe(true);
    expect(/[\ud800-\udbff]…$/.test(line)).toBe(false);
  });
});
