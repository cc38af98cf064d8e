import type { Box } from '../../domain/layout';

/** A rectangle in layout coordinates (px at scale 1). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A piece of the layout drawn on a page: its nodes, their bounding box, where it sits on the page. */
export interface TilePart {
  ids: string[];
  rect: Rect;
  /** Offset of the part's top-left corner within the page's content area. */
  x: number;
  y: number;
}

/** One page or tile: the nodes it draws (each node is on exactly one page), in one or more parts. */
export interface Tile {
  /** 1-based page number, as printed on the page and on the overview. */
  n: number;
  ids: string[];
  /** Size of the content area (x, y = 0): the parts laid side by side. */
  rect: Rect;
  parts: TilePart[];
}

export interface TilePlan {
  tiles: Tile[];
  /** Bounding box of every planned node. */
  bounds: Rect;
  /** Layout px per picture px: always 1, pictures are never scaled down to fit. */
  scale: 1;
  /** Page number of each planned node. */
  pageOf: Map<string, number>;
}

/** Bounding box of the given nodes' boxes (zero-size at the origin when there are none). */
export function boundsOf(boxes: ReadonlyMap<string, Box>, ids: Iterable<string>): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const id of ids) {
    const b = boxes.get(id);
    if (!b) continue;
    if (b.x < x0) x0 = b.x;
    if (b.y < y0) y0 = b.y;
    if (b.x + b.w > x1) x1 = b.x + b.w;
    if (b.y + b.h > y1) y1 = b.y + b.h;
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : { x: 0, y: 0, w: 0, h: 0 };
}

const CLEAN_CUT_MIN = 0.67;

/**
 * Cuts along one axis into groups no longer than `limit`, never through an item. Each group starts
 * at the lowest remaining start and ends at the furthest clean cut (a position no item straddles)
 * within `limit`, if that fills at least two thirds of it; else it takes every item that ends within `limit` and the items crossing
 * that line wait for the next group. Items must be sorted by start and none longer than `limit`.
 */
function split<T>(sorted: readonly T[], lo: (t: T) => number, hi: (t: T) => number, limit: number): T[][] {
  const groups: T[][] = [];
  let rest = sorted;
  let from = 0;
  while (from < rest.length) {
    const start = lo(rest[from] as T);
    const end = start + limit;
    let maxHi = -Infinity;
    let cut = -1;
    let i = from;
    for (; i < rest.length && lo(rest[i] as T) <= end; i++) {
      if (i > from && maxHi <= lo(rest[i] as T)) cut = i;
      maxHi = Math.max(maxHi, hi(rest[i] as T));
    }
    if (maxHi <= end && (i === rest.length || maxHi <= lo(rest[i] as T))) cut = i;
    // A clean cut that wastes less than a third of the page beats cutting between crossing items.
    if (cut > from && (cut === i || lo(rest[cut] as T) - start >= limit * CLEAN_CUT_MIN)) {
      groups.push(rest.slice(from, cut));
      from = cut;
      continue;
    }
    const group: T[] = [];
    const later: T[] = [];
    for (let j = from; j < i; j++) (hi(rest[j] as T) <= end ? group : later).push(rest[j] as T);
    groups.push(group);
    rest = later.concat(rest.slice(i));
    from = 0;
  }
  return groups;
}

/**
 * Splits the nodes `ids` into pages whose content is at most `maxW` × `maxH` px at scale 1:
 * horizontal bands first, then columns within each band, never cutting a card. Page numbers run
 * band by band, left to right. Throws when one card alone does not fit a page.
 */
export function planTiles(boxes: ReadonlyMap<string, Box>, ids: readonly string[], maxW: number, maxH: number): TilePlan {
  const items = itemsOf(boxes, ids, maxW, maxH);
  items.sort((a, b) => a.b.x - b.b.x || a.b.y - b.b.y);
  const groups: Item[][] = [];
  for (const band of split(items, (t) => t.b.x, (t) => t.b.x + t.b.w, maxW)) {
    band.sort((a, b) => a.b.y - b.b.y);
    groups.push(...split(band, (t) => t.b.y, (t) => t.b.y + t.b.h, maxH));
  }
  return finish(boxes, ids, items, groups.map((g) => [g]));
}

