import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { makeIndicator, makeNode, makeProject } from '../model';
import type { KDocument, KNode, Level } from '../model';
import { at, baseNodes, check, checkChanged, docOf, ind0 } from './fixtures';
import { RULES, SEVERITY_RANK, checkContext, checkSteps, findingKey, formatNumber, runChecks } from './index';
import { generatePemda } from '../generate';
import type { Finding } from './index';
import { checkAchievement } from './achievement';
import { checkBudget } from './budget';
import { checkCompleteness } from './completeness';
import { structureSteps } from './structure';
import { checkTargets } from './targets';
import { NODES_PER_PAUSE } from './types';

describe('formatNumber', () => {
  it.each([
    ['1905955200', 'id', undefined, '1.905.955.200'],
    ['1905955200', 'en', undefined, '1,905,955,200'],
    ['91.36', 'id', undefined, '91,36'],
    ['91.36', 'en', undefined, '91.36'],
    ['91.3636', 'id', 2, '91,36'],
    ['66.9', 'id', 2, '66,90'],
    ['4.995', 'id', 2, '5,00'],
    ['-1234.5', 'id', undefined, '-1.234,5'],
    ['-0.001', 'id', 2, '0,00'],
    ['999', 'id', undefined, '999'],
    ['0', 'en', 0, '0'],
  ] as const)('%s (%s, %s places) → %s', (v, lang, places, want) => {
    const got = formatNumber(v, lang, places);
    expect(got).toBe(want);
    expect(got).not.toMatch(/\u00a0/);
  });
});

describe('rule registry', () => {
  it('has the stable ids, each with a severity, a category and titles in both languages', () => {
    expect(Object.keys(RULES).sort()).toEqual(
      [
        'level-step', 'orphan', 'cycle', 'missing-sasaran', 'missing-indicator', 'indicator-missing-satuan', 'indicator-missing-target-year',
        'code-not-nested', 'duplicate-code', 'duplicate-sibling-name', 'branch-stops-early', 'quarter-target-mismatch', 'yearly-target-direction',
        'outcome-worded-as-output', 'pagu-children-mismatch', 'realisasi-children-mismatch', 'realisasi-above-pagu', 'budget-on-node-and-children',
        'composite-mismatch', 'formula-error', 'rollup-divergence', 'spending-without-realisation', 'target-too-easy',
      ].sort(),
    );
    for (const [id, meta] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(meta.severity);
      expect(['struktur', 'target', 'anggaran', 'capaian']).toContain(meta.category);
      expect(meta.title.id.length * meta.title.en.length).toBeGreaterThan(0);
    }
  });
});

describe('runChecks', () => {
  it('sorts by severity, then tree order', () => {
    const found = checkChanged(
      (n) => {
        ind0(n, 'A').satuan = '';
        at(n, 'C2').kode = '5.03.02.2.01';
        ind0(n, 'C1').satuan = '';
        at(n, 'B').sasaran = '';
      },
      { levelTerendah: 4 },
    );
    expect(found.map((f) => [f.severity, f.rule, f.nodeId])).toEqual([
      ['error', 'missing-sasaran', 'B'],
      ['error', 'duplicate-code', 'C2'],
      ['warning', 'indicator-missing-satuan', 'A'],
      ['warning', 'indicator-missing-satuan', 'C1'],
      ['info', 'branch-stops-early', 'C1'],
      ['info', 'branch-stops-early', 'C2'],
    ]);
  });

  it('uses the node id as kode when the kode is empty', () => {
    const [f] = checkChanged((n) => {
      at(n, 'C2').kode = ' ';
      at(n, 'C2').sasaran = '';
    });
    expect(f).toMatchObject({ rule: 'missing-sasaran', nodeId: 'C2', kode: 'C2' });
    expect(f?.message.id).toContain('simpul C2');
    expect(f && findingKey(f)).toBe('missing-sasaran:C2');
  });

  it('works with an evaluation of another nodes object (rebuilds the tree index)', () => {
    const nodes = baseNodes();
    const doc = docOf(nodes);
    const ev = evaluate(docOf({ ...nodes }), { year: 2024, tw: 4 });
    at(nodes, 'C1').parentId = 'nope';
    expect(runChecks(doc, ev).map((f) => f.rule)).toContain('orphan');
  });

  it('checks a 3000-node tree', () => {
    const nodes: Record<string, KNode> = {};
    const ind = (id: string): ReturnType<typeof makeIndicator> =>
      makeIndicator({ id, nama: 'Persentase', satuan: '%', target: { '2024': '10', '2025': '11', '2026': '12' }, realisasiTw: { '2024': ['3', '3', null, null] } });
    for (let i = 0; i < 3000; i++) {
      const level = Math.min(5, Math.floor(Math.log(i + 1) / Math.log(5))) as Level;
      const parent = i === 0 ? null : `n${Math.floor((i - 1) / 5)}`;
      nodes[`n${i}`] = makeNode({ id: `n${i}`, level, parentId: parent, kode: `${i}.${i}`, sasaran: `S${i}`, indicators: [ind(`i${i}`)], anggaran: { pagu: { '2024': '1000' }, rencanaTw: {}, realisasiTw: {} } });
    }
    const found = check(docOf(nodes, { levelTerendah: 5 }));
    expect(found.length).toBeGreaterThan(0);
  });
});

