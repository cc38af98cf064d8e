import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePemda } from '../../domain/generate';
import type { Box } from '../../domain/layout';
import { buildLumajang } from '../../samples/lumajang';
import { optionsFor, sceneFor, titleFor } from './fixtures';
import { headerHeight } from './header';
import { IMAGE_LABELS } from './labels';
import { buildOverviewSvg } from './overview';
import { PNG_MAX_SIDE, PNG_OVERVIEW, pagePx, planPdf, planPng } from './pages';
import type { Orientation, Paper } from './pages';
import { planFlow, planTiles } from './plan';
import type { TilePlan } from './plan';
import { FLOW_GAP, MIN_WIDTH, PAD, buildTreeSvg } from './svg';
import { assertWellFormed, decodeRefs, drawnIds, fontSizes, svgSize } from './svgInspect';

/** Every node on exactly one page, inside its part's rectangle, pages and parts within the limits. */
function expectPartition(plan: TilePlan, boxes: ReadonlyMap<string, Box>, ids: readonly string[], maxW: number, maxH: number): void {
  const seen = new Map<string, number>();
  const eps = 1e-6;
  for (const t of plan.tiles) {
    let right = 0;
    for (const part of t.parts) {
      const r = part.rect;
      expect(r.w).toBeLessThanOrEqual(maxW + eps);
      expect(r.h).toBeLessThanOrEqual(maxH + eps);
      right = Math.max(right, part.x + r.w);
      for (const id of part.ids) {
        expect(seen.has(id), `${id} on two pages`).toBe(false);
        seen.set(id, t.n);
        const b = boxes.get(id) as Box;
        expect(b.x >= r.x - eps && b.y >= r.y - eps && b.x + b.w <= r.x + r.w + eps && b.y + b.h <= r.y + r.h + eps).toBe(true);
      }
    }
    expect(right).toBeLessThanOrEqual(maxW + eps);
    expect(new Set(t.ids)).toEqual(new Set(t.parts.flatMap((p) => p.ids)));
  }
  expect(seen.size).toBe(ids.length);
  expect(plan.scale).toBe(1);
  for (const id of ids) expect(plan.pageOf.get(id)).toBe(seen.get(id));
}

