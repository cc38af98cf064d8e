import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { diffDocuments, diffMarks, isEmptyDiff } from './diff';
import { generatePemda } from './generate';
import { makeIndicator, makeNode } from './model';
import type { KDocument, KNode } from './model';

const base = (): KDocument => buildLumajang();
const withNode = (doc: KDocument, n: KNode): KDocument => ({ ...doc, nodes: { ...doc.nodes, [n.id]: n } });
const firstWith = (doc: KDocument, pred: (n: KNode) => boolean): KNode => {
  const n = Object.values(doc.nodes).find(pred);
  if (!n) throw new Error('no such node in the sample');
  return n;
};

describe('diffDocuments', () => {
  it('finds nothing between a document and a copy of it', () => {
    const a = base();
    expect(isEmptyDiff(diffDocuments(a, a))).toBe(true);
    expect(isEmptyDiff(diffDocuments(a, structuredClone(a)))).toBe(true);
  });

  const cases: { name: string; edit: (d: KDocument) => KDocument; expect: (d: ReturnType<typeof diffDocuments>, a: KDocument) => void }[] = [
    {
      name: 'a changed sasaran, old → new',
      edit: (d) => {
        const n = firstWith(d, (x) => x.level === 1);
        return withNode(d, { ...n, sasaran: 'Sasaran baru' });
      },
      expect: (r, a) => {
        const n = firstWith(a, (x) => x.level === 1);
        expect(r.changed).toHaveLength(1);
        expect(r.changed[0]?.changes).toEqual([{ field: 'sasaran', numeric: false, old: n.sasaran, new: 'Sasaran baru' }]);
      },
    },
    {
      name: 'a target of one year and a realisasi of one triwulan',
      edit: (d) => {
        const n = firstWith(d, (x) => x.indicators.some((i) => i.target['2024']));
        const indicators = n.indicators.map((i, k) => (k === 0 ? { ...i, target: { ...i.target, '2024': '99.5' }, realisasiTw: { ...i.realisasiTw, '2024': ['1', '2', null, '4'] } } : i));
        return withNode(d, { ...n, indicators });
      },
      expect: (r) => {
        const ch = r.changed[0]?.changes ?? [];
        const target = ch.find((c) => c.field === 'target');
        expect(target).toMatchObject({ year: '2024', new: '99.5', numeric: true });
        expect(ch.filter((c) => c.field === 'realisasiTw').map((c) => c.tw).sort()).toEqual(expect.arrayContaining([4]));
        expect(ch.every((c) => c.indicator !== undefined)).toBe(true);
      },
    },
    {
      name: 'a pagu set where there was none (null → value)',
      edit: (d) => {
        const n = firstWith(d, (x) => !x.anggaran.pagu['2030']);
        return withNode(d, { ...n, anggaran: { ...n.anggaran, pagu: { ...n.anggaran.pagu, '2030': '1905955200' } } });
      },
      expect: (r) => expect(r.changed[0]?.changes).toEqual([{ field: 'pagu', year: '2030', numeric: true, old: null, new: '1905955200' }]),
    },
    {
      name: 'an indicator added and one removed',
      edit: (d) => {
        const n = firstWith(d, (x) => x.indicators.length > 0);
        return withNode(d, { ...n, indicators: [makeIndicator({ id: 'baru', nama: 'Indikator baru', target: { '2024': '10' } })] });
      },
      expect: (r) => {
        const ch = r.changed[0]?.changes ?? [];
        expect(ch.find((c) => c.field === 'indikator' && c.new === 'Indikator baru')).toBeDefined();
        expect(ch.find((c) => c.field === 'indikator' && c.new === null && c.old)).toBeDefined();
      },
    },
    {
      name: 'sibling order alone is not a change',
      edit: (d) => {
        const n = firstWith(d, (x) => x.level === 2);
        return withNode(d, { ...n, order: n.order + 7 });
      },
      expect: (r) => expect(isEmptyDiff(r)).toBe(true),
    },
  ];
  for (const c of cases) it(c.name, () => c.expect(diffDocuments(base(), c.edit(base())), base()));

  it('a node added, one removed, one moved (generated tree)', () => {
    const d = generatePemda({ seed: 7, nodes: 150 });
    const kids = (id: string) => Object.values(d.nodes).filter((y) => y.parentId === id);
    const leaf = firstWith(d, (x) => kids(x.id).length === 0 && x.parentId !== null);
    const mover = firstWith(d, (x) => x.level === 3 && x.id !== leaf.id && x.id !== leaf.parentId);
    const target = firstWith(d, (p) => p.level === 2 && p.id !== mover.parentId);
    const nodes = { ...d.nodes, [mover.id]: { ...mover, parentId: target.id }, added: makeNode({ id: 'added', level: 3, parentId: target.id, sasaran: 'Baru' }) };
    delete nodes[leaf.id];
    const r = diffDocuments(d, { ...d, nodes });
    expect(r.added.map((n) => n.id)).toEqual(['added']);
    expect(r.removed.map((n) => n.id)).toEqual([leaf.id]);
    expect(r.moved).toEqual([expect.objectContaining({ id: mover.id, move: { from: mover.parentId, to: target.id }, changes: [] })]);
    expect(r.changed).toEqual([]);
    const marks = diffMarks(r);
    expect([...marks.entries()].sort()).toEqual([['added', 'added'], [leaf.id, 'removed'], [mover.id, 'moved']].sort());
  });

  it('reports the project fields that changed', () => {
    const a = base();
    const r = diffDocuments(a, { ...a, project: { ...a.project, nama: 'Lain', tahun: 2025 } });
    expect(r.project).toEqual([
      { field: 'nama', old: a.project.nama, new: 'Lain' },
      { field: 'tahun', old: String(a.project.tahun), new: '2025' },
    ]);
  });
});