type Item = { id: string; b: Box };

function itemsOf(boxes: ReadonlyMap<string, Box>, ids: readonly string[], maxW: number, maxH: number): Item[] {
  const items: Item[] = [];
  for (const id of ids) {
    const b = boxes.get(id);
    if (!b) continue;
    if (b.w > maxW || b.h > maxH) throw new Error(`A card of ${b.w}×${b.h} px does not fit a page of ${Math.floor(maxW)}×${Math.floor(maxH)} px.`);
    items.push({ id, b });
  }
  return items;
}

/** Pages from groups of parts (each part a group of items), parts of a page side by side. */
function finish(boxes: ReadonlyMap<string, Box>, ids: readonly string[], items: Item[], pages: Item[][][], gap = 0): TilePlan {
  const rank = new Map<string, number>();
  ids.forEach((id, i) => rank.set(id, i));
  const byRank = (a: string, b: string): number => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  const pageOf = new Map<string, number>();
  const tiles = pages.map((groups, i): Tile => {
    const n = i + 1;
    let x = 0;
    let h = 0;
    const parts = groups.map((g): TilePart => {
      const partIds = g.map((t) => t.id).sort(byRank);
      for (const id of partIds) pageOf.set(id, n);
      const rect = boundsOf(boxes, partIds);
      const part = { ids: partIds, rect, x: x ? x + gap : 0, y: 0 };
      x = part.x + rect.w;
      h = Math.max(h, rect.h);
      return part;
    });
    const all = parts.flatMap((p) => p.ids);
    return { n, ids: parts.length > 1 ? all.sort(byRank) : all, rect: parts.length === 1 ? (parts[0] as TilePart).rect : { x: 0, y: 0, w: x, h }, parts };
  });
  return { tiles, bounds: boundsOf(boxes, items.map((t) => t.id)), scale: 1, pageOf };
}

/**
 * Pages for print, set like newspaper columns: the tree is cut at every clean vertical gap into
 * strips (a kegiatan stays with its sub kegiatan and aktivitas), strips wider than a page are
 * cut as in {@link planTiles}, each strip is cut into parts no taller than a page, and the parts
 * fill pages side by side, `gap` px apart, in reading order. A tall, narrow tree that would
 * leave most of every page empty as one column fills it with several.
 */
export function planFlow(boxes: ReadonlyMap<string, Box>, ids: readonly string[], maxW: number, maxH: number, gap: number): TilePlan {
  const items = itemsOf(boxes, ids, maxW, maxH);
  items.sort((a, b) => a.b.x - b.b.x || a.b.y - b.b.y);
  // Minimal strips: runs of items whose horizontal extents overlap.
  const strips: Item[][] = [];
  let hi = -Infinity;
  for (const it of items) {
    if (!strips.length || it.b.x >= hi) {
      strips.push([]);
      hi = -Infinity;
    }
    (strips[strips.length - 1] as Item[]).push(it);
    hi = Math.max(hi, it.b.x + it.b.w);
  }
  const parts: { items: Item[]; w: number }[] = [];
  for (const strip of strips) {
    for (const col of split(strip, (t) => t.b.x, (t) => t.b.x + t.b.w, maxW)) {
      col.sort((a, b) => a.b.y - b.b.y);
      for (const g of split(col, (t) => t.b.y, (t) => t.b.y + t.b.h, maxH)) parts.push({ items: g, w: boundsOf(boxes, g.map((t) => t.id)).w });
    }
  }
  const pages: Item[][][] = [];
  let x = Infinity;
  for (const p of parts) {
    if (x + gap + p.w > maxW) {
      pages.push([p.items]);
      x = p.w;
    } else {
      (pages[pages.length - 1] as Item[][]).push(p.items);
      x += gap + p.w;
    }
  }
  return finish(boxes, ids, items, pages, gap);
}
