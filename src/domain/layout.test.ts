import { describe, expect, it } from 'vitest';
import { generatePemda } from './generate';
import { CARD, GAP_X, GAP_Y, STACK_GAP, STACK_INDENT, layoutTree } from './layout';
import type { Box, Layout, LayoutOptions } from './layout';
import { makeNode } from './model';
import type { KNode } from './model';
import { buildTreeIndex } from './tree';
import type { TreeIndex } from './tree';

function visibleChildren(index: TreeIndex, collapsed: ReadonlySet<string>, id: string): string[] {
  return collapsed.has(id) ? [] : (index.children.get(id) ?? []);
}

/** The compact layout as first written (objects and arrays per node): the reference. */
function referenceCompact(nodes: Record<string, KNode>, index: TreeIndex, opts: LayoutOptions): Layout {
  const stackFrom = opts.stackFromLevel ?? 3;
  const size = new Map<string, { w: number; h: number }>();
  const order: string[] = [];
  const stack = [...index.roots];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen.has(id) || !nodes[id]) continue;
    seen.add(id);
    order.push(id);
    stack.push(...visibleChildren(index, opts.collapsed, id));
  }
  const cardOf = (id: string) => CARD[(nodes[id] as KNode).level];
  const stacks = (id: string): boolean => (nodes[id] as KNode).level >= stackFrom;
  // Post-order: block sizes.
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    const card = cardOf(id);
    const kids = visibleChildren(index, opts.collapsed, id).filter((k) => size.has(k));
    if (kids.length === 0) size.set(id, { w: card.w, h: card.h });
    else if (stacks(id)) {
      let h = card.h;
      let w = card.w;
      for (const k of kids) {
        const s = size.get(k) as { w: number; h: number };
        h += STACK_GAP + s.h;
        w = Math.max(w, STACK_INDENT + s.w);
      }
      size.set(id, { w, h });
    } else {
      let w = -GAP_X;
      let h = 0;
      for (const k of kids) {
        const s = size.get(k) as { w: number; h: number };
        w += GAP_X + s.w;
        h = Math.max(h, s.h);
      }
      size.set(id, { w: Math.max(w, card.w), h: card.h + GAP_Y + h });
    }
  }
  // Pre-order: positions.
  const boxes = new Map<string, Box>();
  const visible: string[] = [];
  let x0 = 0;
  let maxH = 0;
  const place: { id: string; x: number; y: number; stacked: boolean }[] = [];
  for (const r of index.roots) {
    const s = size.get(r);
    if (!s) continue;
    place.push({ id: r, x: x0, y: 0, stacked: false });
    x0 += s.w + GAP_X * 3;
    maxH = Math.max(maxH, s.h);
  }
  place.reverse();
  while (place.length) {
    const { id, x, y, stacked } = place.pop() as { id: string; x: number; y: number; stacked: boolean };
    const card = cardOf(id);
    const block = size.get(id) as { w: number; h: number };
    const kids = visibleChildren(index, opts.collapsed, id).filter((k) => size.has(k));
    visible.push(id);
    if (stacked || stacks(id)) {
      boxes.set(id, { x, y, w: card.w, h: card.h, stacked });
      let cy = y + card.h + STACK_GAP;
      const next: typeof place = [];
      for (const k of kids) {
        next.push({ id: k, x: x + STACK_INDENT, y: cy, stacked: true });
        cy += (size.get(k) as { h: number }).h + STACK_GAP;
      }
      place.push(...next.reverse());
    } else {
      boxes.set(id, { x: x + (block.w - card.w) / 2, y, w: card.w, h: card.h, stacked });
      let kidsW = -GAP_X;
      for (const k of kids) kidsW += GAP_X + (size.get(k) as { w: number }).w;
      let cx = x + (block.w - kidsW) / 2;
      const next: typeof place = [];
      for (const k of kids) {
        next.push({ id: k, x: cx, y: y + card.h + GAP_Y, stacked: false });
        cx += (size.get(k) as { w: number }).w + GAP_X;
      }
      place.push(...next.reverse());
    }
  }
  return { boxes, visible, width: Math.max(0, x0 - GAP_X * 3), height: maxH };
}

const compactOf = (nodes: Record<string, KNode>, collapsed: ReadonlySet<string> = new Set()): Layout => layoutTree(nodes, buildTreeIndex(nodes), { mode: 'compact', collapsed });

describe('compact layout', () => {
  it('places every node exactly as the reference does, on generated trees with branches collapsed', () => {
    for (const [seed, size] of [[1, 600], [2, 3000], [3, 1500]] as const) {
      const doc = generatePemda({ seed, nodes: size, year: 2025, tw: 2 });
      const index = buildTreeIndex(doc.nodes);
      const all = Object.values(doc.nodes);
      for (const collapsed of [new Set<string>(), new Set(all.filter((n, i) => n.level === 2 && i % 3 === 0).map((n) => n.id)), new Set(all.filter((n, i) => n.level === 4 && i % 2 === 0).map((n) => n.id))]) {
        for (const stackFromLevel of [3, 1, 6]) {
          const opts = { mode: 'compact', collapsed, stackFromLevel } as const;
          const got = layoutTree(doc.nodes, index, opts);
          const want = referenceCompact(doc.nodes, index, opts);
          expect(got.visible).toEqual(want.visible);
          expect([got.width, got.height]).toEqual([want.width, want.height]);
          expect(got.boxes.size).toBe(want.boxes.size);
          for (const id of want.visible) expect(got.boxes.get(id)).toEqual(want.boxes.get(id));
        }
      }
    }
  });

  it('centres a row of children under their parent and stacks the lower levels, indented', () => {
    const nodes: Record<string, KNode> = {
      r: makeNode({ id: 'r', level: 0 }),
      a: makeNode({ id: 'a', level: 1, parentId: 'r', order: 0 }),
      b: makeNode({ id: 'b', level: 1, parentId: 'r', order: 1 }),
      k: makeNode({ id: 'k', level: 3, parentId: 'a' }),
      s1: makeNode({ id: 's1', level: 4, parentId: 'k', order: 0 }),
      s2: makeNode({ id: 's2', level: 4, parentId: 'k', order: 1 }),
    };
    const l = compactOf(nodes);
    expect(l.visible).toEqual(['r', 'a', 'k', 's1', 's2', 'b']);
    // Worked by hand from CARD, GAP_X 28, GAP_Y 72, STACK_INDENT 24, STACK_GAP 14: k's block is
    // 256 wide (24 + 232) and 388 high; a's row is k alone; r's row is a and b, 548 wide.
    expect([GAP_X, GAP_Y, STACK_INDENT, STACK_GAP]).toEqual([28, 72, 24, 14]);
    expect(l.boxes.get('r')).toEqual({ x: 134, y: 0, w: 280, h: 128, stacked: false });
    expect(l.boxes.get('a')).toEqual({ x: 0, y: 200, w: 260, h: 128, stacked: false });
    expect(l.boxes.get('b')).toEqual({ x: 288, y: 200, w: 260, h: 128, stacked: false });
    expect(l.boxes.get('k')).toEqual({ x: 2, y: 400, w: 240, h: 128, stacked: false });
    expect(l.boxes.get('s1')).toEqual({ x: 26, y: 542, w: 232, h: 116, stacked: true });
    expect(l.boxes.get('s2')).toEqual({ x: 26, y: 672, w: 232, h: 116, stacked: true });
    expect([l.width, l.height]).toEqual([548, 788]);
    // Collapsing a hides its branch.
    expect(compactOf(nodes, new Set(['a'])).visible).toEqual(['r', 'a', 'b']);
  });
});