// ---- Property: random documents never make the checker throw; findings are well formed. ----

const targetArb = fc.constantFrom('0', '1', '5', '50', '70', '100', '0.5', '7-8', '-3', '1000000');
const valueArb = fc.constantFrom('0', '1', '4.99', '50', '80', '100', '-2', '2000000');
const quarterArb = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<(T | null)[]> => fc.array(fc.option(a, { nil: null }), { minLength: 4, maxLength: 4 });
const yearArb = fc.constantFrom('2023', '2024', '2025', '2026');

const indicatorArb = fc.record({
      nama: fc.constantFrom('', 'Jumlah ASN', 'Indeks', 'Persentase'),
      alias: fc.constantFrom('', 'IP1', 'IP2', 'X'),
      satuan: fc.constantFrom('', '%'),
      polaritas: fc.constantFrom('naik', 'turun', 'rentang'),
      agregasi: fc.constantFrom('kumulatif', 'nilai_akhir'),
      rumus: fc.constantFrom('', '', 'IP1 + IP2', 'IP1 +', 'a / b', 'Foo * 2', '1.234 + a', '{Jumlah ASN} / 0', 'X + 1'),
      variabel: fc.constantFrom<Record<string, Record<string, string>>>({}, { a: { '2024': '1' }, b: { '2024': '0' } }, { a: { '2024-TW2': '3' }, b: { '2024': '2' } }),
      desimal: fc.integer({ min: 0, max: 3 }),
      target: fc.dictionary(yearArb, targetArb, { maxKeys: 4 }),
      targetTw: fc.dictionary(yearArb, quarterArb(targetArb), { maxKeys: 2 }),
      realisasiTw: fc.dictionary(yearArb, quarterArb(valueArb), { maxKeys: 2 }),
});

const nodeArb = (i: number, count: number): fc.Arbitrary<KNode> => {
  const ref = fc.oneof(fc.integer({ min: 0, max: count - 1 }).map((k) => `n${k}`), fc.constant('missing'));
  return fc
    .record({
      level: fc.constantFrom<Level>(0, 1, 2, 3, 4, 5),
      parentId: fc.oneof(fc.constant(null), ref),
      cross: fc.array(ref, { maxLength: 2 }),
      kode: fc.constantFrom('', '1', '1.1', '1.1.1', '1.2', '1.10', 'A', '5.03.02'),
      sasaran: fc.constantFrom('', 'S', ' s ', 'Lain'),
      nama: fc.constantFrom('', 'S', 'Program'),
      bobot: fc.option(fc.constantFrom('0', '1', '2'), { nil: null }),
      indicators: fc.array(indicatorArb, { maxLength: 2 }),
      pagu: fc.dictionary(yearArb, valueArb, { maxKeys: 2 }),
      spend: fc.dictionary(yearArb, quarterArb(valueArb), { maxKeys: 1 }),
    })
    .map((r) =>
      makeNode({
        id: `n${i}`,
        level: r.level,
        parentId: r.parentId,
        crosscutting: r.cross.map((parentId) => ({ parentId, bobot: null })),
        kode: r.kode,
        sasaran: r.sasaran,
        nama: r.nama,
        bobot: r.bobot,
        indicators: r.indicators.map((x, j) => makeIndicator({ id: `i${i}-${j}`, ...x })),
        anggaran: { pagu: r.pagu, rencanaTw: {}, realisasiTw: r.spend },
      }),
    );
};

const docArb: fc.Arbitrary<{ doc: KDocument; tw: number; year: number }> = fc
  .integer({ min: 0, max: 18 })
  .chain((count) =>
    fc.record({
      nodes: count === 0 ? fc.constant([] as KNode[]) : fc.tuple(...Array.from({ length: count }, (_, i) => nodeArb(i, count))),
      tw: fc.integer({ min: 1, max: 4 }),
      year: fc.constantFrom(2023, 2024, 2025),
      levelTerendah: fc.integer({ min: 0, max: 5 }),
      levelOutcomeMaks: fc.integer({ min: 0, max: 5 }),
      ambangSelisih: fc.constantFrom('0', '25'),
      capaianCap: fc.option(fc.constantFrom('120', '0'), { nil: null }),
      rollupBerbobot: fc.boolean(),
    }),
  )
  .map(({ nodes, tw, year, ...settings }) => {
    const project = makeProject({ id: 'p', periodeAwal: 2024, periodeAkhir: 2026, tahun: 2024, settings: settings as never });
    return { doc: { schemaVersion: 1 as const, project, nodes: Object.fromEntries(nodes.map((n) => [n.id, n])), acknowledgements: [] }, tw, year };
  });

