import { describe, expect, it } from 'vitest';
import { DEFAULT_PREDIKAT } from '../../domain/model';
import { core } from '../i18n/core';
import { panels } from '../i18n/panels';
import { predikatTone, reasonKey, testKey, twVars } from './display';

describe('display helpers', () => {
  it('spreads a predikat scale over five tones, best first', () => {
    expect(DEFAULT_PREDIKAT.map((b) => predikatTone(b.label, DEFAULT_PREDIKAT))).toEqual([0, 1, 2, 3, 4]);
    const three = [
      { min: '80', label: 'Baik' },
      { min: '60', label: 'Cukup' },
      { min: null, label: 'Kurang' },
    ];
    expect(three.map((b) => predikatTone(b.label, three))).toEqual([0, 2, 4]);
    expect(predikatTone('Lain', three)).toBeNull();
    expect(predikatTone(null, three)).toBeNull();
  });
  it('keys nodes by kode, else id', () => {
    expect(testKey({ id: 'n1', kode: ' 1.01 ' })).toBe('1.01');
    expect(testKey({ id: 'n1', kode: '' })).toBe('n1');
  });
  it('maps every reason to a string and quarters to both numberings', () => {
    expect(reasonKey('no-target')).toBe('reasonNoTarget');
    expect(reasonKey(null)).toBe('reasonUnknown');
    expect(twVars(3)).toEqual({ tw: 'III', q: 3 });
  });
});

describe('panel strings', () => {
  it('do not shadow the shell’s keys and are bilingual', () => {
    for (const key of Object.keys(panels)) expect(key in core, key).toBe(false);
    for (const [key, s] of Object.entries(panels)) {
      expect(s.id.trim(), key).not.toBe('');
      expect(s.en.trim(), key).not.toBe('');
    }
  });
});
