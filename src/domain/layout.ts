import { hierarchy, tree } from 'd3-hierarchy';
import type { KNode, Level } from './model';
import type { TreeIndex } from './tree';

/** Card size per level: known up front so the canvas never measures (see performance.md). */
export const CARD: Record<Level, { w: number; h: number }> = {
  0: { w: 280, h: 128 },
  1: { w: 260, h: 128 },
  2: { w: 248, h: 128 },
  3: { w: 240, h: 128 },
  4: { w: 232, h: 116 },
  5: { w: 216, h: 64 },
};

export const GAP_X = 28;
export const GAP_Y = 72;
/** Indent and vertical gap of stacked (compact) children. */
export const STACK_INDENT = 24;
export const STACK_GAP = 14;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Laid out under its parent in a vertical stack (compact layout). */
  stacked: boolean;
}

export interface Layout {
  boxes: Map<string, Box>;
  /** Visible nodes in depth-first order. */
  visible: string[];
  width: number;
  height: number;
}

export type LayoutMode = 'compact' | 'wide';

export interface LayoutOptions {
  mode: LayoutMode;
  collapsed: ReadonlySet<string>;
  /** In compact mode, children of nodes at this level or deeper are stacked vertically. */
  stackFromLevel?: number;
}

function visibleChildren(index: TreeIndex, collapsed: ReadonlySet<string>, id: string): string[] {
  return collapsed.has(id) ? [] : (index.children.get(id) ?? []);
}

/**
 * Compact layout: the upper levels side by side (children centred under their parent), and from
 * `stackFromLevel` down the children stacked vertically and indented under their parent, as the
 * planners draw sub kegiatan and aktivitas. O(n), iterative (no recursion limit at 20k nodes).
 */
function compact(nodes: Record<string, KNode>, index: TreeIndex, opts: LayoutOptions): Layout {
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

/** Wide tidy tree (Reingold–Tilford via d3-hierarchy), one row per level. */
function wide(nodes: Record<string, KNode>, index: TreeIndex, opts: LayoutOptions): Layout {
  const W = Math.max(...Object.values(CARD).map((c) => c.w));
  const ROW = Math.max(...Object.values(CARD).map((c) => c.h)) + GAP_Y;
  const VIRTUAL = '\u0000root';
  const root = hierarchy<string>(VIRTUAL, (id) => (id === VIRTUAL ? index.roots.filter((r) => nodes[r]) : visibleChildren(index, opts.collapsed, id)));
  tree<string>().nodeSize([W + GAP_X, ROW]).separation((a, b) => (a.parent === b.parent ? 1 : 1.15))(root);
  const boxes = new Map<string, Box>();
  const visible: string[] = [];
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  root.each((n) => {
    if (n.data === VIRTUAL) return;
    const card = CARD[(nodes[n.data] as KNode).level];
    const x = (n.x ?? 0) - card.w / 2;
    const y = (n.y ?? 0) - ROW;
    boxes.set(n.data, { x, y, w: card.w, h: card.h, stacked: false });
    visible.push(n.data);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x + card.w);
    maxY = Math.max(maxY, y + card.h);
  });
  if (minX !== 0 && Number.isFinite(minX)) for (const b of boxes.values()) b.x -= minX;
  return { boxes, visible, width: Number.isFinite(maxX) ? maxX - minX : 0, height: maxY };
}

/** Positions and sizes of every visible node. */
export function layoutTree(nodes: Record<string, KNode>, index: TreeIndex, opts: LayoutOptions): Layout {
  return opts.mode === 'wide' ? wide(nodes, index, opts) : compact(nodes, index, opts);
}
