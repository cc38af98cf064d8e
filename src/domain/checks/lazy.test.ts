import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { generatePemda } from '../generate';
import { runChecks } from './index';
import { baseNodes, check, checkChanged, docOf, ind0 } from './fixtures';

describe('findings written when read', () => {
  it('serialise like plain findings and keep their texts once written', () => {
    const found = checkChanged((n) => {
      ind0(n, 'C1').realisasiTw = { '2024': [null, null, null, '200'] };
    });
    const f = found.find((x) => x.rule === 'target-too-easy');
    expect(f).toBeDefined();
    const plain = JSON.parse(JSON.stringify(f)) as Record<string, unknown>;
    expect(Object.keys(plain).sort()).toEqual(['fix', 'kode', 'message', 'nodeId', 'numbers', 'rule', 'severity']);
    expect(plain.message).toEqual(f?.message);
    expect(f?.message).toBe(f?.message);
  });

  it('give the same findings when the checker re-runs on unchanged (cached) indicators and nodes', () => {
    const doc = generatePemda({ seed: 7, nodes: 1500 });
    const ev = evaluate(doc, { year: 2024, tw: 2 });
    const text = (fs: ReturnType<typeof runChecks>) => JSON.stringify(fs);
    const first = text(runChecks(doc, ev));
    expect(text(runChecks(doc, ev))).toBe(first);
  });

  it('report quarter targets that add up only after rounding, and not those that add up exactly', () => {
    const nodes = baseNodes();
    const i = ind0(nodes, 'C1');
    i.agregasi = 'kumulatif';
    i.desimal = 1;
    i.targetTw = { '2024': ['12.5', '12.5', '12.5', '12.54'] };
    // 50.04 rounds to the annual 50.0 at one decimal: consistent, though not exactly equal.
    expect(check(docOf(nodes)).filter((f) => f.rule === 'quarter-target-mismatch')).toEqual([]);
    const nodes2 = baseNodes();
    const j = ind0(nodes2, 'C1');
    j.agregasi = 'kumulatif';
    j.targetTw = { '2024': ['12.5', '12.5', '12.5', '12.6'] };
    expect(check(docOf(nodes2)).filter((f) => f.rule === 'quarter-target-mismatch').map((f) => f.numbers.jumlahTw)).toEqual(['50.1']);
  });

  it('normalise sibling names with odd whitespace', () => {
    const found = checkChanged((n) => {
      const c1 = n.C1;
      const c2 = n.C2;
      if (!c1 || !c2) throw new Error('fixture');
      c1.sasaran = 'Data\u00a0ASN  mutakhir';
      c2.sasaran = ' data asn mutakhir\t';
    });
    expect(found.filter((f) => f.rule === 'duplicate-sibling-name').map((f) => f.nodeId)).toEqual(['C2']);
  });
});
