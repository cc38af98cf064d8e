import { describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { runChecks } from './checks';
import type { Finding } from './checks';
import { evaluate } from './evaluate';
import { canAcknowledge, reviewStatus } from './review';

function lumajangFindings(): Finding[] {
  const doc = buildLumajang();
  return runChecks(doc, evaluate(doc, { year: 2024, tw: 1 }));
}

describe('reviewStatus', () => {
  it('is not ready while an error is open, and counts warnings against acknowledgements', () => {
    const findings = lumajangFindings();
    const warning = findings.find((f) => f.rule === 'indicator-missing-target-year' && f.kode === 'lmj-1') as Finding;
    const before = reviewStatus(findings, []);
    expect(before.errors).toBe(1); // composite-mismatch: IP3 stated 4,99, formula 5,00
    expect(before.ready).toBe(false);
    const ack = { key: `${warning.rule}:${warning.kode}`, reason: 'Realisasi menunggu laporan', at: '2024-04-16T00:00:00.000Z' };
    const after = reviewStatus(findings, [ack, { key: 'cycle:gone', reason: 'x', at: ack.at }]);
    expect(after.openWarnings).toBe(before.openWarnings - 1);
    expect(after.acknowledged).toEqual([{ finding: warning, ack }]);
    expect(after.stale.map((a) => a.key)).toEqual(['cycle:gone']);
  });

  it('never lets an acknowledgement hide an error', () => {
    const findings = lumajangFindings();
    const error = findings.find((f) => f.severity === 'error') as Finding;
    expect(canAcknowledge(error)).toBe(false);
    const s = reviewStatus(findings, [{ key: `${error.rule}:${error.kode}`, reason: 'x', at: '' }]);
    expect(s.errors).toBe(1);
    expect(s.ready).toBe(false);
  });

  it('is ready with zero errors, whatever the warnings', () => {
    const findings = lumajangFindings().filter((f) => f.severity !== 'error');
    const s = reviewStatus(findings, []);
    expect(s.ready).toBe(true);
    expect(s.openWarnings).toBeGreaterThan(0);
  });
});
