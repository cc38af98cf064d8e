import { describe, expect, it } from 'vitest';
import { sampleDoc } from '../table/testDoc';
import { candidatesOfLevel, filterCandidates } from './nodeSearch';

describe('node search', () => {
  const doc = sampleDoc();
  it('lists one level sorted by kode and matches every word of kode or text', () => {
    const list = candidatesOfLevel(doc.nodes, 3);
    expect(list.map((c) => c.id)).toEqual(['c', 'd']);
    expect(filterCandidates(list, 'kompetensi', new Set()).map((c) => c.id)).toEqual(['d']);
    expect(filterCandidates(list, '1.01.01', new Set()).map((c) => c.id)).toEqual(['c']);
    expect(filterCandidates(list, 'asn meningkatnya', new Set(['c'])).map((c) => c.id)).toEqual(['d']);
    expect(filterCandidates(list, '', new Set(), 1)).toHaveLength(1);
  });
});
