import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subtreeIds } from '../domain/edit';
import { generatePemda } from '../domain/generate';
import { documentSchema, makeIndicator, makeNode, makeProject, SCHEMA_VERSION } from '../domain/model';
import type { KDocument, KNode } from '../domain/model';
import { buildLumajang } from '../samples/lumajang';
import { mergeSubtree, planLevelShift, rekeyNodes, renameInFormula, rootsOf } from './merge';

function doc(nodes: KNode[], id = 'p'): KDocument {
  return { schemaVersion: SCHEMA_VERSION, project: makeProject({ id, periodeAwal: 2024, periodeAkhir: 2026, tahun: 2024 }), nodes: Object.fromEntries(nodes.map((n) => [n.id, n])), acknowledgements: [] };
}

/** Another agency's file: a Level 1 tree (tujuan → program → kegiatan). */
function agencyFile(): KDocument {
  return doc([
    makeNode({ id: 'T1', kode: 'T1', level: 1, sasaran: 'Tujuan dinas', indicators: [makeIndicator({ id: 'x1', nama: 'Indeks', alias: 'IP', rumus: 'IP1 + 1' })] }),
    makeNode({ id: 'P1', kode: 'P1', level: 2, parentId: 'T1', sasaran: 'Program', crosscutting: [{ parentId: 'luar', bobot: null }] }),
    makeNode({ id: 'K1', kode: 'K1', level: 3, parentId: 'P1', sasaran: 'Kegiatan', indicators: [makeIndicator({ id: 'x2', nama: 'Sub', alias: 'IP1' })] }),
    makeNode({ id: 'K2', kode: 'K2', level: 3, parentId: 'P1', sasaran: 'Kegiatan 2', crosscutting: [{ parentId: 'P1', bobot: '0.5' }] }),
  ], 'agency');
}

const target = (): KDocument =>
  doc([
    makeNode({ id: 'root', kode: 'R', level: 0, sasaran: 'Kinerja Pemda', indicators: [makeIndicator({ id: 'r1', nama: 'IPM', alias: 'IP' })] }),
    makeNode({ id: 'dinas', kode: 'D', level: 1, parentId: 'root', sasaran: 'Dinas A', order: 0 }),
    makeNode({ id: 'prog', kode: 'P', level: 2, parentId: 'dinas', sasaran: 'Program A' }),
  ]);

