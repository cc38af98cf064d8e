import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { evaluate } from './evaluate';
import { generatePemda, mulberry32 } from './generate';
import { documentSchema } from './model';
import type { KDocument, KNode } from './model';

const SATUAN = new Set(['%', 'Indeks', 'Dokumen', 'Orang', 'Laporan']);

function nodesOf(doc: KDocument): KNode[] {
  return Object.values(doc.nodes);
}

function num(s: string | null | undefined): number {
  return Number(s);
}

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(99);
    const b = mulberry32(99);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('generatePemda', () => {
  const doc = generatePemda({ seed: 1, nodes: 1000 });
  const all = nodesOf(doc);

  afterEach(() => vi.restoreAllMocks());

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePemda({ seed: 1, nodes: 1000 })).toEqual(doc);
    expect(generatePemda({ seed: 2, nodes: 1000 })).not.toEqual(doc);
  });

  it('uses no global randomness', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    expect(() => generatePemda({ seed: 5, nodes: 500 })).not.toThrow();
  });

  it.each([1000, 5000, 20000])('hits %i nodes within ±5%%', (n) => {
    const size = Object.keys(generatePemda({ seed: 3, nodes: n }).nodes).length;
    expect(Math.abs(size - n)).toBeLessThanOrEqual(n * 0.05);
  });

  it('passes the document schema unchanged (every default already filled)', () => {
    const parsed = documentSchema.parse(JSON.parse(JSON.stringify(doc)));
    expect(parsed).toEqual(doc);
  });

  it('has one root "Kinerja Pemda", 40 agencies, and every level down to aktivitas', () => {
    const roots = all.filter((n) => n.parentId === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ level: 0, nama: 'Kinerja Pemda' });
    expect(all.filter((n) => n.level === 1)).toHaveLength(40);
    for (const level of [2, 3, 4, 5]) expect(all.some((n) => n.level === level)).toBe(true);
  });

  it('steps levels by one and every sub kegiatan has an aktivitas', () => {
    const childCount = new Map<string, number>();
    for (const n of all) {
      if (n.parentId === null) continue;
      const parent = doc.nodes[n.parentId];
      expect(parent, n.id).toBeDefined();
      expect(n.level).toBe((parent as KNode).level + 1);
      childCount.set(n.parentId, (childCount.get(n.parentId) ?? 0) + 1);
    }
    for (const n of all) if (n.level < 5) expect(childCount.get(n.id) ?? 0, n.id).toBeGreaterThan(0);
  });

  it('gives nested, unique codes that are also the ids', () => {
    const codes = new Set<string>();
    for (const n of all) {
      if (n.level === 0) continue;
      expect(n.id).toBe(n.kode);
      expect(codes.has(n.kode)).toBe(false);
      codes.add(n.kode);
      const parent = doc.nodes[n.parentId as string] as KNode;
      if (parent.kode !== '') expect(n.kode.startsWith(`${parent.kode}.`), n.kode).toBe(true);
    }
    expect(doc.nodes['1.01']?.level).toBe(1);
    expect(doc.nodes['1.01.01']?.nama).toBe('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
    expect(all.find((n) => n.level === 4)?.kode).toMatch(/^\d\.\d\d\.\d\d\.2\.\d\d\.\d{4}$/);
  });

  it('never repeats a name or a sasaran among siblings', () => {
    const seen = new Set<string>();
    for (const n of nodesOf(generatePemda({ seed: 8, nodes: 20000 }))) {
      for (const key of [`${n.parentId ?? ''}|nama|${n.nama}`, `${n.parentId ?? ''}|sasaran|${n.sasaran}`]) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('gives indicators with sound targets and realisation up to the chosen triwulan', () => {
    const d = generatePemda({ seed: 4, nodes: 2000, year: 2025, tw: 3 });
    const polarities = new Set<string>();
    for (const n of nodesOf(d)) {
      if (n.level <= 4) expect(n.indicators.length).toBeGreaterThanOrEqual(1);
      expect(n.indicators.length).toBeLessThanOrEqual(2);
      for (const ind of n.indicators) {
        polarities.add(ind.polaritas);
        expect(SATUAN.has(ind.satuan), ind.satuan).toBe(true);
        if (n.level <= 2) expect(ind.nama.startsWith('Jumlah')).toBe(false);
        expect(Object.keys(ind.target)).toEqual(['2024', '2025', '2026']);
        const t = ['2024', '2025', '2026'].map((y) => ind.target[y] as string);
        if (ind.polaritas === 'rentang') {
          expect(t[0]).toMatch(/^\d+-\d+$/);
        } else {
          const v = t.map(num);
          for (let i = 1; i < v.length; i++) {
            if (ind.polaritas === 'naik') expect(v[i], ind.id).toBeGreaterThan(v[i - 1] as number);
            else expect(v[i], ind.id).toBeLessThan(v[i - 1] as number);
          }
        }
        for (const y of ['2024', '2025']) {
          const q = ind.targetTw[y] as (string | null)[];
          if (ind.agregasi === 'kumulatif') expect(q.reduce((s, x) => s + num(x), 0)).toBe(num(ind.target[y]));
          else expect(q[3]).toBe(ind.target[y]);
          const r = ind.realisasiTw[y];
          if (r) expect(r.filter((x) => x !== null).length).toBe(y === '2025' ? 3 : 4);
        }
        expect(ind.targetTw['2026']).toBeUndefined();
        expect(ind.realisasiTw['2026']).toBeUndefined();
      }
    }
    expect(polarities).toEqual(new Set(['naik', 'turun', 'rentang']));
  });

  it('puts whole-rupiah budgets on sub kegiatan only, with spending within plan and pagu', () => {
    for (const n of all) {
      const pagu = n.anggaran.pagu['2024'];
      if (n.level !== 4) {
        expect(pagu).toBeUndefined();
        continue;
      }
      expect(pagu).toMatch(/^\d+$/);
      expect(num(pagu)).toBeGreaterThanOrEqual(10_000_000);
      expect(num(pagu)).toBeLessThanOrEqual(2_000_000_000);
      const rencana = (n.anggaran.rencanaTw['2024'] ?? []).map(num);
      const real = n.anggaran.realisasiTw['2024'] ?? [];
      expect(rencana.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(num(pagu));
      expect(real.filter((x) => x !== null)).toHaveLength(2);
      real.forEach((x, i) => {
        if (x !== null) expect(num(x)).toBeLessThanOrEqual(rencana[i] as number);
      });
    }
  });

  it('evaluates: the root gets a capaian, a predikat and the summed pagu', () => {
    const ev = evaluate(doc, { year: 2024, tw: 2 });
    const root = ev.results.get('pemda');
    expect(root?.capaianEfektif).not.toBeNull();
    expect(root?.predikat).not.toBeNull();
    const sum = all.filter((n) => n.level === 4).reduce((s, n) => s + BigInt(n.anggaran.pagu['2024'] ?? '0'), 0n);
    expect(root?.pagu?.toFixed()).toBe(sum.toString());
  });

  it('keeps its shape for any seed and size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 300, max: 4000 }), (seed, n) => {
        const d = generatePemda({ seed, nodes: n });
        const nodes = nodesOf(d);
        expect(Math.abs(nodes.length - n)).toBeLessThanOrEqual(n * 0.05);
        for (const node of nodes) {
          if (node.parentId === null) continue;
          expect(node.level).toBe((d.nodes[node.parentId] as KNode).level + 1);
        }
      }),
      { numRuns: 20 },
    );
  });
});
