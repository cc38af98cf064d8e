import type { NodeResult } from '../../domain/evaluate';
import type { Box } from '../../domain/layout';
import type { KNode, Project } from '../../domain/model';
import { cardCss, cardDefs, cardSvg, escapeXml, r1 } from './card';
import type { CardContext } from './card';
import { headerCss, headerSvg } from './header';
import type { TitleInfo } from './header';
import { IMAGE_LABELS, fill } from './labels';
import type { ImageLang } from './labels';
import { boundsOf } from './plan';
import type { Rect, TilePart } from './plan';
import { EDGE, EDGE_CROSS, EDGE_STACK, FONT_STACK, PAGE_LINE } from './theme';

/** Everything a picture of (part of) the tree is drawn from: model, results and layout. */
export interface TreeScene {
  nodes: Record<string, KNode>;
  results: ReadonlyMap<string, NodeResult>;
  project: Project;
  boxes: ReadonlyMap<string, Box>;
  /** Children by parent id (primary links), for edges to nodes on other pages. */
  children: ReadonlyMap<string, readonly string[]>;
  /** The nodes in the picture, depth-first. */
  ids: readonly string[];
  year: number;
  tw: number;
}

export interface PictureOptions {
  lang: ImageLang;
  /** Capaian badges on the cards. */
  badges: boolean;
  /** `@font-face` rules (fonts as data URLs) so the file looks the same on every machine. */
  fontCss?: string;
  title: TitleInfo;
  /** Draw the legend in the title block (default true). */
  legend?: boolean;
}

/** Part of the scene on one page; without it, the whole scene on one picture. */
export interface PicturePart {
  ids: readonly string[];
  /** Area shown, in layout coordinates (default: the bounding box of `ids`). */
  region?: Rect;
  /** Page number of every node of the plan, for "continues on page k" marks. */
  pageOf?: ReadonlyMap<string, number>;
  page?: { k: number; n: number };
  /** Fixed picture size (PDF pages); default: the content's size plus margins. */
  size?: { w: number; h: number };
  /** Pieces of the layout set side by side on the page (see planFlow); default: one, `region`. */
  parts?: readonly TilePart[];
}

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

/** Margin around the content, px. */
export const PAD = 24;
/** A picture is never narrower than this, so the title block stays readable. */
export const MIN_WIDTH = 960;
/** Space between parts set side by side on a page. */
export const FLOW_GAP = 24;

