import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCapaian, parseTarget, predikatOf } from './capaian';
import { evaluate, reevaluate } from './evaluate';
import type { Evaluation, NodeResult } from './evaluate';
import { DEFAULT_PREDIKAT, makeIndicator, makeNode, makeProject } from './model';
import type { Indicator, KDocument, KNode, Level } from './model';
import { D, roundTo } from './numbers';

const settings: { capaianCap: string | null; capaianFloor: string | null } = { capaianCap: null, capaianFloor: null };
const cap = (r: string | null, t: string | null, pol: "naik" | "turun" | "rentang" = "naik", rumus: "pengurangan" | "rasio" = "pengurangan", s: { capaianCap: string | null; capaianFloor: string | null } = settings) => {
  const out = computeCapaian(r === null ? null : new D(r), parseTarget(t), pol, rumus, s);
  return out.value === null ? out.reason : roundTo(out.value, 2);
};

describe('capaian of one indicator', () => {
  it.each([
    // seed 000: IP ASN 51,48 against 56,35 → 91,36
    ['51.48', '56.35', 'naik', 'pengurangan', '91.36'],
    // seed 002: IP ASN 59 against 84 → 70,24
    ['59', '84', 'naik', 'pengurangan', '70.24'],
    ['105.84', '100', 'naik', 'pengurangan', '105.84'],
    // lower is better, PermenPANRB form: (2 − r/t) × 100
    ['2', '4', 'turun', 'pengurangan', '150'],
    ['6', '4', 'turun', 'pengurangan', '50'],
    ['12', '4', 'turun', 'pengurangan', '-100'],
    // lower is better, ratio form: t / r × 100
    ['5', '4', 'turun', 'rasio', '80'],
    // ranges: inside = 100, outside compared with the nearer bound
    ['7.5', '7-8', 'rentang', 'pengurangan', '100'],
    ['7', '7-8', 'rentang', 'pengurangan', '100'],
    ['6', '7-8', 'rentang', 'pengurangan', '85.71'],
    ['10', '7-8', 'rentang', 'pengurangan', '75'],
    // no value: a reason, never NaN
    [null, '80', 'naik', 'pengurangan', 'no-realisasi'],
    ['5', null, 'naik', 'pengurangan', 'no-target'],
    ['5', '0', 'naik', 'pengurangan', 'target-zero'],
    ['0', '4', 'turun', 'rasio', 'realisasi-zero'],
  ] as const)('r=%s t=%s %s/%s → %s', (r, t, pol, rumus, expected) => {
    expect(cap(r, t, pol, rumus)).toBe(expected);
  });

  it('applies the cap and floor settings only when set', () => {
    expect(cap('150', '100', 'naik', 'pengurangan', { capaianCap: '120', capaianFloor: null })).toBe('120');
    expect(cap('12', '4', 'turun', 'pengurangan', { capaianCap: null, capaianFloor: '0' })).toBe('0');
  });

  it.each([
    ['91', 'Sangat Tinggi'],
    ['90.99', 'Tinggi'],
    ['76', 'Tinggi'],
    ['70.24', 'Sedang'],
    ['66', 'Sedang'],
    ['65.99', 'Rendah'],
    ['51', 'Rendah'],
    ['50.99', 'Sangat Rendah'],
    ['-20', 'Sangat Rendah'],
  ])('predikat of %s is %s', (v, label) => {
    expect(predikatOf(new D(v), DEFAULT_PREDIKAT)).toBe(label);
  });
});

function doc(nodes: KNode[], extra: Partial<KDocument['project']> = {}): KDocument {
  return {
    schemaVersion: 1,
    project: makeProject({ id: 'p', periodeAwal: 2024, periodeAkhir: 2026, tahun: 2024, triwulan: 1, ...extra }),
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    acknowledgements: [],
  };
}

