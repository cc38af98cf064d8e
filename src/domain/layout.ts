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
 *
 * Two passes over the visible nodes in pre-order, with their figures in typed arrays by position:
 * backwards for the block sizes (every descendant comes after its ancestor), forwards for the
 * positions. No object per node but its Box (a layout of 20,000 nodes took ≈ 80–130 ms when
 * every step made arrays and objects, ≈ 10 ms now).
 */
function compact(nodes: Record<string, KNode>, index: TreeIndex, opts: LayoutOptions): Layout {
  const stackFrom = opts.stackFromLevel ?? 3;
  // Visible nodes in pre-order (roots in order, children in order), each once.
  const order: string[] = [];
  const posOf = new Map<string, number>();
  const parentPos: number[] = [];
  const stack: string[] = [];
  const stackParent: number[] = [];
  for (let r = index.roots.length - 1; r >= 0; r--) {
    stack.push(index.roots[r] as string);
    stackParent.push(-1);
  }
  while (stack.length) {
    const id = stack.pop() as string;
    const parent = stackParent.pop() as number;
    if (posOf.has(id) || !nodes[id]) continue;
    posOf.set(id, order.length);
    order.push(id);
    parentPos.push(parent);
    const kids = visibleChildren(index, opts.collapsed, id);
    const self = order.length - 1;
    for (let k = kids.length - 1; k >= 0; k--) {
      stack.push(kids[k] as string);
      stackParent.push(self);
    }
  }
  const n = order.length;
  const level = new Uint8Array(n);
  for (let i = 0; i < n; i++) level[i] = (nodes[order[i] as string] as KNode).level;
  const cardW = (i: number): number => CARD[level[i] as Level].w;
  const cardH = (i: number): number => CARD[level[i] as Level].h;
  const stacks = (i: number): boolean => (level[i] as number) >= stackFrom;
  // Block sizes, children before parents. For a parent: how many children, and the running
  // width and height of its children's row (side by side) or column (stacked).
  const blockW = new Float64Array(n);
  const blockH = new Float64Array(n);
  const kidCount = new Int32Array(n);
  // Positions a node's subtree takes in `order`: its children follow it one subtree after another.
  const span = new Int32Array(n).fill(1);
  const accW = new Float64Array(n);
  const accH = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const w = cardW(i);
    const h = cardH(i);
    if (kidCount[i] === 0) {
      blockW[i] = w;
      blockH[i] = h;
    } else if (stacks(i)) {
      blockW[i] = Math.max(w, accW[i] as number);
      blockH[i] = h + (accH[i] as number);
    } else {
      blockW[i] = Math.max((accW[i] as number) - GAP_X, w);
      blockH[i] = h + GAP_Y + (accH[i] as number);
    }
    const p = parentPos[i] as number;
    if (p < 0) continue;
    kidCount[p] = (kidCount[p] as number) + 1;
    span[p] = (span[p] as number) + (span[i] as number);
    if (stacks(p)) {
      accH[p] = (accH[p] as number) + STACK_GAP + (blockH[i] as number);
      accW[p] = Math.max(accW[p] as number, STACK_INDENT + (blockW[i] as number));
    } else {
      accW[p] = (accW[p] as number) + GAP_X + (blockW[i] as number);
      accH[p] = Math.max(accH[p] as number, blockH[i] as number);
    }
  }
  // Positions, parents before children: each node places its children when it is placed.
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const stacked = new Uint8Array(n);
  let x0 = 0;
  let maxH = 0;
  for (let i = 0; i < n; i++) {
    if ((parentPos[i] as number) >= 0) continue;
    x[i] = x0;
    x0 += (blockW[i] as number) + GAP_X * 3;
    maxH = Math.max(maxH, blockH[i] as number);
  }
  const boxes = new Map<string, Box>();
  for (let i = 0; i < n; i++) {
    const id = order[i] as string;
    const w = cardW(i);
    const h = cardH(i);
    const kids = kidCount[i] as number;
    if (stacked[i] || stacks(i)) {
      boxes.set(id, { x: x[i] as number, y: y[i] as number, w, h, stacked: stacked[i] === 1 });
      let cy = (y[i] as number) + h + STACK_GAP;
      for (let k = 0, c = i + 1; k < kids; k++, c += span[c] as number) {
        x[c] = (x[i] as number) + STACK_INDENT;
        y[c] = cy;
        stacked[c] = 1;
        cy += (blockH[c] as number) + STACK_GAP;
      }
    } else {
      boxes.set(id, { x: (x[i] as number) + ((blockW[i] as number) - w) / 2, y: y[i] as number, w, h, stacked: false });
      // The children's row: their widths with a gap between (summed in the first pass).
      const kidsW = (accW[i] as number) - GAP_X;
      let cx = (x[i] as number) + ((blockW[i] as number) - kidsW) / 2;
      for (let k = 0, c = i + 1; k < kids; k++, c += span[c] as number) {
        x[c] = cx;
        y[c] = (y[i] as number) + h + GAP_Y;
        cx += (blockW[c] as number) + GAP_X;
      }
    }
  }
  return { boxes, visible: order, width: Math.max(0, x0 - GAP_X * 3), height: maxH };
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
