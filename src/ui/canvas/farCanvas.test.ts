import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Box, Layout } from '../../domain/layout';
import type { KNode, Level } from '../../domain/model';
import { buildFarIndex, drawFar, hitTest, queryItems } from './farCanvas';
import type { CardFace, FarIndex } from './farCanvas';

/** Only the fields the index reads. */
function node(id: string, level: Level, parentId: string | null, links: string[] = []): KNode {
  return { id, level, parentId, kode: id, crosscutting: links.map((p) => ({ parentId: p })) } as unknown as KNode;
}

const box = (x: number, y: number, w = 200, h = 100, stacked = false): Box => ({ x, y, w, h, stacked });

/**
 * A root with two children 20,000 units apart (its edges cross the middle, where no card is), a
 * grandchild under the left child, and a crosscutting link from the right child to the grandchild.
 */
function fixture(): { ix: FarIndex; nodes: Record<string, KNode> } {
  const nodes: Record<string, KNode> = {
    r: node('r', 0, null),
    a: node('a', 1, 'r'),
    b: node('b', 1, 'r'),
    c: node('c', 2, 'a', ['b']),
  };
  const boxes = new Map<string, Box>([
    ['r', box(10_000, 0)],
    ['a', box(0, 300)],
    ['b', box(20_000, 300)],
    ['c', box(0, 600)],
  ]);
  const layout: Layout = { boxes, visible: ['r', 'a', 'c', 'b'], width: 20_200, height: 700 };
  return { ix: buildFarIndex(layout, nodes), nodes };
}

describe('the far-zoom index', () => {
  it('finds the cards near a rectangle, and the edges that cross it between far-off cards', () => {
    const { ix } = fixture();
    // Candidates at the grid's granularity (1,024 units): what drawing then tests box by box.
    const ids = (r: { x: number; y: number; w: number; h: number }): string[] => queryItems(ix, r).map((i) => ix.ids[i] as string);
    // Around the grandchild: it (and its parent in the same cell), nothing of the right side.
    expect(ids({ x: 0, y: 600, w: 100, h: 50 })).toEqual(['a', 'c']);
    // Empty space left of the middle: the edge from the root to its left child and the long
    // crosscutting link pass there; the right child's edge does not.
    expect(ids({ x: 5_000, y: 250, w: 100, h: 10 }).sort()).toEqual(['a', 'c']);
    expect(ids({ x: 15_000, y: 250, w: 100, h: 10 }).sort()).toEqual(['b', 'c']);
    // Nothing at all far below the tree.
    expect(ids({ x: 0, y: 50_000, w: 100, h: 100 })).toEqual([]);
  });

  it('indexes crosscutting links with the card that holds them', () => {
    const { ix } = fixture();
    const c = ix.ids.indexOf('c');
    expect(ix.cross[c]?.map((i) => ix.ids[i])).toEqual(['b']);
    // The link from b (x 20,000) to c (x 0) crosses x 12,000 at the cards' height.
    expect(queryItems(ix, { x: 12_000, y: 500, w: 10, h: 10 }).map((i) => ix.ids[i])).toContain('c');
  });

  it('returns each item once, in layout order, however many cells it spans', () => {
    const { ix } = fixture();
    const all = queryItems(ix, { x: -1_000, y: -1_000, w: 30_000, h: 3_000 });
    expect(all).toEqual([0, 1, 2, 3]);
    // And again (the dedupe stamp moves on).
    expect(queryItems(ix, { x: -1_000, y: -1_000, w: 30_000, h: 3_000 })).toEqual([0, 1, 2, 3]);
  });

  it('hit-tests cards by their boxes, with slack', () => {
    const { ix } = fixture();
    expect(hitTest(ix, 10_100, 50)).toBe('r');
    expect(hitTest(ix, 20_199, 399)).toBe('b');
    expect(hitTest(ix, 5_000, 50)).toBeNull();
    expect(hitTest(ix, 205, 350)).toBeNull();
    expect(hitTest(ix, 205, 350, 10)).toBe('a');
    // Between two cards the nearer one wins.
    expect(hitTest(ix, 100, 520, 100)).toBe('c');
  });
});