const ind = (id: string, target: string, realisasi: (string | null)[], more: Partial<Parameters<typeof makeIndicator>[0]> = {}) =>
  makeIndicator({ id, nama: id, target: target ? { '2024': target } : {}, realisasiTw: { '2024': realisasi }, ...more });

describe('evaluation of a tree', () => {
  const tree = doc([
    makeNode({ id: 'a', level: 2, kode: '1', indicators: [ind('ia', '100', ['80', null, null, null])] }),
    makeNode({ id: 'b', level: 3, parentId: 'a', kode: '1.1', indicators: [ind('ib', '10', ['5', null, null, null])], anggaran: { pagu: { '2024': '1000' }, rencanaTw: {}, realisasiTw: { '2024': ['100', '50', null, null] } } }),
    makeNode({ id: 'c', level: 3, parentId: 'a', kode: '1.2', indicators: [ind('ic', '10', ['10', null, null, null])], anggaran: { pagu: { '2024': '3000' }, rencanaTw: {}, realisasiTw: {} } }),
    makeNode({ id: 'd', level: 3, parentId: 'a', kode: '1.3' }),
  ]);

  it('rolls capaian up as the mean of the children, leaving out those without one', () => {
    const ev = evaluate(tree, { year: 2024, tw: 1 });
    const a = ev.results.get('a') as NodeResult;
    expect(a.capaian?.toFixed(2)).toBe('80.00');
    expect(a.capaianTurunan?.toFixed(2)).toBe('75.00');
    expect(a.rollupIncluded).toEqual(['b', 'c']);
    expect(a.rollupExcluded).toEqual(['d']);
    expect(a.predikat).toBe('Tinggi');
  });

  it('sums budgets from the children and realisasi up to the selected quarter', () => {
    const q1 = evaluate(tree, { year: 2024, tw: 1 }).results.get('a') as NodeResult;
    expect(q1.pagu?.toFixed()).toBe('4000');
    expect(q1.realisasiAnggaran?.toFixed()).toBe('100');
    expect(q1.capaianAnggaran?.toFixed(2)).toBe('2.50');
    const q2 = evaluate(tree, { year: 2024, tw: 2 }).results.get('a') as NodeResult;
    expect(q2.realisasiAnggaran?.toFixed()).toBe('150');
  });

  it('weights the roll-up by bobot when the project says so', () => {
    const weighted = doc(
      [
        makeNode({ id: 'a', level: 2 }),
        makeNode({ id: 'b', level: 3, parentId: 'a', bobot: '3', indicators: [ind('ib', '10', ['5', null, null, null])] }),
        makeNode({ id: 'c', level: 3, parentId: 'a', bobot: '1', indicators: [ind('ic', '10', ['10', null, null, null])] }),
      ],
      { settings: { ...makeProject({ id: 'x', periodeAwal: 2024, periodeAkhir: 2024, tahun: 2024 }).settings, rollupBerbobot: true } },
    );
    expect((evaluate(weighted, { year: 2024, tw: 1 }).results.get('a') as NodeResult).capaianTurunan?.toFixed(2)).toBe('62.50');
  });

  it('computes composite indicators from formulas, rounding each reported value', () => {
    const d = doc([
      makeNode({
        id: 'p',
        level: 2,
        indicators: [
          ind('ip', '56.35', [null, null, null, null], { alias: 'IP', rumus: 'IP1 + IP3', agregasi: 'nilai_akhir' }),
          ind('ip1', '', [null, null, null, null], { alias: 'IP1', rumus: 'x / n', variabel: { x: { '2024-TW1': '67140' }, n: { '2024-TW1': '5413' } }, agregasi: 'nilai_akhir' }),
          ind('ip3', '', ['4.99', null, null, null], { alias: 'IP3', rumus: '27050 / 5413', agregasi: 'nilai_akhir' }),
        ],
      }),
    ]);
    const r = evaluate(d, { year: 2024, tw: 1 }).results.get('p') as NodeResult;
    expect(r.indicators[1]?.computed?.toFixed(2)).toBe('12.40');
    expect(r.indicators[2]?.computed?.toFixed(2)).toBe('5.00');
    expect(r.indicators[2]?.realisasi?.toFixed(2)).toBe('4.99');
    expect(r.indicators[0]?.realisasi?.toFixed(2)).toBe('17.39');
  });

  it('reports an unknown formula name instead of treating it as zero', () => {
    const d = doc([makeNode({ id: 'p', level: 2, indicators: [ind('ip', '10', [null, null, null, null], { rumus: 'A + B' })] })]);
    const r = evaluate(d, { year: 2024, tw: 1 }).results.get('p') as NodeResult;
    expect(r.indicators[0]?.formulaError?.kind).toBe('unknown-name');
    expect(r.indicators[0]?.capaian).toBeNull();
    expect(r.indicators[0]?.reason).toBe('formula-error');
  });
});

