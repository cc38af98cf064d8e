import type { Box, Layout } from '../../domain/layout';
import type { KNode, Level } from '../../domain/model';
import { CARD_BORDER, EDGE, EDGE_CROSS, EDGE_STACK, LEVEL_COLOR, MUTED, NO_PREDIKAT_BG, PREDIKAT_COLORS } from '../../io/image/theme';

/**
 * Below this zoom the canvas is drawn level-of-detail: card text would be under 6 px, so cards show
 * their header only (NodeCard) and, for speed, are painted into one <canvas> (FarCanvas) instead of
 * being DOM nodes. At zoom 0.2 some 250 DOM cards cost ≈ 150 ms of paint and raster per frame in
 * software-rendered Chromium; the same picture drawn with the 2D API costs a few milliseconds.
 */
export const FAR_ZOOM = 0.4;

/** Grid cell size of the spatial index, in layout units. */
const CELL = 1024;
/** Cell coordinates are packed into one number: |cell| must stay below this. */
const CELL_RANGE = 1 << 15;

const key = (cx: number, cy: number): number => (cx + CELL_RANGE) * (CELL_RANGE * 2) + (cy + CELL_RANGE);

/**
 * The cards of one layout, and a grid over them, so a frame visits only the cells around the view
 * (not all 20,000 cards), and a click finds its card in O(cell).
 *
 * Item i is card `ids[i]` with its box. Its bounds also cover the edge to its parent and its
 * crosscutting links, so an edge crossing the view between two off-screen cards is still drawn.
 */
export interface FarIndex {
  layout: Layout;
  ids: string[];
  boxes: Box[];
  /** Item index of the parent card, or -1. */
  parent: Int32Array;
  /** Item indices of the crosscutting parents, where there are any. */
  cross: (number[] | undefined)[];
  cells: Map<number, number[]>;
  /** Dedupes items found in several cells: stamp[i] === tick when already taken this query. */
  stamp: Uint32Array;
  tick: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Builds the index of a layout's visible cards. O(n) plus the cells long edges span. */
export function buildFarIndex(layout: Layout, nodes: Readonly<Record<string, KNode>>): FarIndex {
  const ids: string[] = [];
  const boxes: Box[] = [];
  const at = new Map<string, number>();
  for (const id of layout.visible) {
    const b = layout.boxes.get(id);
    if (!b || !nodes[id]) continue;
    at.set(id, ids.length);
    ids.push(id);
    boxes.push(b);
  }
  const parent = new Int32Array(ids.length).fill(-1);
  const cross: (number[] | undefined)[] = new Array<number[] | undefined>(ids.length);
  const cells = new Map<number, number[]>();
  for (let i = 0; i < ids.length; i++) {
    const n = nodes[ids[i] as string] as KNode;
    const b = boxes[i] as Box;
    let x0 = b.x;
    let y0 = b.y;
    let x1 = b.x + b.w;
    let y1 = b.y + b.h;
    const grow = (o: Box): void => {
      x0 = Math.min(x0, o.x);
      y0 = Math.min(y0, o.y);
      x1 = Math.max(x1, o.x + o.w);
      y1 = Math.max(y1, o.y + o.h);
    };
    const p = n.parentId ? at.get(n.parentId) : undefined;
    if (p !== undefined) {
      parent[i] = p;
      grow(boxes[p] as Box);
    }
    for (const c of n.crosscutting) {
      const q = at.get(c.parentId);
      if (q === undefined) continue;
      (cross[i] ??= []).push(q);
      grow(boxes[q] as Box);
    }
    const cx1 = Math.floor(x1 / CELL);
    const cy1 = Math.floor(y1 / CELL);
    for (let cx = Math.floor(x0 / CELL); cx <= cx1; cx++)
      for (let cy = Math.floor(y0 / CELL); cy <= cy1; cy++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list) list.push(i);
        else cells.set(k, [i]);
      }
  }
  return { layout, ids, boxes, parent, cross, cells, stamp: new Uint32Array(ids.length), tick: 0 };
}