describe('runChecks on random documents', () => {
  it('never throws; every finding is well formed, names an existing node and is sorted', () => {
    fc.assert(
      fc.property(docArb, ({ doc, tw, year }) => {
        let found: Finding[] = [];
        expect(() => (found = runChecks(doc, evaluate(doc, { year, tw })))).not.toThrow();
        let prev = -1;
        for (const f of found) {
          expect(f.nodeId === null || doc.nodes[f.nodeId] !== undefined).toBe(true);
          expect(f.severity).toBe(RULES[f.rule].severity);
          expect(SEVERITY_RANK[f.severity]).toBeGreaterThanOrEqual(prev);
          prev = SEVERITY_RANK[f.severity];
          expect(f.kode).not.toBe('');
          for (const t of [f.message.id, f.message.en, f.fix.id, f.fix.en]) expect(t.trim()).not.toBe('');
          for (const v of Object.values(f.numbers)) expect(typeof v).toBe('string');
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** A generated tree with faults of many kinds spread over it (it has few of its own). */
function withFaults(doc: KDocument): KDocument {
  const ids = Object.keys(doc.nodes);
  ids.forEach((id, i) => {
    const n = doc.nodes[id] as KNode;
    const ind = n.indicators[0];
    if (i % 7 === 0) n.sasaran = '';
    if (i % 11 === 0 && i > 0) n.kode = (doc.nodes[ids[i - 1] as string] as KNode).kode;
    if (i % 13 === 0 && i > 0) n.nama = (doc.nodes[ids[i - 1] as string] as KNode).nama;
    if (i % 17 === 0) n.anggaran.pagu['2024'] = '1000';
    if (i % 19 === 0) n.anggaran.realisasiTw['2024'] = ['900', '900', null, null];
    if (ind && i % 5 === 0) ind.satuan = '';
    if (ind && i % 9 === 0) delete ind.target['2025'];
    if (ind && i % 23 === 0) ind.targetTw['2024'] = ['1', '2', '3', '4'];
    if (ind && i % 29 === 0) ind.nama = `Jumlah ${ind.nama}`;
  });
  return doc;
}

describe('the checker in steps', () => {
  it('pauses every NODES_PER_PAUSE nodes, and ends with exactly the findings of runChecks', () => {
    const doc = generatePemda({ seed: 11, nodes: 1500, year: 2024, tw: 2 });
    const ev = evaluate(doc, { year: 2024, tw: 2 });
    const whole = runChecks(doc, ev);
    expect(whole.length).toBeGreaterThan(10);
    const steps = checkSteps(doc, ev);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    // All rules go through the same stretch of nodes between two pauses.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(Object.keys(doc.nodes).length / NODES_PER_PAUSE));
    expect(r.value.map((f) => [f.rule, f.nodeId, f.severity])).toEqual(whole.map((f) => [f.rule, f.nodeId, f.severity]));
    expect(r.value.map((f) => f.message.id)).toEqual(whole.map((f) => f.message.id));
  });

  it('lists the findings in the order of the rules run one after another over the whole tree', () => {
    const params = { year: 2024, tw: 2 };
    for (const seed of [21, 22, 23]) {
      const doc = withFaults(generatePemda({ seed, nodes: 3000, year: 2024, tw: 2 }));
      const ev = evaluate(doc, params);
      const ctx = checkContext(doc, ev);
      const { order } = ctx;
      expect(order.length).toBe(Object.keys(doc.nodes).length);
      // The reference: each rule to its end in turn, into one list, then sorted by severity, tree
      // position (document-wide first) and the order they were found in.
      const found: Finding[] = [];
      for (const rule of [...structureSteps(), checkCompleteness, checkTargets, checkBudget, checkAchievement]) for (const _ of rule(ctx, found));
      const position = new Map(order.map((id, i) => [id, i]));
      const pos = (f: Finding): number => (f.nodeId === null ? -1 : (position.get(f.nodeId) as number));
      const expected = found
        .map((f, i) => ({ f, i }))
        .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || pos(a.f) - pos(b.f) || a.i - b.i)
        .map(({ f }) => [f.rule, f.nodeId, f.message.en]);
      const actual = runChecks(doc, ev);
      expect(new Set(actual.map((f) => f.rule)).size).toBeGreaterThan(8);
      // Several findings on one node, so their order within the node is tested too.
      expect(actual.some((f, i) => i > 0 && actual[i - 1]?.nodeId === f.nodeId)).toBe(true);
      expect(actual.map((f) => [f.rule, f.nodeId, f.message.en])).toEqual(expected);
    }
  });
});
