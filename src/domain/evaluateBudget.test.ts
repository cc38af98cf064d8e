import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { makeNode, makeProject } from './model';
import type { Anggaran, KDocument, KNode } from './model';
import { D } from './numbers';

function docOf(nodes: KNode[]): KDocument {
  const project = makeProject({ id: 'p', periodeAwal: 2024, periodeAkhir: 2024, tahun: 2024 });
  return { schemaVersion: 1, project, nodes: Object.fromEntries(nodes.map((n) => [n.id, n])), acknowledgements: [] };
}
const budget = (pagu: string | null, realisasi: (string | null)[] = [null, null, null, null]): Anggaran => ({ pagu: pagu === null ? {} : { '2024': pagu }, rencanaTw: { '2024': realisasi }, realisasiTw: { '2024': realisasi } });

describe('budget roll-up (exact integers, Decimals beyond them)', () => {
  it('sums amounts past the safe-integer range exactly', () => {
    const big = '9007199254740991';
    const ev = evaluate(
      docOf([
        makeNode({ id: 'R', level: 0 }),
        makeNode({ id: 'a', level: 1, parentId: 'R', order: 1, anggaran: budget(big, [big, '1', null, null]) }),
        makeNode({ id: 'b', level: 1, parentId: 'R', order: 2, anggaran: budget('2.5', ['0.5', null, null, null]) }),
        makeNode({ id: 'c', level: 1, parentId: 'R', order: 3, anggaran: budget('1000') }),
      ]),
      { year: 2024, tw: 2 },
    );
    const r = ev.results.get('R');
    expect(r?.paguChildren?.toFixed()).toBe(new D(big).plus('2.5').plus(1000).toFixed());
    expect(r?.pagu?.toFixed()).toBe('9007199254741993.5');
    expect(r?.paguEntered).toBeNull();
    expect(r?.realisasiAnggaran?.toFixed()).toBe(new D(big).plus(1).plus('0.5').toFixed());
    expect(r?.capaianAnggaran?.toFixed()).toBe(new D(big).plus('1.5').div(new D(big).plus('1002.5')).times(100).toFixed());
    expect(r?.rencanaAnggaran?.eq(r.realisasiAnggaran as never)).toBe(true);
    expect(r?.capaianRencana?.toFixed()).toBe('100');
    // Read twice: the same Decimal.
    expect(r?.pagu).toBe(r?.pagu);
    const c = ev.results.get('c');
    expect(c?.pagu?.toFixed()).toBe('1000');
    expect(c?.realisasiAnggaran).toBeNull();
    expect(c?.capaianAnggaran).toBeNull();
    expect(c?.efisiensi).toBeNull();
  });
});