/** Items whose bounds (card, parent edge, links) may overlap `r`, each once, in layout order. */
export function queryItems(ix: FarIndex, r: Rect): number[] {
  ix.tick = (ix.tick + 1) >>> 0;
  if (ix.tick === 0) {
    ix.stamp.fill(0);
    ix.tick = 1;
  }
  const out: number[] = [];
  const cx0 = Math.floor(r.x / CELL);
  const cx1 = Math.floor((r.x + r.w) / CELL);
  const cy0 = Math.floor(r.y / CELL);
  const cy1 = Math.floor((r.y + r.h) / CELL);
  // Zoomed out so far that the view has more cells than the index: walk the index's cells instead.
  if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > ix.cells.size) {
    for (const [k, list] of ix.cells) {
      const cx = Math.floor(k / (CELL_RANGE * 2)) - CELL_RANGE;
      const cy = (k % (CELL_RANGE * 2)) - CELL_RANGE;
      if (cx < cx0 || cx > cx1 || cy < cy0 || cy > cy1) continue;
      take(ix, list, out);
    }
  } else {
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = ix.cells.get(key(cx, cy));
        if (list) take(ix, list, out);
      }
  }
  // Cards never overlap, but their order decides which edge is drawn over which: keep the layout's.
  return out.sort((a, b) => a - b);
}

function take(ix: FarIndex, list: number[], out: number[]): void {
  for (const i of list) {
    if (ix.stamp[i] === ix.tick) continue;
    ix.stamp[i] = ix.tick;
    out.push(i);
  }
}

export const overlaps = (b: Rect, r: Rect): boolean => b.x + b.w >= r.x && b.x <= r.x + r.w && b.y + b.h >= r.y && b.y <= r.y + r.h;

