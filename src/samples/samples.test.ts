import { describe, expect, it } from 'vitest';
import { documentSchema } from '../domain/model';
import type { KDocument } from '../domain/model';
import { SAMPLES, findSample, visibleSamples } from './index';

/** Structural checks only; the arithmetic findings are the checker's tests. */

function parentChain(doc: KDocument, id: string): string[] {
  const seen: string[] = [];
  let cur: string | null = id;
  while (cur !== null) {
    if (seen.includes(cur)) throw new Error(`cycle through ${cur}`);
    seen.push(cur);
    const next: string | null = doc.nodes[cur]?.parentId ?? null;
    cur = next;
  }
  return seen;
}

describe('sample registry', () => {
  it('has unique ids and titles in both languages', () => {
    const ids = SAMPLES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SAMPLES) {
      expect(s.title.id.length).toBeGreaterThan(0);
      expect(s.title.en.length).toBeGreaterThan(0);
    }
  });

  it('hides the LKj 2023 fixture from the picker', () => {
    expect(findSample('lkj-2023')?.hidden).toBe(true);
    expect(visibleSamples().map((s) => s.id)).toEqual(['lumajang-2024', 'sumenep-2024', 'pemda-20k']);
  });
});

describe.each(SAMPLES.map((s) => [s.id, s] as const))('sample %s', (_id, sample) => {
  it('parses with documentSchema', () => {
    const doc = sample.build();
    expect(() => documentSchema.parse(doc)).not.toThrow();
    // Parsing adds nothing: the builder already fills every default.
    expect(documentSchema.parse(doc)).toEqual(doc);
  });

  it('builds a fresh document on every call', () => {
    const a = sample.build();
    const b = sample.build();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.nodes).not.toBe(b.nodes);
    const firstId = Object.keys(a.nodes)[0]!;
    expect(a.nodes[firstId]).not.toBe(b.nodes[firstId]);
  });

  it('keys every node by its id, with unique indicator ids', () => {
    const doc = sample.build();
    const indicatorIds: string[] = [];
    for (const [key, node] of Object.entries(doc.nodes)) {
      expect(node.id).toBe(key);
      indicatorIds.push(...node.indicators.map((i) => i.id));
    }
    expect(new Set(indicatorIds).size).toBe(indicatorIds.length);
  });

  it('has existing parents, levels stepping by one, a single root', () => {
    const doc = sample.build();
    const roots = Object.values(doc.nodes).filter((n) => n.parentId === null);
    expect(roots).toHaveLength(1);
    for (const node of Object.values(doc.nodes)) {
      if (node.parentId === null) continue;
      const parent = doc.nodes[node.parentId];
      expect(parent, `parent of ${node.id}`).toBeDefined();
      expect(node.level, `level of ${node.id}`).toBe(parent!.level + 1);
      for (const cc of node.crosscutting) expect(doc.nodes[cc.parentId], `crosscutting parent of ${node.id}`).toBeDefined();
    }
  });

  it('has no cycles', () => {
    const doc = sample.build();
    for (const id of Object.keys(doc.nodes)) expect(() => parentChain(doc, id)).not.toThrow();
  });

  it('has nesting codes where both codes are given', () => {
    const doc = sample.build();
    for (const node of Object.values(doc.nodes)) {
      const parent = node.parentId === null ? undefined : doc.nodes[node.parentId];
      if (!parent || node.kode === '' || parent.kode === '') continue;
      expect(node.kode.startsWith(`${parent.kode}.`), `${node.kode} under ${parent.kode}`).toBe(true);
    }
  });

  it('has quarterly arrays of length 4 and targets inside the period', () => {
    const doc = sample.build();
    const { periodeAwal, periodeAkhir } = doc.project;
    for (const node of Object.values(doc.nodes)) {
      for (const ind of node.indicators) {
        for (const y of Object.keys(ind.target)) {
          expect(Number(y), `${ind.id} target year`).toBeGreaterThanOrEqual(periodeAwal);
          expect(Number(y), `${ind.id} target year`).toBeLessThanOrEqual(periodeAkhir);
        }
        for (const q of [...Object.values(ind.targetTw), ...Object.values(ind.realisasiTw)]) expect(q).toHaveLength(4);
      }
      for (const q of [...Object.values(node.anggaran.rencanaTw), ...Object.values(node.anggaran.realisasiTw)]) expect(q).toHaveLength(4);
    }
  });
});

describe('sample shapes', () => {
  const levelCounts = (doc: KDocument): number[] => {
    const counts = [0, 0, 0, 0, 0, 0];
    for (const n of Object.values(doc.nodes)) counts[n.level]! += 1;
    return counts;
  };

  it('Lumajang has levels 0–5 with 12 sub kegiatan', () => {
    const doc = findSample('lumajang-2024')!.build();
    expect(levelCounts(doc)).toEqual([1, 1, 1, 2, 12, 49]);
    const ip = doc.nodes['lmj-2']!.indicators.map((i) => i.alias);
    expect(ip).toEqual(['IP', 'IP1', 'IP2', 'IP3', 'IP4']);
  });

  it('Sumenep stops at level 4', () => {
    const doc = findSample('sumenep-2024')!.build();
    expect(doc.project.settings.levelTerendah).toBe(4);
    expect(levelCounts(doc)).toEqual([1, 2, 3, 13, 45, 0]);
  });
});
