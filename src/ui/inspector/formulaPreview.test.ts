import { describe, expect, it } from 'vitest';
import { evaluate } from '../../domain/evaluate';
import { sampleDoc } from '../table/testDoc';
import { previewFormula, variableValue } from './formulaPreview';

describe('previewFormula', () => {
  const doc = sampleDoc();
  const ev = evaluate(doc, { year: 2024, tw: 1 });
  const ind = { variabel: {}, desimal: 2 };
  it('computes a formula over other indicators’ aliases', () => {
    const p = previewFormula('IP1 + IP2', ind, ev);
    expect(p.kind).toBe('value');
    if (p.kind === 'value') expect(p.value?.toString()).toBe('37.49');
  });
  it('reports syntax errors and unknown names with their position', () => {
    const p = previewFormula('IP1 + ', ind, ev);
    expect(p.kind).toBe('error');
    const u = previewFormula('IP1 + IPX', ind, ev);
    expect(u).toMatchObject({ kind: 'error', error: { kind: 'unknown-name', position: 6, name: 'IPX' } });
    expect(previewFormula('   ', ind, ev)).toEqual({ kind: 'empty' });
  });
  it('reads the indicator’s own variables per period and rounds to its decimals', () => {
    const own = { variabel: { S3: { '2024': '1', '2024-TW1': '2' }, N: { '2024': '3' } }, desimal: 2 };
    const p = previewFormula('S3 / N', own, ev);
    expect(p).toMatchObject({ kind: 'value' });
    if (p.kind === 'value') expect(p.rounded?.toString()).toBe('0.67');
    expect(variableValue({ '2024-TW1': '5' }, 2024, 3)?.toString()).toBe('5');
    expect(variableValue({ '2024': '7' }, 2024, 2)?.toString()).toBe('7');
    expect(variableValue({}, 2024, 2)).toBeNull();
  });
  it('says which inputs have no value in the period', () => {
    const own = { variabel: { A: { '2025': '1' } }, desimal: 2 };
    expect(previewFormula('A + 1', own, ev)).toMatchObject({ kind: 'value', value: null, missing: ['A'] });
  });
});
