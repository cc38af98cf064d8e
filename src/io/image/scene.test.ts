import { describe, expect, it } from 'vitest';
import { generatePemda } from '../../domain/generate';
import { buildLumajang } from '../../samples/lumajang';
import { estimateExport } from './estimate';
import { sceneFor, sourceFor } from './fixtures';
import { mapWrap } from './overview';
import { buildScene } from './scene';

describe('export scenes', () => {
  const doc = buildLumajang();

  it('lays out the whole tree compact with every branch open, whatever the screen shows', () => {
    const someParent = Object.values(doc.nodes).find((n) => n.level === 2)?.id as string;
    const src = sourceFor(doc, { layoutMode: 'wide', collapsed: new Set([someParent]) });
    const scene = buildScene(src, { scope: 'whole', asOnScreen: false });
    expect(scene.ids).toHaveLength(Object.keys(doc.nodes).length);
    expect([...scene.boxes.values()].some((b) => b.stacked)).toBe(true);
    // As on screen: the collapsed branch stays closed, the wide layout has no stacks.
    const screen = buildScene(src, { scope: 'whole', asOnScreen: true });
    expect(screen.ids.length).toBeLessThan(scene.ids.length);
    expect([...screen.boxes.values()].some((b) => b.stacked)).toBe(false);
  });

  it('keeps the nodes that touch the visible area for the current view', () => {
    const full = sceneFor(doc);
    const first = full.boxes.get(full.ids[0] as string);
    if (!first) throw new Error('no box');
    const rect = { x: first.x - 10, y: first.y - 10, w: first.w + 20, h: 300 };
    const view = buildScene(sourceFor(doc), { scope: 'view', asOnScreen: true, viewRect: rect });
    expect(view.region).toEqual(rect);
    expect(view.ids).toContain(full.ids[0]);
    expect(view.ids.length).toBeLessThan(full.ids.length);
    for (const id of view.ids) {
      const b = view.boxes.get(id);
      if (!b) throw new Error('no box');
      expect(b.x < rect.x + rect.w && b.x + b.w > rect.x && b.y < rect.y + rect.h && b.y + b.h > rect.y).toBe(true);
    }
  });

  it('refuses a branch without a selection', () => {
    expect(() => buildScene(sourceFor(doc), { scope: 'subtree', asOnScreen: false })).toThrow(/selected/);
  });

  it('estimates what an export will produce', () => {
    const base = { badges: true, asOnScreen: false, lang: 'id' as const, paper: 'A4' as const, orientation: 'landscape' as const };
    expect(estimateExport(sourceFor(doc), { ...base, scope: 'whole', format: 'png' })).toMatchObject({ kind: 'one' });
    expect(estimateExport(sourceFor(doc), { ...base, scope: 'whole', format: 'svg' })).toMatchObject({ kind: 'svg' });
    expect(estimateExport(sourceFor(doc), { ...base, scope: 'view', format: 'png' })).toEqual({ kind: 'view' });
    expect(estimateExport(sourceFor(doc), { ...base, scope: 'subtree', format: 'png' })).toEqual({ kind: 'empty' });
    const big = generatePemda({ seed: 2, nodes: 3000 });
    const tiles = estimateExport(sourceFor(big), { ...base, scope: 'whole', format: 'png' });
    expect(tiles.kind).toBe('tiles');
    const a4 = estimateExport(sourceFor(big), { ...base, scope: 'whole', format: 'pdf' });
    const a3 = estimateExport(sourceFor(big), { ...base, scope: 'whole', format: 'pdf', paper: 'A3' });
    if (a4.kind !== 'pdf' || a3.kind !== 'pdf') throw new Error('not pdf');
    expect(a3.n).toBeLessThan(a4.n);
  });

  it('wraps a very wide overview map onto rows and a very tall one into columns', () => {
    const wide = mapWrap(120_000, 2600, 2350, 1400);
    expect(wide.dir).toBe('rows');
    expect(wide.k).toBeGreaterThan(3);
    const tall = mapWrap(600, 6000, 2000, 1300);
    expect(tall.dir).toBe('columns');
    expect(tall.k).toBeGreaterThan(1);
    expect(tall.scale).toBeGreaterThan(1300 / 6000);
    expect(mapWrap(1000, 600, 2350, 1400)).toEqual({ dir: 'rows', k: 1, scale: 1 });
  });
});