/** The root element, with fonts and classes. */
export function svgOpen(width: number, height: number, fontCss: string | undefined, css: string): string {
  const w = r1(width);
  const h = r1(height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<style>${fontCss ?? ''}text{font-family:${FONT_STACK};white-space:pre}${css}</style>` +
    `<rect width="${w}" height="${h}" fill="#fff"/>`
  );
}

const R = Math.round;

/** Orthogonal edge with small rounded corners, like React Flow's smoothstep (whole pixels). */
function edgePath(out: string[], p: Box, c: Box): void {
  if (c.stacked) {
    const sx = R(p.x) + 14;
    const ty = R(c.y + c.h / 2);
    out.push(`M${sx} ${R(p.y + p.h)}V${ty - 5}Q${sx} ${ty} ${sx + 5} ${ty}H${R(c.x)}`);
    return;
  }
  const sx = R(p.x + p.w / 2);
  const sy = R(p.y + p.h);
  const tx = R(c.x + c.w / 2);
  const ty = R(c.y);
  if (sx === tx) {
    out.push(`M${sx} ${sy}V${ty}`);
    return;
  }
  const my = R((sy + ty) / 2);
  const d = tx > sx ? 5 : -5;
  out.push(`M${sx} ${sy}V${my - 5}Q${sx} ${my} ${sx + d} ${my}H${tx - d}Q${tx} ${my} ${tx} ${my + 5}V${ty}`);
}

function crossPath(out: string[], p: Box, c: Box): void {
  const sx = R(p.x + p.w / 2);
  const sy = R(p.y + p.h);
  const tx = R(c.x + c.w / 2);
  const my = R((sy + c.y) / 2);
  out.push(`M${sx} ${sy}C${sx} ${my} ${tx} ${my} ${tx} ${R(c.y)}`);
}

/** Edges of the drawn nodes: to their parents, and to children drawn on other pages. */
function edgesSvg(scene: TreeScene, ids: readonly string[], drawn: ReadonlySet<string>, pageOf: ReadonlyMap<string, number> | undefined): string {
  const tree: string[] = [];
  const stack: string[] = [];
  const cross: string[] = [];
  for (const id of ids) {
    const n = scene.nodes[id];
    const b = scene.boxes.get(id);
    if (!n || !b) continue;
    const pb = n.parentId ? scene.boxes.get(n.parentId) : undefined;
    if (pb) edgePath(b.stacked ? stack : tree, pb, b);
    if (pageOf) {
      for (const k of scene.children.get(id) ?? []) {
        const kb = scene.boxes.get(k);
        if (kb && !drawn.has(k)) edgePath(kb.stacked ? stack : tree, b, kb);
      }
    }
    for (const c of n.crosscutting) {
      const cb = scene.boxes.get(c.parentId);
      if (cb) crossPath(cross, cb, b);
    }
  }
  let s = '';
  if (tree.length) s += `<path d="${tree.join('')}" fill="none" stroke="${EDGE}" stroke-width="1.2"/>`;
  if (stack.length) s += `<path d="${stack.join('')}" fill="none" stroke="${EDGE_STACK}" stroke-width="1.2"/>`;
  if (cross.length) s += `<path d="${cross.join('')}" fill="none" stroke="${EDGE_CROSS}" stroke-width="1.5" stroke-dasharray="6 4"/>`;
  return s;
}

/** "parent on page k" and "continues on page k" marks for cards whose links leave the page. */
function markers(scene: TreeScene, id: string, here: number, pageOf: ReadonlyMap<string, number>, lang: ImageLang, inPart: ReadonlySet<string>): { above?: string; below?: string } {
  const L = IMAGE_LABELS[lang];
  const n = scene.nodes[id];
  const out: { above?: string; below?: string } = {};
  const pp = n?.parentId ? pageOf.get(n.parentId) : undefined;
  if (pp !== undefined && pp !== here) out.above = fill(L.parentOn, { k: pp });
  else if (pp !== undefined && n?.parentId && !inPart.has(n.parentId)) out.above = L.parentLeft;
  const elsewhere = new Set<number>();
  let rowKids = false;
  for (const k of scene.children.get(id) ?? []) {
    const kp = pageOf.get(k);
    if (kp !== undefined && kp !== here) {
      elsewhere.add(kp);
      if (!scene.boxes.get(k)?.stacked) rowKids = true;
    }
  }
  if (elsewhere.size && rowKids) {
    const list = [...elsewhere].sort((a, b) => a - b);
    out.below = fill(L.childrenOn, { k: list.length > 4 ? `${list[0]}–${list[list.length - 1]}` : list.join(', ') });
  }
  return out;
}

/**
 * The SVG of (part of) the tree, built from the model and layout only: no DOM, so it runs in
 * Node and a worker, and 18,000 nodes take tens of milliseconds. Cards look like the canvas cards;
 * a title block and legend sit on top. Every card carries `data-id` and `data-kode`.
 */
export function buildTreeSvg(scene: TreeScene, opts: PictureOptions, part?: PicturePart): SvgPicture {
  const ids = part?.ids ?? scene.ids;
  const segs: readonly TilePart[] = part?.parts ?? [{ ids: [...ids], rect: part?.region ?? boundsOf(scene.boxes, ids), x: 0, y: 0 }];
  const multi = segs.length > 1;
  let contentW = 0;
  let contentH = 0;
  for (const g of segs) {
    contentW = Math.max(contentW, g.x + g.rect.w);
    contentH = Math.max(contentH, g.y + g.rect.h);
  }
  const L = IMAGE_LABELS[opts.lang];
  const width = part?.size?.w ?? Math.max(MIN_WIDTH, Math.ceil(contentW + 2 * PAD));
  const title: TitleInfo = part?.page ? { ...opts.title, pageLabel: fill(L.page, { k: part.page.k, n: part.page.n }) } : opts.title;
  const header = headerSvg(title, width, { lang: opts.lang, labels: L, predikat: opts.badges, legend: opts.legend ?? true });
  const height = part?.size?.h ?? Math.ceil(header.height + contentH + 2 * PAD);
  const ox = (width - contentW) / 2;
  const oy = header.height + PAD;
  const ctx: CardContext = { lang: opts.lang, labels: L, badges: opts.badges, yearKey: String(scene.year), bands: scene.project.settings.predikat };
  const drawn = new Set(ids);
  const pageOf = part?.pageOf;
  const here = part?.page?.k ?? 0;
  // Clip each part to its own area (a single part: everything under the title block).
  const clips = segs.map((g) => {
    const tx = ox + g.x - g.rect.x;
    const ty = oy + g.y - g.rect.y;
    const r = multi ? { x: g.rect.x - FLOW_GAP / 2, y: g.rect.y - PAD, w: g.rect.w + FLOW_GAP, h: g.rect.h + 2 * PAD } : { x: -tx, y: header.height - ty, w: width, h: height - header.height };
    return { tx, ty, r };
  });

  let s = svgOpen(width, height, opts.fontCss, cardCss() + headerCss());
  s += `<defs>${cardDefs()}${clips.map((c, i) => `<clipPath id="part${i}"><rect x="${r1(c.r.x)}" y="${r1(c.r.y)}" width="${r1(c.r.w)}" height="${r1(c.r.h)}"/></clipPath>`).join('')}</defs>`;
  s += header.svg;
  for (const g of segs.slice(1)) s += `<rect x="${r1(ox + g.x - FLOW_GAP / 2)}" y="${r1(oy - 8)}" width="1" height="${r1(contentH + 16)}" fill="${PAGE_LINE}"/>`;
  const parts: string[] = [s];
  // Card pieces are joined a few thousand at a time: they die young instead of surviving (and
  // being copied by the garbage collector) until one final join.
  const out: string[] = [];
  segs.forEach((g, i) => {
    const c = clips[i] as (typeof clips)[number];
    const inPart = multi ? new Set(g.ids) : drawn;
    parts.push(`<g transform="translate(${r1(c.tx)} ${r1(c.ty)})" clip-path="url(#part${i})">`, edgesSvg(scene, g.ids, drawn, pageOf));
    for (const id of g.ids) {
      const n = scene.nodes[id];
      const b = scene.boxes.get(id);
      if (!n || !b) continue;
      const m = pageOf ? markers(scene, id, here, pageOf, opts.lang, inPart) : {};
      cardSvg(out, n, scene.results.get(id), b, ctx, m.above);
      if (m.below) out.push(`<text class="mk" x="${R(b.x + b.w / 2)}" y="${R(b.y + b.h + 14)}" text-anchor="middle">${escapeXml(m.below)}</text>`);
      if (out.length > 8192) {
        parts.push(out.join(''));
        out.length = 0;
      }
    }
    parts.push(out.join(''), '</g>');
    out.length = 0;
  });
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}