describe('page planner', () => {
  const doc = generatePemda({ seed: 11, nodes: 5000 });
  const scene = sceneFor(doc);
  const title = titleFor(doc);

  it('splits a 5,000-node tree into PNG pages of at most 8,192 px per side, at scale 1', () => {
    const t0 = performance.now();
    const { plan } = planPng(scene, title, 'id', true);
    const ms = performance.now() - t0;
    expect(plan.tiles.length).toBeGreaterThan(1);
    const hdr = headerHeight({ ...title, pageLabel: 'Halaman 000 dari 000' }, MIN_WIDTH, { lang: 'id', labels: IMAGE_LABELS.id, predikat: true, legend: true });
    expectPartition(plan, scene.boxes, scene.ids, PNG_MAX_SIDE - 2 * PAD, PNG_MAX_SIDE - hdr - 2 * PAD);
    // The pages as drawn: each SVG within 8,192 px, drawing exactly its nodes, text ≥ 10 px.
    const opts = optionsFor(doc);
    const all: string[] = [];
    for (const t of plan.tiles) {
      const pic = buildTreeSvg(scene, opts, { ids: t.ids, pageOf: plan.pageOf, page: { k: t.n, n: plan.tiles.length } });
      const size = svgSize(pic.svg);
      expect(size.w).toBeLessThanOrEqual(PNG_MAX_SIDE);
      expect(size.h).toBeLessThanOrEqual(PNG_MAX_SIDE);
      // Scale 1: the picture is as wide as its content plus margins, never shrunk to fit.
      expect(size.w).toBe(Math.max(MIN_WIDTH, Math.ceil(t.rect.w + 2 * PAD)));
      expect(Math.min(...fontSizes(pic.svg))).toBeGreaterThanOrEqual(10);
      const drawn = drawnIds(pic.svg);
      expect(drawn.sort()).toEqual([...t.ids].sort());
      all.push(...drawn);
    }
    expect(all.length).toBe(scene.ids.length);
    console.log(`5,000 nodes → ${plan.tiles.length} PNG pages, planned in ${ms.toFixed(1)} ms`);
  });

  it.each<[Paper, Orientation]>([
    ['A4', 'landscape'],
    ['A4', 'portrait'],
    ['A3', 'landscape'],
    ['A3', 'portrait'],
  ])('splits it into %s %s PDF pages at scale 1', (paper, orientation) => {
    const paged = planPdf(scene, title, 'id', true, paper, orientation);
    const size = pagePx(paper, orientation);
    expect(paged.pageSize).toEqual(size);
    expect(paged.legend).toBe(false);
    const hdr = headerHeight({ ...title, pageLabel: 'Halaman 000 dari 000' }, size.w, { lang: 'id', labels: IMAGE_LABELS.id, predikat: true, legend: false });
    expectPartition(paged.plan, scene.boxes, scene.ids, size.w - 2 * PAD, size.h - hdr - 2 * PAD);
    const first = paged.plan.tiles[0];
    if (!first) throw new Error('no page');
    const pic = buildTreeSvg(scene, optionsFor(doc, { legend: false }), { ids: first.ids, parts: first.parts, pageOf: paged.plan.pageOf, page: { k: 1, n: paged.plan.tiles.length }, size });
    expect(svgSize(pic.svg)).toEqual(size);
    assertWellFormed(pic.svg);
    expect(drawnIds(pic.svg).sort()).toEqual([...first.ids].sort());
    // Set in columns, pages are fuller than plain crops of the layout.
    const crops = planTiles(scene.boxes, scene.ids, size.w - 2 * PAD, size.h - hdr - 2 * PAD).tiles.length;
    expect(paged.plan.tiles.length).toBeLessThan(crops);
    console.log(`5,000 nodes on ${paper} ${orientation}: ${paged.plan.tiles.length} pages (${crops} as plain crops)`);
  });

  it('puts a small tree on one page with the legend', () => {
    const small = generatePemda({ seed: 3, nodes: 40 });
    const s = sceneFor(small, { scope: 'subtree' }, { selectedId: Object.values(small.nodes).find((n) => n.level === 4)?.id ?? null });
    const paged = planPdf(s, titleFor(small), 'id', true, 'A4', 'landscape');
    expect(paged.plan.tiles).toHaveLength(1);
    expect(paged.legend).toBe(true);
  });

  it('draws an overview with one numbered rectangle per page', () => {
    const { plan } = planPng(scene, title, 'id', true);
    const { svg } = buildOverviewSvg(scene, plan, optionsFor(doc), PNG_OVERVIEW);
    assertWellFormed(svg);
    const numbers = new Set([...svg.matchAll(/<text class="tn"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1])));
    expect(numbers).toEqual(new Set(plan.tiles.map((t) => t.n)));
    expect(decodeRefs(svg)).toContain(`Ikhtisar halaman — ${plan.tiles.length} halaman`);
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(10);
  });

  it('sets a tall, narrow tree in columns: far fewer pages than crops', () => {
    const lumajang = buildLumajang();
    const s = sceneFor(lumajang);
    const size = pagePx('A4', 'landscape');
    const flow = planFlow(s.boxes, s.ids, size.w - 2 * PAD, 500, FLOW_GAP);
    expectPartition(flow, s.boxes, s.ids, size.w - 2 * PAD, 500);
    expect(flow.tiles.some((t) => t.parts.length > 1)).toBe(true);
    expect(flow.tiles.length * 1.5).toBeLessThan(planTiles(s.boxes, s.ids, size.w - 2 * PAD, 500).tiles.length);
  });

  it('partitions any set of boxes, as crops and in columns (property)', () => {
    const box = fc.record({ x: fc.integer({ min: 0, max: 20000 }), y: fc.integer({ min: 0, max: 5000 }), w: fc.integer({ min: 10, max: 280 }), h: fc.integer({ min: 10, max: 128 }) });
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 200 }), fc.integer({ min: 300, max: 3000 }), fc.integer({ min: 200, max: 3000 }), (list, maxW, maxH) => {
        const boxes = new Map<string, Box>(list.map((b, i) => [`n${i}`, { ...b, stacked: false }]));
        const ids = [...boxes.keys()];
        expectPartition(planTiles(boxes, ids, maxW, maxH), boxes, ids, maxW, maxH);
        expectPartition(planFlow(boxes, ids, maxW, maxH, FLOW_GAP), boxes, ids, maxW, maxH);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a page smaller than a card rather than cutting it', () => {
    const boxes = new Map<string, Box>([['a', { x: 0, y: 0, w: 280, h: 128, stacked: false }]]);
    expect(() => planTiles(boxes, ['a'], 200, 500)).toThrow(/does not fit/);
  });
});