// Property: after any sequence of value edits, the incremental result equals a full recomputation.
const snapshot = (ev: Evaluation) =>
  [...ev.results.values()]
    .map((r) => [r.id, r.capaian?.toFixed(), r.capaianTurunan?.toFixed(), r.pagu?.toFixed(), r.realisasiAnggaran?.toFixed(), r.predikat, r.efisiensi?.toFixed()].join('|'))
    .sort();

function randomTree(parents: number[], values: number[]): KDocument {
  const nodes: KNode[] = parents.map((p, i) => {
    const parent = i === 0 ? null : `n${p % i}`;
    const level = 0 as Level;
    return makeNode({ id: `n${i}`, level, parentId: parent, indicators: [ind(`i${i}`, String((values[i] ?? 1) + 1), [String(values[(i + 1) % values.length] ?? 0), null, null, null])], anggaran: { pagu: i % 2 ? { '2024': String((values[i] ?? 0) * 1000) } : {}, rencanaTw: {}, realisasiTw: { '2024': [String(values[i] ?? 0), null, null, null] } } });
  });
  return doc(nodes);
}

describe('incremental re-evaluation', () => {
  it('equals a full recomputation on random trees and random edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { minLength: 2, maxLength: 40 }),
        fc.array(fc.nat(500), { minLength: 2, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(1000), fc.nat(300), fc.constantFrom('realisasi', 'pagu', 'target', 'budget')), { minLength: 1, maxLength: 8 }),
        (parents, values, edits) => {
          let d = randomTree(parents, values);
          const ev = evaluate(d, { year: 2024, tw: 1 });
          for (const [which, v, kind] of edits) {
            const id = `n${which % parents.length}`;
            const n = structuredClone(d.nodes[id] as KNode);
            const i0 = n.indicators[0];
            if (kind === 'realisasi' && i0) i0.realisasiTw['2024'] = [String(v), null, null, null];
            if (kind === 'target' && i0) i0.target['2024'] = String(v);
            if (kind === 'pagu') n.anggaran.pagu['2024'] = String(v * 7);
            if (kind === 'budget') n.anggaran.realisasiTw['2024'] = [String(v), String(v), null, null];
            d = { ...d, nodes: { ...d.nodes, [id]: n } };
            reevaluate(ev, d, [id]);
          }
          expect(snapshot(ev)).toEqual(snapshot(evaluate(d, { year: 2024, tw: 1 })));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('equals a full recomputation after new leaves and reordered siblings, index included', () => {
    const indexOf = (ev: Evaluation) => [...ev.index.children.entries()].filter(([, v]) => v.length > 0).sort(([a], [b]) => (a < b ? -1 : 1));
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { minLength: 2, maxLength: 30 }),
        fc.array(fc.nat(500), { minLength: 2, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(1000), fc.nat(300), fc.constantFrom('child', 'sibling', 'branch', 'swap', 'realisasi', 'remove', 'move')), { minLength: 1, maxLength: 8 }),
        (parents, values, edits) => {
          let d = randomTree(parents, values);
          const ev = evaluate(d, { year: 2024, tw: 1 });
          let fresh = 0;
          for (const [which, v, kind] of edits) {
            const ids = Object.keys(d.nodes);
            const id = ids[which % ids.length] as string;
            const n = d.nodes[id] as KNode;
            const nodes = { ...d.nodes };
            const changed: string[] = [];
            const leaf = (parentId: string, order: number): KNode => {
              const nid = `x${fresh++}`;
              nodes[nid] = makeNode({ id: nid, level: 0 as Level, parentId, order, indicators: v % 3 ? [ind(`j${nid}`, String(v + 1), [String(v % 7), null, null, null])] : [], anggaran: { pagu: { '2024': String(v * 10) }, rencanaTw: {}, realisasiTw: { '2024': [String(v), null, null, null] } } });
              changed.push(nid);
              return nodes[nid] as KNode;
            };
            const siblings = (p: string | null) => Object.values(nodes).filter((x) => x.parentId === p);
            if (kind === 'child') leaf(id, v % 4);
            else if (kind === 'branch') leaf(leaf(id, v % 3).id, 0);
            else if (kind === 'sibling' && n.parentId) {
              for (const s of siblings(n.parentId)) if (s.order > n.order) {
                nodes[s.id] = { ...s, order: s.order + 1 };
                changed.push(s.id);
              }
              leaf(n.parentId, n.order + 1);
            } else if (kind === 'swap' && n.parentId) {
              const other = siblings(n.parentId).find((s) => s.id !== id);
              if (other) {
                nodes[id] = { ...n, order: other.order };
                nodes[other.id] = { ...other, order: n.order };
                changed.push(id, other.id);
              }
            } else if (kind === 'remove' && n.parentId) {
              // The node and everything below it.
              const gone = new Set([id]);
              for (let grew = true; grew; ) {
                grew = false;
                for (const x of Object.values(nodes)) {
                  if (x.parentId && gone.has(x.parentId) && !gone.has(x.id)) {
                    gone.add(x.id);
                    grew = true;
                  }
                }
              }
              for (const g of gone) {
                delete nodes[g];
                changed.push(g);
              }
            } else if (kind === 'move' && n.parentId) {
              // Under another node that is not below it (the parent chain of the target avoids it).
              const above = (t: string): boolean => {
                for (let p: string | null = t; p; p = nodes[p]?.parentId ?? null) if (p === id) return false;
                return true;
              };
              const target = ids.find((t, k) => k >= v % ids.length && !!nodes[t] && t !== n.parentId && above(t));
              if (target) {
                nodes[id] = { ...n, parentId: target, order: v % 5 };
                changed.push(id);
              }
            } else if (kind === 'realisasi' && n.indicators[0]) {
              const c = structuredClone(n);
              (c.indicators[0] as Indicator).realisasiTw['2024'] = [String(v), null, null, null];
              nodes[id] = c;
              changed.push(id);
            }
            d = { ...d, nodes };
            reevaluate(ev, d, changed);
          }
          const full = evaluate(d, { year: 2024, tw: 1 });
          expect(snapshot(ev)).toEqual(snapshot(full));
          expect(indexOf(ev)).toEqual(indexOf(full));
          expect([...ev.results.values()].map((r) => [r.id, r.rollupIncluded.join(',')]).sort()).toEqual([...full.results.values()].map((r) => [r.id, r.rollupIncluded.join(',')]).sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('updates the index in place of a full evaluation when a leaf is added, and keeps other results', () => {
    const d = randomTree([0, 0, 0, 1, 1, 2], [1, 2, 3, 4, 5, 6]);
    const ev = evaluate(d, { year: 2024, tw: 1 });
    const before = new Map(ev.results);
    const oldIndex = ev.index;
    const leafNode = makeNode({ id: 'new', level: 0 as Level, parentId: 'n4', order: 0 });
    reevaluate(ev, { ...d, nodes: { ...d.nodes, new: leafNode } }, ['new']);
    expect(ev.index).not.toBe(oldIndex);
    expect(oldIndex.children.get('n4')).toBeUndefined();
    expect(ev.index.children.get('n4')).toEqual(['new']);
    expect(ev.results.get('new')?.capaianReason).toBe('no-indicator');
    expect(ev.results.get('n5')).toBe(before.get('n5'));
    expect(ev.results.get('n4')).not.toBe(before.get('n4'));
  });

  it('ignores a changed id that is in neither document (added and removed in one edit)', () => {
    const d = randomTree([0, 0, 0, 1], [1, 2, 3, 4]);
    const ev = evaluate(d, { year: 2024, tw: 1 });
    const before = snapshot(ev);
    reevaluate(ev, { ...d }, ['ghost']);
    expect(snapshot(ev)).toEqual(before);
    expect(ev.results.has('ghost')).toBe(false);
  });

  it('keeps the result objects of untouched nodes', () => {
    const d = randomTree([0, 0, 0, 1, 1, 2], [1, 2, 3, 4, 5, 6]);
    const ev = evaluate(d, { year: 2024, tw: 1 });
    const before = new Map(ev.results);
    const n = structuredClone(d.nodes.n4 as KNode);
    (n.indicators[0] as { realisasiTw: Record<string, (string | null)[]> }).realisasiTw['2024'] = ['99', null, null, null];
    reevaluate(ev, { ...d, nodes: { ...d.nodes, n4: n } }, ['n4']);
    expect(ev.results.get('n5')).toBe(before.get('n5'));
    expect(ev.results.get('n2')).toBe(before.get('n2'));
    expect(ev.results.get('n4')).not.toBe(before.get('n4'));
    expect(ev.results.get('n1')).not.toBe(before.get('n1'));
    expect(ev.results.get('n0')).not.toBe(before.get('n0'));
  });

  it('follows a node moved to another parent: the parent it left and the new one are up to date', () => {
    // n1 and n2 under n0; n3 and n4 under n1; n5 under n2.
    const d = randomTree([0, 0, 0, 1, 1, 2], [1, 2, 3, 4, 5, 6]);
    const ev = evaluate(d, { year: 2024, tw: 1 });
    const before = new Map(ev.results);
    const moved = { ...(d.nodes.n4 as KNode), parentId: 'n2', order: 1 };
    const d2 = { ...d, nodes: { ...d.nodes, n4: moved } };
    reevaluate(ev, d2, ['n4']);
    expect(ev.index.children.get('n1')).toEqual(['n3']);
    expect(ev.index.children.get('n2')).toEqual(['n5', 'n4']);
    expect(snapshot(ev)).toEqual(snapshot(evaluate(d2, { year: 2024, tw: 1 })));
    // Only the moved node and both parents' lines are computed again.
    expect(ev.results.get('n3')).toBe(before.get('n3'));
    expect(ev.results.get('n5')).toBe(before.get('n5'));
    expect(ev.results.get('n1')).not.toBe(before.get('n1'));
  });

  it('re-evaluates everything after a change of crosscutting links', () => {
    const d = randomTree([0, 0, 0, 1], [1, 2, 3, 4]);
    const ev = evaluate(d, { year: 2024, tw: 1 });
    const before = new Map(ev.results);
    const linked = { ...(d.nodes.n3 as KNode), crosscutting: [{ parentId: 'n2', bobot: null }] };
    const d2 = { ...d, nodes: { ...d.nodes, n3: linked } };
    reevaluate(ev, d2, ['n3']);
    expect(ev.index.crossChildren.get('n2')).toEqual(['n3']);
    expect(ev.results.get('n1')).not.toBe(before.get('n1'));
    expect(snapshot(ev)).toEqual(snapshot(evaluate(d2, { year: 2024, tw: 1 })));
  });
});