describe('diffDocuments properties', () => {
  const docArb = fc.integer({ min: 1, max: 1000 }).map((seed) => generatePemda({ seed, nodes: 120 }));
  const fields = ['sasaran', 'nama', 'kode', 'penanggungJawab'] as const;

  it('is anti-symmetric: reversed, added ↔ removed and every old ↔ new', () => {
    fc.assert(
      fc.property(docArb, docArb, (a, b) => {
        const ab = diffDocuments(a, b);
        const ba = diffDocuments(b, a);
        expect(ab.added.map((n) => n.id).sort()).toEqual(ba.removed.map((n) => n.id).sort());
        expect(ab.changed.map((n) => n.id).sort()).toEqual(ba.changed.map((n) => n.id).sort());
        for (const n of ab.changed) {
          const back = ba.changed.find((m) => m.id === n.id);
          const key = (c: { field: string; old: string | null; new: string | null; year?: string; tw?: number; indicator?: { id: string } }) => `${c.field}|${c.indicator?.id ?? ''}|${c.year ?? ''}|${c.tw ?? ''}|${c.old}>${c.new}`;
          expect(n.changes.map(key).sort()).toEqual((back?.changes ?? []).map((c) => key({ ...c, old: c.new, new: c.old })).sort());
        }
      }),
      { numRuns: 15 },
    );
  });

  it('finds exactly the one field edited on one node', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.constantFrom(...fields), fc.string({ minLength: 1, maxLength: 12 }), (a, pick, field, text) => {
        const ids = Object.keys(a.nodes);
        const id = ids[pick % ids.length] as string;
        const n = a.nodes[id] as KNode;
        fc.pre(n[field] !== text);
        const r = diffDocuments(a, withNode(a, { ...n, [field]: text }));
        expect(r.added.length + r.removed.length + r.moved.length).toBe(0);
        expect(r.changed).toEqual([expect.objectContaining({ id, changes: [{ field, numeric: false, old: n[field] === '' ? null : n[field], new: text }] })]);
      }),
      { numRuns: 60 },
    );
  });
});