/** The card under a point in layout coordinates, within `slack` layout units of its box. */
export function hitTest(ix: FarIndex, x: number, y: number, slack = 0): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const i of queryItems(ix, { x: x - slack, y: y - slack, w: 2 * slack, h: 2 * slack })) {
    const b = ix.boxes[i] as Box;
    const dx = Math.max(b.x - x, 0, x - (b.x + b.w));
    const dy = Math.max(b.y - y, 0, y - (b.y + b.h));
    const d = Math.hypot(dx, dy);
    if (d <= slack && d < bestD) {
      bestD = d;
      best = ix.ids[i] as string;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Drawing

/** What a card shows zoomed out: its header (see `.card.far` in styles.css and NodeCard). */
export interface CardFace {
  level: Level;
  /** Short level name, e.g. "L2 · Program". */
  label: string;
  kode: string;
  /** Capaian badge: text and predikat colour; null when the card shows none. */
  badge: { text: string; bg: string; fg: string } | null;
  /** Roll-up of the children next to the node's own capaian ("↧ 85,2"), if both exist. */
  rollup: string | null;
  /** Findings count (warnings and errors). */
  findings: number;
  /** Collapse control: "▸ 12" when collapsed, "▾" when open with children, null for a leaf. */
  collapse: string | null;
  collapsed: boolean;
}

export type DiffMark = 'added' | 'changed' | 'moved' | 'removed';

/** Per-card state read while drawing. */
export interface FarLook {
  face: (id: string) => CardFace | null;
  dim: ((id: string) => boolean) | null;
  diff: ReadonlyMap<string, DiffMark> | null;
  selectedId: string | null;
}

/**
 * How layout coordinates map to the canvas: canvas CSS px = layout × k + (ox, oy); one CSS px is
 * `dpr` bitmap pixels.
 */
export interface FarOrigin {
  k: number;
  ox: number;
  oy: number;
  dpr: number;
}

/** Colours of styles.css (canvas cannot read CSS variables per draw without a style recalc). */
// The colours are the canvas cards' (ui/styles.css), which the exported pictures repeat in theme.ts.
const LEVEL_COLOURS = LEVEL_COLOR;
/** The far card's body: color-mix(in srgb, level 12%, #fff). */
const LEVEL_TINTS: Record<Level, string> = Object.fromEntries(
  Object.entries(LEVEL_COLOURS).map(([l, c]) => {
    const v = parseInt(c.slice(1), 16);
    const mix = (ch: number): number => Math.round(ch * 0.12 + 255 * 0.88);
    return [l, `rgb(${mix(v >> 16)}, ${mix((v >> 8) & 255)}, ${mix(v & 255)})`];
  }),
) as Record<Level, string>;
/** Badge colour by predikat label, as the DOM card's `pk-*` classes (canonical labels only). */
export const PREDIKAT_COLOURS: Record<string, string> = Object.fromEntries(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'].map((label, i) => [label, PREDIKAT_COLORS[i] as string]));
export const NO_PREDIKAT = { bg: NO_PREDIKAT_BG, fg: MUTED };
const ACCENT = '#1d4ed8';
const BORDER = CARD_BORDER;
const DIFF_COLOURS: Record<DiffMark, string> = { added: '#22c55e', changed: '#f59e0b', moved: '#6366f1', removed: '#dc2626' };
const FINDINGS_BG = '#fee2e2';
const FINDINGS_FG = '#b91c1c';
const COLLAPSE_BG = '#f1f5f9';
const COLLAPSE_CLOSED_BG = '#fef3c7';
const COLLAPSE_CLOSED_BORDER = '#f59e0b';

const SANS = "'Inter', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FONT_LABEL = `700 14px ${SANS}`;
const FONT_BADGE = `700 16px ${SANS}`;
const FONT_SMALL_BOLD = `700 10px ${SANS}`;
const FONT_SMALL = `600 10px ${SANS}`;
const FONT_KODE = '10px ui-monospace, monospace';
/** Text smaller than this on screen (CSS px) is drawn as a grey bar: it could not be read anyway. */
const MIN_TEXT_PX = 4.5;

/** Text widths in layout units, by font and text: the same few hundred strings come back every frame. */
const widths = new Map<string, number>();
function textWidth(ctx: CanvasRenderingContext2D, font: string, text: string): number {
  const k = `${font}\u0000${text}`;
  let w = widths.get(k);
  if (w === undefined) {
    if (widths.size > 20_000) widths.clear();
    const prev = ctx.font;
    ctx.font = font;
    w = ctx.measureText(text).width;
    ctx.font = prev;
    widths.set(k, w);
  }
  return w;
}

/** Where the pieces of a card's header go, in layout units (mirrors the flex row of `.card.far`). */
interface HeadLayout {
  cy: number;
  collapse: Rect | null;
  label: { x: number; w: number };
  kode: { x: number; w: number; text: string } | null;
  findings: Rect | null;
  rollup: { x: number; w: number } | null;
  badge: Rect | null;
}

const GAP = 6;
const BADGE_H = 23;

function headLayout(ctx: CanvasRenderingContext2D, b: Box, f: CardFace): HeadLayout {
  const left = b.x + 10;
  const right = b.x + b.w - 10;
  // Content box between the 10 px top border + 6 px padding and the 1 px bottom border + 6 px padding.
  const cy = b.y + (16 + b.h - 7) / 2;
  let x = left;
  let collapse: Rect | null = null;
  if (f.collapse) {
    const w = textWidth(ctx, f.collapsed ? FONT_SMALL_BOLD : FONT_SMALL, f.collapse) + 10;
    collapse = { x, y: cy - 8, w, h: 16 };
    x += w + GAP;
  }
  const lw = textWidth(ctx, FONT_LABEL, f.label);
  const label = { x, w: lw };
  // Right to left: badge, roll-up, findings; the kode takes what is left (ellipsis, as flex: 1).
  // A narrow card cannot hold them all: the predikat badge and the findings count matter most
  // zoomed out, so the roll-up goes first, then the label is squeezed (never overlapped).
  const bw = f.badge ? textWidth(ctx, FONT_BADGE, f.badge.text) + 20 : 0;
  const fw = f.findings > 0 ? textWidth(ctx, FONT_SMALL_BOLD, String(f.findings)) + 12 : 0;
  const rw = f.rollup ? textWidth(ctx, FONT_SMALL, f.rollup) : 0;
  const withRollup = f.rollup !== null && x + lw + GAP + (bw && bw + GAP) + rw + GAP + (fw && fw + GAP) <= right;
  let r = right;
  let badge: Rect | null = null;
  if (f.badge) {
    badge = { x: r - bw, y: cy - BADGE_H / 2, w: bw, h: BADGE_H };
    r -= bw + GAP;
  }
  let rollup: { x: number; w: number } | null = null;
  if (withRollup) {
    rollup = { x: r - rw, w: rw };
    r -= rw + GAP;
  }
  let findings: Rect | null = null;
  if (fw) {
    findings = { x: r - fw, y: cy - 6.5, w: fw, h: 13 };
    r -= fw + GAP;
  }
  label.w = Math.max(0, Math.min(lw, r - label.x));
  x += label.w + GAP;
  let kode: HeadLayout['kode'] = null;
  const room = r - x;
  if (f.kode && room > 8) {
    const full = textWidth(ctx, FONT_KODE, f.kode);
    if (full <= room) kode = { x, w: full, text: f.kode };
    else {
      // Monospace: cut to the characters that fit, with an ellipsis.
      const per = full / f.kode.length;
      const n = Math.max(0, Math.floor(room / per) - 1);
      kode = { x, w: room, text: `${f.kode.slice(0, n)}…` };
    }
  }
  return { cy, collapse, label, kode, findings, rollup, badge };
}

let measurer: CanvasRenderingContext2D | null = null;

/**
 * Whether a point (layout coordinates) is on a card's collapse control as drawn zoomed out, with
 * `slack` layout units around it. `collapse` is the control's text, as in CardFace.
 */
export function onCollapseControl(b: Box, collapse: string, collapsed: boolean, x: number, y: number, slack = 0): boolean {
  measurer ??= document.createElement('canvas').getContext('2d');
  const w = measurer ? textWidth(measurer, collapsed ? FONT_SMALL_BOLD : FONT_SMALL, collapse) + 10 : 24;
  const cy = b.y + (16 + b.h - 7) / 2;
  return x >= b.x + 10 - slack && x <= b.x + 10 + w + slack && y >= cy - 8 - slack && y <= cy + 8 + slack;
}

/** A rounded rectangle, or a plain one when the corners would be under a pixel anyway. */
function rrect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number, round: boolean): void {
  if (round) ctx.roundRect(x, y, w, h, Math.min(r, h / 2, w / 2));
  else ctx.rect(x, y, w, h);
}

interface Drawn {
  i: number;
  id: string;
  b: Box;
  f: CardFace;
  head: HeadLayout | null;
}

/**
 * Draws the part of the tree inside `area` (canvas CSS px; cleared first, and drawing is clipped
 * to it): edges first (tree edges as React Flow's smoothstep
 * paths, stacked children from the parent's lower left, crosscutting links dashed), then the cards'
 * far look. Everything of one colour is one path, so a frame is a few dozen fills, whatever the
 * number of cards. Returns how many cards were drawn.
 */
export function drawFar(ctx: CanvasRenderingContext2D, ix: FarIndex, o: FarOrigin, area: Rect, look: FarLook): number {
  const { k, dpr } = o;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(area.x * dpr, area.y * dpr, area.w * dpr, area.h * dpr);
  ctx.beginPath();
  ctx.rect(area.x * dpr, area.y * dpr, area.w * dpr, area.h * dpr);
  ctx.clip();
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * o.ox, dpr * o.oy);
  const px = 1 / k; // one CSS pixel in layout units
  const view: Rect = { x: (area.x - o.ox) / k, y: (area.y - o.oy) / k, w: area.w / k, h: area.h / k };
  const items = queryItems(ix, { x: view.x - 8 * px, y: view.y - 8 * px, w: view.w + 16 * px, h: view.h + 16 * px });
  // Corners under ~2.5 px are not seen, and rounded paths cost several times a rectangle to fill.
  const round = k * 8 >= 2.5;
  const detail = k >= 0.08;

  // Edges.
  const tree = new Path2D();
  const stack = new Path2D();
  const cross = new Path2D();
  let nCross = 0;
  for (const i of items) {
    const b = ix.boxes[i] as Box;
    const p = ix.parent[i] as number;
    if (p >= 0) {
      const pb = ix.boxes[p] as Box;
      if (overlaps(spanOf(pb, b), view)) {
        if (b.stacked) {
          const sx = pb.x + 14;
          const ty = b.y + b.h / 2;
          stack.moveTo(sx, pb.y + pb.h);
          stack.lineTo(sx, ty);
          stack.lineTo(b.x, ty);
        } else {
          const sx = pb.x + pb.w / 2;
          const sy = pb.y + pb.h;
          const tx = b.x + b.w / 2;
          const midY = (sy + b.y) / 2;
          tree.moveTo(sx, sy);
          tree.lineTo(sx, midY);
          tree.lineTo(tx, midY);
          tree.lineTo(tx, b.y);
        }
      }
    }
    const links = ix.cross[i];
    if (links)
      for (const q of links) {
        const qb = ix.boxes[q] as Box;
        if (!overlaps(spanOf(qb, b), view)) continue;
        // React Flow's default (bezier) edge from the bottom of the source to the top of the target.
        const sx = qb.x + qb.w / 2;
        const sy = qb.y + qb.h;
        const tx = b.x + b.w / 2;
        const ty = b.y;
        const off = controlOffset(ty - sy);
        cross.moveTo(sx, sy);
        cross.bezierCurveTo(sx, sy + off, tx, ty - off, tx, ty);
        nCross++;
      }
  }
  // React Flow's edges are 1 layout unit wide; zoomed out that is a hairline, so keep ≥ 0.75 px.
  ctx.lineWidth = Math.max(1, 0.75 * px);
  ctx.strokeStyle = EDGE;
  ctx.stroke(tree);
  ctx.strokeStyle = EDGE_STACK;
  ctx.stroke(stack);
  if (nCross) {
    ctx.strokeStyle = EDGE_CROSS;
    ctx.lineWidth = Math.max(1.5, 1.2 * px);
    ctx.setLineDash([Math.max(6, 4 * px), Math.max(4, 3 * px)]);
    ctx.stroke(cross);
    ctx.setLineDash([]);
  }

  // Cards: the plain ones, then the dimmed ones at the opacity of `.card.dim`.
  const plain: Drawn[] = [];
  const dimmed: Drawn[] = [];
  let selected: Drawn | null = null;
  for (const i of items) {
    const b = ix.boxes[i] as Box;
    if (!overlaps(b, view)) continue;
    const id = ix.ids[i] as string;
    const f = look.face(id);
    if (!f) continue;
    const d: Drawn = { i, id, b, f, head: detail ? headLayout(ctx, b, f) : null };
    if (look.dim?.(id)) dimmed.push(d);
    else plain.push(d);
    if (id === look.selectedId) selected = d;
  }
  if (look.diff) drawDiff(ctx, [...plain, ...dimmed], look.diff, px);
  drawCards(ctx, plain, k, px, round);
  if (dimmed.length) {
    ctx.globalAlpha = 0.25;
    drawCards(ctx, dimmed, k, px, round);
    ctx.globalAlpha = 1;
  }
  if (selected) {
    // `.card.selected`: a 3 px accent outline 1 px outside the card, kept ≥ 2.5 px on screen.
    const b = selected.b;
    const w = Math.max(3, 2.5 * px);
    const o = Math.max(1, px) + w / 2;
    ctx.strokeStyle = ACCENT;
    ctx.lineWidth = w;
    ctx.beginPath();
    rrect(ctx, b.x - o, b.y - o, b.w + 2 * o, b.h + 2 * o, 8 + o, round);
    ctx.stroke();
  }
  ctx.restore();
  return plain.length + dimmed.length;
}

const spanOf = (a: Box, b: Box): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

/** @xyflow/system's bezier control offset (curvature 0.25). */
const controlOffset = (distance: number): number => (distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance));

