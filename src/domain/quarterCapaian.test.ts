import { describe, expect, it } from 'vitest';
import { evaluate, quarterCapaian } from './evaluate';
import { makeIndicator, makeNode, makeProject } from './model';
import type { KDocument, KNode } from './model';
import { toCanonical } from './numbers';
import type { Dec } from './numbers';

function doc(nodes: KNode[], settings: Partial<KDocument['project']['settings']> = {}): KDocument {
  const project = makeProject({ id: 'p', periodeAwal: 2024, periodeAkhir: 2026, tahun: 2024 });
  return { schemaVersion: 1, project: { ...project, settings: { ...project.settings, ...settings } }, nodes: Object.fromEntries(nodes.map((n) => [n.id, n])), acknowledgements: [] };
}

/** A kumulatif indicator with an annual target of 100 and quarter targets of 25, `done` in each of TW I and II. */
const kumulatif = (id: string, done: string) =>
  makeIndicator({ id, nama: id, agregasi: 'kumulatif', target: { '2024': '100' }, targetTw: { '2024': ['25', '25', '25', '25'] }, realisasiTw: { '2024': [done, done, null, null] } });
/** A nilai akhir indicator with an annual target of 10 and a TW II target of `twTarget` (none when null). */
const nilaiAkhir = (id: string, value: string, twTarget: string | null = '8') =>
  makeIndicator({
    id,
    nama: id,
    agregasi: 'nilai_akhir',
    target: { '2024': '10' },
    ...(twTarget ? { targetTw: { '2024': ['4', twTarget, '9', '10'] } } : {}),
    realisasiTw: { '2024': [null, value, null, null] },
  });

const text = (d: Dec | null): string | null => (d ? toCanonical(d.toDecimalPlaces(4)) : null);
const at = (d: KDocument, id: string) => {
  const q = quarterCapaian(evaluate(d, { year: 2024, tw: 2 }))(id);
  return { own: text(q.own), rollup: text(q.rollup) };
};

describe('capaian against the quarter targets', () => {
  it("is the mean of the indicators' capaianTw, and the roll-up the mean of the children's", () => {
    const d = doc([
      makeNode({ id: 'p', level: 2, kode: '1', indicators: [kumulatif('ip', '20'), kumulatif('iq', '25')] }),
      makeNode({ id: 'a', level: 3, parentId: 'p', kode: '1.1', indicators: [nilaiAkhir('ia', '8')] }),
      makeNode({ id: 'b', level: 3, parentId: 'p', kode: '1.2', indicators: [nilaiAkhir('ib', '6')] }),
      // No indicator: counts with its children's roll-up, as on the annual basis.
      makeNode({ id: 'c', level: 3, parentId: 'p', kode: '1.3' }),
      makeNode({ id: 'c1', level: 4, parentId: 'c', kode: '1.3.1', indicators: [nilaiAkhir('ic1', '4')] }),
    ]);
    // p: (40/50 + 50/50) / 2 = 90%; a 100%, b 75%, c = c1 = 50%.
    expect(at(d, 'p')).toEqual({ own: '90', rollup: '75' });
    expect(at(d, 'c')).toEqual({ own: null, rollup: '50' });
    expect(at(d, 'a')).toEqual({ own: '100', rollup: null });
  });

  it('leaves out a child with its own capaian but no quarter targets, instead of taking its children', () => {
    const d = doc([
      makeNode({ id: 'p', level: 2, kode: '1', indicators: [kumulatif('ip', '25')] }),
      makeNode({ id: 'a', level: 3, parentId: 'p', kode: '1.1', indicators: [nilaiAkhir('ia', '8')] }),
      makeNode({ id: 'b', level: 3, parentId: 'p', kode: '1.2', indicators: [nilaiAkhir('ib', '2', null)] }),
      makeNode({ id: 'b1', level: 4, parentId: 'b', kode: '1.2.1', indicators: [nilaiAkhir('ib1', '2')] }),
    ]);
    expect(at(d, 'p')).toEqual({ own: '100', rollup: '100' });
    expect(at(d, 'b')).toEqual({ own: null, rollup: '25' });
  });

  it('weighs the children as the roll-up does, crosscutting contributors with their link bobot', () => {
    const nodes = [
      makeNode({ id: 'p', level: 2, kode: '1' }),
      makeNode({ id: 'q', level: 2, kode: '2' }),
      makeNode({ id: 'a', level: 3, parentId: 'p', kode: '1.1', bobot: '3', indicators: [nilaiAkhir('ia', '8')] }),
      makeNode({ id: 'b', level: 3, parentId: 'p', kode: '1.2', bobot: '1', indicators: [nilaiAkhir('ib', '4')] }),
      makeNode({ id: 'x', level: 3, parentId: 'q', kode: '2.1', crosscutting: [{ parentId: 'p', bobot: '4' }], indicators: [nilaiAkhir('ix', '2')] }),
    ];
    // Unweighted: (100 + 50 + 25) / 3; weighted: (3×100 + 1×50 + 4×25) / 8.
    expect(at(doc(nodes), 'p').rollup).toBe('58.3333');
    expect(at(doc(nodes, { rollupBerbobot: true }), 'p').rollup).toBe('56.25');
    const ev = evaluate(doc(nodes, { rollupBerbobot: true }), { year: 2024, tw: 2 });
    // The same contributors and weights as the annual roll-up (there: 80, 40 and 20%).
    expect(ev.results.get('p')?.rollupIncluded).toEqual(['a', 'b', 'x']);
    expect(text(ev.results.get('p')?.capaianTurunan ?? null)).toBe('45');
  });

  it('ends on a crosscutting loop, the node met again counting as without a value', () => {
    const d = doc([
      makeNode({ id: 'p', level: 2, kode: '1', crosscutting: [{ parentId: 'c', bobot: null }] }),
      makeNode({ id: 'c', level: 3, parentId: 'p', kode: '1.1' }),
      makeNode({ id: 'l', level: 4, parentId: 'c', kode: '1.1.1', indicators: [nilaiAkhir('il', '8')] }),
    ]);
    expect(at(d, 'p')).toEqual({ own: null, rollup: '100' });
    expect(at(d, 'c')).toEqual({ own: null, rollup: '100' });
  });
});
