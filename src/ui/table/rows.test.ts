import { describe, expect, it } from 'vitest';
import { buildTreeIndex } from '../../domain/tree';
import { testKey } from '../fields/display';
import { buildTableRows, firstRowIndex, structureStamp } from './rows';
import { sampleDoc } from './testDoc';

describe('buildTableRows', () => {
  it('lists nodes depth first, one row per indicator, node cells on the first row', () => {
    const doc = sampleDoc();
    const rows = buildTableRows(doc.nodes, buildTreeIndex(doc.nodes));
    expect(rows.map((r) => [r.nodeId, r.ind, r.first])).toEqual([
      ['a', -1, true],
      ['b', 0, true],
      ['b', 1, false],
      ['c', 0, true],
      ['d', 0, true],
      ['e', -1, true],
    ]);
    expect(rows.map((r) => `row-${testKey(doc.nodes[r.nodeId]!)}${r.testSuffix}`)).toEqual(['row-1', 'row-1.01', 'row-1.01-ind1', 'row-1.01.01', 'row-1.01.02', 'row-e']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(firstRowIndex(rows).get('d')).toBe(4);
  });

  it('stamps the structure: nodes and indicators added or removed, not values edited', () => {
    const doc = sampleDoc();
    const before = structureStamp(doc.nodes);
    expect(structureStamp({ ...doc.nodes, c: { ...doc.nodes.c!, sasaran: 'lain' } })).toBe(before);
    expect(structureStamp({ ...doc.nodes, c: { ...doc.nodes.c!, indicators: [] } })).not.toBe(before);
  });

  it('keeps nodes on a parent cycle (unreachable from a root) at the end', () => {
    const doc = sampleDoc();
    (doc.nodes.a as { parentId: string | null }).parentId = 'c';
    const rows = buildTableRows(doc.nodes, buildTreeIndex(doc.nodes));
    expect(new Set(rows.map((r) => r.nodeId))).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
  });

  it('builds 20,000 rows quickly enough to rebuild on every edit', () => {
    const doc = sampleDoc();
    const base = doc.nodes.c;
    for (let i = 0; i < 20_000; i++) doc.nodes[`x${i}`] = { ...base!, id: `x${i}`, kode: `9.${i}`, parentId: 'e', order: i };
    const index = buildTreeIndex(doc.nodes);
    const rows = buildTableRows(doc.nodes, index);
    expect(rows.length).toBe(20_006);
  });
});