describe('mergeSubtree', () => {
  it('grafts the file under the chosen node with fresh ids and shifted levels', () => {
    const t = target();
    const r = mergeSubtree(t, 'root', agencyFile());
    if (!r.ok) expect.fail(r.reason.en);
    expect(r.shift).toBe(0);
    expect(r.added).toBe(4);
    expect(r.rootIds).toHaveLength(1);
    const root = r.document.nodes[r.rootIds[0] as string];
    expect(root).toMatchObject({ parentId: 'root', level: 1, sasaran: 'Tujuan dinas', order: 1 });
    const fileIds = new Set(['T1', 'P1', 'K1', 'K2', 'x1', 'x2']);
    const added = Object.values(r.document.nodes).filter((n) => !t.nodes[n.id]);
    expect(added.every((n) => !fileIds.has(n.id) && n.indicators.every((i) => !fileIds.has(i.id)))).toBe(true);
    expect(documentSchema.safeParse(r.document).success).toBe(true);
    // The target document itself is untouched.
    expect(Object.keys(t.nodes)).toEqual(['root', 'dinas', 'prog']);
  });

  it('keeps links inside the file (re-keyed), drops links out of it, and renames clashing aliases with their formulas', () => {
    const r = mergeSubtree(target(), 'root', agencyFile());
    if (!r.ok) expect.fail(r.reason.en);
    const added = Object.values(r.document.nodes).filter((n) => !['root', 'dinas', 'prog'].includes(n.id));
    const program = added.find((n) => n.sasaran === 'Program') as KNode;
    const k2 = added.find((n) => n.sasaran === 'Kegiatan 2') as KNode;
    expect(program.crosscutting).toEqual([]);
    expect(k2.crosscutting).toEqual([{ parentId: program.id, bobot: '0.5' }]);
    const tujuan = added.find((n) => n.level === 1) as KNode;
    expect(tujuan.indicators[0]).toMatchObject({ alias: 'IP_2', rumus: 'IP1 + 1' });
    expect(r.warnings.map((w) => w.en).join(' ')).toContain('IP → IP_2');
  });

  it('shifts a Level 1 file to sit under a Level 2 node (levels 3–5)', () => {
    const r = mergeSubtree(target(), 'prog', { ...agencyFile(), nodes: Object.fromEntries(Object.entries(agencyFile().nodes)) });
    if (!r.ok) expect.fail(r.reason.en);
    expect(r.shift).toBe(2);
    const levels = Object.values(r.document.nodes).filter((n) => !target().nodes[n.id]).map((n) => n.level).sort();
    expect(levels).toEqual([3, 4, 5, 5]);
  });

  it('refuses, with the reason, when levels would pass Level 5', () => {
    const t = target();
    t.nodes.keg = makeNode({ id: 'keg', kode: 'K', level: 3, parentId: 'prog', sasaran: 'Kegiatan A' });
    const r = mergeSubtree(t, 'keg', agencyFile());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.id).toContain('Level 6');
      expect(r.reason.en).toContain('beyond Level 5');
    }
  });

  it('refuses a missing target, an empty file, a Level 5 target and roots at several levels', () => {
    expect(mergeSubtree(target(), 'nope', agencyFile()).ok).toBe(false);
    expect(mergeSubtree(target(), 'root', doc([])).ok).toBe(false);
    const deep = target();
    deep.nodes.a5 = makeNode({ id: 'a5', level: 5, parentId: null });
    expect(mergeSubtree(deep, 'a5', agencyFile()).ok).toBe(false);
    const mixed = doc([makeNode({ id: 'a', level: 1 }), makeNode({ id: 'b', level: 2 })]);
    const r = mergeSubtree(target(), 'root', mixed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toContain('different levels');
  });

  let merged = 0;
  it('is one pure function: every level in 0–5, every parent present, sizes add up (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.nat(), fc.nat(), (s1, s2, pick, pick2) => {
        const t = generatePemda({ seed: s1, nodes: 60 });
        const whole = generatePemda({ seed: s2, nodes: 60 });
        const fIds = Object.keys(whole.nodes);
        const branch = subtreeIds(whole.nodes, fIds[pick2 % fIds.length] as string);
        const f = { ...whole, nodes: Object.fromEntries(branch.map((id) => [id, whole.nodes[id] as KNode])) };
        const ids = Object.keys(t.nodes);
        const parentId = ids[pick % ids.length] as string;
        const r = mergeSubtree(t, parentId, f);
        const plan = planLevelShift(t.nodes[parentId] as KNode, f.nodes);
        expect(r.ok).toBe(plan.ok);
        if (!r.ok) return;
        merged++;
        const all = Object.values(r.document.nodes);
        expect(all.length).toBe(ids.length + Object.keys(f.nodes).length);
        for (const n of all) {
          expect(n.level >= 0 && n.level <= 5).toBe(true);
          if (n.parentId !== null) expect(r.document.nodes[n.parentId]).toBeDefined();
        }
        for (const rid of r.rootIds) expect(r.document.nodes[rid]?.level).toBe((t.nodes[parentId]?.level ?? 0) + 1);
        expect(new Set(all.flatMap((n) => n.indicators.map((i) => i.id))).size).toBe(all.reduce((k, n) => k + n.indicators.length, 0));
      }),
      { numRuns: 60 },
    );
    expect(merged).toBeGreaterThan(5);
  });
});

describe('merge helpers', () => {
  it('renames whole identifiers only', () => {
    expect(renameInFormula('IP1 + IP + IP.x + XIP + IP', new Map([['IP', 'IP_2']]))).toBe('IP1 + IP_2 + IP.x + XIP + IP_2');
  });

  it('re-keys a real sample with no id surviving and the shape kept', () => {
    const d = buildLumajang();
    let k = 0;
    const { nodes, ids } = rekeyNodes(d.nodes, 0, (p) => `${p}-${++k}`);
    expect(nodes.every((n) => !d.nodes[n.id])).toBe(true);
    for (const n of Object.values(d.nodes)) {
      const copy = nodes.find((m) => m.id === ids.get(n.id)) as KNode;
      expect(copy.parentId).toBe(n.parentId === null ? null : (ids.get(n.parentId) ?? null));
      expect({ ...copy, id: n.id, parentId: n.parentId, crosscutting: n.crosscutting, indicators: n.indicators.map((i) => i.id) }).toEqual({ ...n, indicators: n.indicators.map((i) => i.id) });
    }
    expect(rootsOf(d.nodes).length).toBeGreaterThan(0);
  });
});
