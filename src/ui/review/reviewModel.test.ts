import { describe, expect, it } from 'vitest';
import { runChecks } from '../../domain/checks';
import type { Finding } from '../../domain/checks';
import { evaluate } from '../../domain/evaluate';
import { buildSumenep } from '../../samples/sumenep';
import { NO_REVIEW_FILTER, filterOptions, groupFindings, numberLabel, ruleOptions, shownNumbers } from './reviewModel';

function sumenep() {
  const doc = buildSumenep();
  return { doc, findings: runChecks(doc, evaluate(doc, { year: 2024, tw: 1 })) };
}

describe('groupFindings', () => {
  it('groups by severity, errors first, then by rule with counts', () => {
    const { doc, findings } = sumenep();
    const groups = groupFindings(findings, doc.nodes, [], NO_REVIEW_FILTER);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning']);
    const errors = groups[0];
    expect(errors?.rules.map((r) => [r.rule, r.items.length])).toEqual([['missing-sasaran', 61]]);
    expect(groups.reduce((s, g) => s + g.total, 0)).toBe(findings.length);
  });

  it('counts acknowledged warnings apart and hides them on request', () => {
    const { doc, findings } = sumenep();
    const w = findings.find((f) => f.rule === 'rollup-divergence') as Finding;
    const acks = [{ key: `${w.rule}:${w.kode}`, reason: 'Indikator program masih diukur', at: '2024-04-16T00:00:00.000Z' }];
    const shown = groupFindings(findings, doc.nodes, acks, NO_REVIEW_FILTER);
    const rule = shown.flatMap((g) => g.rules).find((r) => r.rule === 'rollup-divergence');
    expect([rule?.open, rule?.acked]).toEqual([4, 1]);
    expect(rule?.items.find((i) => i.ack)?.finding).toBe(w);
    const hidden = groupFindings(findings, doc.nodes, acks, { ...NO_REVIEW_FILTER, showAck: false });
    expect(hidden.flatMap((g) => g.rules).find((r) => r.rule === 'rollup-divergence')?.items).toHaveLength(4);
  });

  it('filters by rule, level and penanggung jawab', () => {
    const { doc, findings } = sumenep();
    const byRule = groupFindings(findings, doc.nodes, [], { ...NO_REVIEW_FILTER, rule: 'rollup-divergence' });
    expect(byRule.flatMap((g) => g.rules.map((r) => r.rule))).toEqual(['rollup-divergence']);
    const byLevel = groupFindings(findings, doc.nodes, [], { ...NO_REVIEW_FILTER, level: 2 });
    for (const g of byLevel) for (const r of g.rules) for (const i of r.items) expect(doc.nodes[i.finding.nodeId ?? '']?.level).toBe(2);
    const { pjs, levels } = filterOptions(findings, doc.nodes);
    expect(levels).toEqual([0, 1, 2, 3, 4]);
    const pj = pjs.find((p) => p === 'Sekretariat') ?? (pjs[0] as string);
    const byPj = groupFindings(findings, doc.nodes, [], { ...NO_REVIEW_FILTER, pj });
    for (const g of byPj) for (const r of g.rules) for (const i of r.items) expect(doc.nodes[i.finding.nodeId ?? '']?.penanggungJawab).toBe(pj);
    expect(byPj.length).toBeGreaterThan(0);
  });
});

describe('options and numbers', () => {
  it('lists the rules present, errors first', () => {
    const { findings } = sumenep();
    const rules = ruleOptions(findings);
    expect(rules[0]).toBe('missing-sasaran');
    expect(new Set(rules)).toEqual(new Set(findings.map((f) => f.rule)));
  });

  it('labels finding numbers in words and hides internal ids', () => {
    expect(numberLabel('jumlahAnak')).toBe('jumlah anak');
    expect(numberLabel('targetTw4')).toBe('target tw 4');
    const f = { numbers: { indikatorId: 'i1', selisih: '12000' } } as unknown as Finding;
    expect(shownNumbers(f)).toEqual([['selisih', '12000']]);
  });
});