function drawDiff(ctx: CanvasRenderingContext2D, cards: Drawn[], diff: ReadonlyMap<string, DiffMark>, px: number): void {
  // `.card.diff-*`: a 4 px ring around the card (box-shadow 0 0 0 4px), kept ≥ 2 px on screen.
  const w = Math.max(4, 2 * px);
  for (const mark of Object.keys(DIFF_COLOURS) as DiffMark[]) {
    const path = new Path2D();
    let any = false;
    for (const d of cards) {
      if (diff.get(d.id) !== mark) continue;
      any = true;
      path.rect(d.b.x - w, d.b.y - w, d.b.w + 2 * w, d.b.h + 2 * w);
    }
    if (!any) continue;
    ctx.fillStyle = DIFF_COLOURS[mark];
    ctx.fill(path);
  }
}

function drawCards(ctx: CanvasRenderingContext2D, cards: Drawn[], k: number, px: number, round: boolean): void {
  if (!cards.length) return;
  // Bodies by level tint, then the 10 px top band in the level colour, then the border.
  const levels: Level[] = [0, 1, 2, 3, 4, 5];
  for (const lvl of levels) {
    const body = new Path2D();
    const band = new Path2D();
    let any = false;
    for (const d of cards) {
      if (d.f.level !== lvl) continue;
      any = true;
      const b = d.b;
      if (round) {
        body.roundRect(b.x, b.y, b.w, b.h, 8);
        band.roundRect(b.x, b.y, b.w, 10, [8, 8, 0, 0]);
      } else {
        body.rect(b.x, b.y, b.w, b.h);
        band.rect(b.x, b.y, b.w, 10);
      }
    }
    if (!any) continue;
    ctx.fillStyle = LEVEL_TINTS[lvl];
    ctx.fill(body);
    ctx.fillStyle = LEVEL_COLOURS[lvl];
    ctx.fill(band);
  }
  if (k >= 0.12) {
    const border = new Path2D();
    for (const d of cards) {
      const b = d.b;
      if (round) border.roundRect(b.x, b.y + 10, b.w, b.h - 10, [0, 0, 8, 8]);
      else border.rect(b.x, b.y + 10, b.w, b.h - 10);
    }
    ctx.strokeStyle = BORDER;
    ctx.lineWidth = Math.min(1, px);
    ctx.stroke(border);
  }

  const heads = cards.filter((d) => d.head);
  if (!heads.length) {
    // So far out that a header is a few pixels: the predikat colour as a dot is all that reads.
    const byColour = new Map<string, Path2D>();
    for (const d of cards) {
      const c = d.f.badge?.bg;
      if (!c) continue;
      let p = byColour.get(c);
      if (!p) byColour.set(c, (p = new Path2D()));
      const s = Math.min(d.b.h * 0.45, 48);
      p.rect(d.b.x + d.b.w - 10 - s * 1.6, d.b.y + (d.b.h + 10) / 2 - s / 2, s * 1.6, s);
    }
    for (const [c, p] of byColour) {
      ctx.fillStyle = c;
      ctx.fill(p);
    }
    return;
  }

  // Pills: badges by predikat colour, findings, collapse controls.
  const pills = new Map<string, Path2D>();
  const pill = (colour: string): Path2D => {
    let p = pills.get(colour);
    if (!p) pills.set(colour, (p = new Path2D()));
    return p;
  };
  const closedBorder = new Path2D();
  let anyClosed = false;
  for (const d of heads) {
    const h = d.head as HeadLayout;
    if (h.badge && d.f.badge) {
      const r = h.badge;
      if (round) pill(d.f.badge.bg).roundRect(r.x, r.y, r.w, r.h, r.h / 2);
      else pill(d.f.badge.bg).rect(r.x, r.y, r.w, r.h);
    }
    if (h.findings) {
      const r = h.findings;
      if (round) pill(FINDINGS_BG).roundRect(r.x, r.y, r.w, r.h, r.h / 2);
      else pill(FINDINGS_BG).rect(r.x, r.y, r.w, r.h);
    }
    if (h.collapse) {
      const r = h.collapse;
      if (round) pill(d.f.collapsed ? COLLAPSE_CLOSED_BG : COLLAPSE_BG).roundRect(r.x, r.y, r.w, r.h, 4);
      else pill(d.f.collapsed ? COLLAPSE_CLOSED_BG : COLLAPSE_BG).rect(r.x, r.y, r.w, r.h);
      if (d.f.collapsed) {
        anyClosed = true;
        closedBorder.rect(r.x, r.y, r.w, r.h);
      }
    }
  }
  for (const [c, p] of pills) {
    ctx.fillStyle = c;
    ctx.fill(p);
  }
  if (anyClosed && k >= 0.15) {
    ctx.strokeStyle = COLLAPSE_CLOSED_BORDER;
    ctx.lineWidth = Math.min(1, px);
    ctx.stroke(closedBorder);
  }

  // Text, one font at a time; text too small to read becomes a bar of its colour. Unhinted, so
  // glyphs scale with the zoom and the text keeps the width measured for it in layout units.
  ctx.textBaseline = 'middle';
  if ('textRendering' in ctx) ctx.textRendering = 'geometricPrecision';
  const text = (font: string, size: number, items: { x: number; y: number; w: number; s: string; colour: string; align?: CanvasTextAlign }[]): void => {
    if (!items.length) return;
    if (size * k >= MIN_TEXT_PX) {
      ctx.font = font;
      for (const t of items) {
        ctx.fillStyle = t.colour;
        ctx.textAlign = t.align ?? 'left';
        ctx.fillText(t.s, t.align === 'center' ? t.x + t.w / 2 : t.x, t.y, t.w + 1);
      }
      ctx.textAlign = 'left';
    } else {
      const bars = new Map<string, Path2D>();
      const bh = size * 0.6;
      for (const t of items) {
        let p = bars.get(t.colour);
        if (!p) bars.set(t.colour, (p = new Path2D()));
        const inset = t.align === 'center' ? Math.min(t.w * 0.15, 6) : 0;
        p.rect(t.x + inset, t.y - bh / 2, t.w - 2 * inset, bh);
      }
      ctx.globalAlpha *= 0.55;
      for (const [c, p] of bars) {
        ctx.fillStyle = c;
        ctx.fill(p);
      }
      ctx.globalAlpha /= 0.55;
    }
  };
  const labels = [];
  const kodes = [];
  const badges = [];
  const smallBold = [];
  const small = [];
  for (const d of heads) {
    const h = d.head as HeadLayout;
    const f = d.f;
    labels.push({ x: h.label.x, y: h.cy, w: h.label.w, s: f.label, colour: LEVEL_COLOURS[f.level] });
    if (h.kode) kodes.push({ x: h.kode.x, y: h.cy, w: h.kode.w, s: h.kode.text, colour: MUTED });
    if (h.badge && f.badge) badges.push({ x: h.badge.x, y: h.cy, w: h.badge.w, s: f.badge.text, colour: f.badge.fg, align: 'center' as const });
    if (h.findings) smallBold.push({ x: h.findings.x, y: h.cy, w: h.findings.w, s: String(f.findings), colour: FINDINGS_FG, align: 'center' as const });
    if (h.collapse && f.collapse) (f.collapsed ? smallBold : small).push({ x: h.collapse.x, y: h.cy, w: h.collapse.w, s: f.collapse, colour: '#334155', align: 'center' as const });
    if (h.rollup && f.rollup) small.push({ x: h.rollup.x, y: h.cy, w: h.rollup.w, s: f.rollup, colour: MUTED });
  }
  text(FONT_LABEL, 14, labels);
  text(FONT_KODE, 10, kodes);
  text(FONT_BADGE, 16, badges);
  text(FONT_SMALL_BOLD, 10, smallBold);
  text(FONT_SMALL, 10, small);
}