// ---------------------------------------------------------------------------------------------
// Drawing, against a recording stand-in for the 2D context (Node has no canvas).

class RecPath {
  rects = 0;
  moves = 0;
  rect(): void {
    this.rects++;
  }
  roundRect(): void {
    this.rects++;
  }
  moveTo(): void {
    this.moves++;
  }
  lineTo(): void {}
  bezierCurveTo(): void {}
}

function recordingContext(): { ctx: CanvasRenderingContext2D; texts: string[]; strokes: string[] } {
  const texts: string[] = [];
  const strokes: string[] = [];
  const state = { strokeStyle: '', fillStyle: '', font: '', lineWidth: 1, globalAlpha: 1, textAlign: 'left', textBaseline: 'alphabetic', globalCompositeOperation: 'source-over' };
  const ctx = {
    ...state,
    canvas: { width: 1000, height: 600 },
    save() {},
    restore() {},
    setTransform() {},
    clearRect() {},
    beginPath() {},
    rect() {},
    roundRect() {},
    clip() {},
    fill() {},
    setLineDash() {},
    stroke(this: { strokeStyle: string }) {
      strokes.push(this.strokeStyle);
    },
    fillText(s: string) {
      texts.push(s);
    },
    measureText(s: string) {
      return { width: s.length * 7 };
    },
  };
  // A stand-in: only the members drawFar uses exist.
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, strokes };
}

const face = (id: string): CardFace => ({ level: 1, label: `L1 ${id}`, kode: `K-${id}`, badge: { text: '90%', bg: '#15803d', fg: '#fff' }, rollup: null, findings: 0, collapse: null, collapsed: false });

describe('drawing the far view', () => {
  const saved = (globalThis as { Path2D?: unknown }).Path2D;
  beforeAll(() => {
    (globalThis as { Path2D?: unknown }).Path2D = RecPath;
  });
  afterAll(() => {
    (globalThis as { Path2D?: unknown }).Path2D = saved;
  });

  it('draws only the cards inside the area, with legible text at zoom 0.39 and bars at 0.2', () => {
    const { ix } = fixture();
    const asked: string[] = [];
    const look = { face: (id: string) => (asked.push(id), face(id)), dim: null, diff: null, selectedId: null };
    // The left column (a, c) at zoom 0.39: canvas px = layout × 0.39.
    let rec = recordingContext();
    const n = drawFar(rec.ctx, ix, { k: 0.39, ox: 0, oy: 0, dpr: 1 }, { x: 0, y: 0, w: 400, h: 400 }, look);
    expect(n).toBe(2);
    expect(asked.sort()).toEqual(['a', 'c']);
    expect(rec.texts).toContain('L1 a');
    expect(rec.texts).toContain('90%');
    // At zoom 0.2 the same header text would be under 4.5 px: drawn as bars, not glyphs.
    rec = recordingContext();
    expect(drawFar(rec.ctx, ix, { k: 0.2, ox: 0, oy: 0, dpr: 1 }, { x: 0, y: 0, w: 400, h: 400 }, look)).toBe(2);
    expect(rec.texts).toEqual([]);
  });

  it('outlines the selected card and skips dimmed ones from the plain pass', () => {
    const { ix } = fixture();
    const rec = recordingContext();
    const n = drawFar(rec.ctx, ix, { k: 0.3, ox: 0, oy: 0, dpr: 1 }, { x: 0, y: 0, w: 400, h: 400 }, { face, dim: (id) => id === 'c', diff: null, selectedId: 'a' });
    expect(n).toBe(2);
    expect(rec.strokes).toContain('#1d4ed8');
    const none = recordingContext();
    drawFar(none.ctx, ix, { k: 0.3, ox: 0, oy: 0, dpr: 1 }, { x: 0, y: 0, w: 400, h: 400 }, { face, dim: null, diff: null, selectedId: 'b' });
    expect(none.strokes).not.toContain('#1d4ed8');
  });
});
