import { LEVELS } from '../../domain/model';
import { escapeXml, r1 } from './card';
import { headerCss, headerSvg } from './header';
import { IMAGE_LABELS, fill } from './labels';
import type { Rect, TilePlan } from './plan';
import type { PictureOptions, SvgPicture, TreeScene } from './svg';
import { PAD, svgOpen } from './svg';
import { LEVEL_COLOR, MUTED } from './theme';

const SLICE_GAP = 28;

/** How a map is wrapped: `k` slices across (`rows`: a wide map cut along x) or down (`columns`). */
export interface MapWrap {
  dir: 'rows' | 'columns';
  k: number;
  scale: number;
}

/**
 * How to wrap a tree's map so that it fills `w` × `h` as well as possible, never above scale 1:
 * a 120,000 px wide, 2,600 px tall tree is unreadable as one thin strip, so it is cut into rows
 * set one under another; a tall, narrow tree is cut into columns set side by side.
 */
export function mapWrap(bw: number, bh: number, w: number, h: number): MapWrap {
  let best: MapWrap = { dir: 'rows', k: 1, scale: 0 };
  for (let k = 1; k <= 40; k++) {
    const rows = Math.min(w / (bw / k), (h - (k - 1) * SLICE_GAP) / (k * bh), 1);
    if (rows > best.scale) best = { dir: 'rows', k, scale: rows };
    const cols = Math.min((w - (k - 1) * SLICE_GAP) / (k * bw), h / (bh / k), 1);
    if (cols > best.scale + 1e-9) best = { dir: 'columns', k, scale: cols };
  }
  return best;
}

/** The slices of the map: which part of the layout each shows and where it goes on the page. */
function slices(B: Rect, wrap: MapWrap, left: number, top: number): { src: Rect; x: number; y: number }[] {
  const out: { src: Rect; x: number; y: number }[] = [];
  for (let i = 0; i < wrap.k; i++) {
    if (wrap.dir === 'rows') {
      const sw = B.w / wrap.k;
      out.push({ src: { x: B.x + i * sw, y: B.y, w: sw, h: B.h }, x: left, y: top + i * (B.h * wrap.scale + SLICE_GAP) });
    } else {
      const sh = B.h / wrap.k;
      out.push({ src: { x: B.x, y: B.y + i * sh, w: B.w, h: sh }, x: left + i * (B.w * wrap.scale + SLICE_GAP), y: top });
    }
  }
  return out;
}

/**
 * The overview page: the whole picture as a scaled map (cards as level-coloured blocks) with a
 * numbered rectangle where each page (or each part of a page) sits. Wide maps wrap onto rows,
 * tall ones into columns, in reading order.
 */
export function buildOverviewSvg(scene: TreeScene, plan: TilePlan, opts: PictureOptions, size: { w: number; h: number }): SvgPicture {
  const L = IMAGE_LABELS[opts.lang];
  const { w: width, h: height } = size;
  const title = { ...opts.title, pageLabel: fill(L.overview, { n: plan.tiles.length }) };
  const header = headerSvg(title, width, { lang: opts.lang, labels: L, predikat: opts.badges, legend: opts.legend ?? true });
  const B = { ...plan.bounds, w: Math.max(plan.bounds.w, 1), h: Math.max(plan.bounds.h, 1) };
  const top = header.height + PAD + 22;
  const wrap = mapWrap(B.w, B.h, width - 2 * PAD, Math.max(height - top - PAD, 50));
  const sc = wrap.scale;

  const css = LEVELS.map((l) => `.m${l}{fill:${LEVEL_COLOR[l]};fill-opacity:.55}`).join('') + `.tr{fill:#1d4ed8;fill-opacity:.05;stroke:#1d4ed8;stroke-width:1.5}.tn{font-weight:700;fill:#1d4ed8;stroke:#fff;stroke-width:4px;paint-order:stroke}.rowf{fill:none;stroke:${MUTED};stroke-opacity:.35}.oh{font-size:12px;fill:${MUTED}}`;
  const map: string[] = [];
  for (const id of scene.ids) {
    const b = scene.boxes.get(id);
    const n = scene.nodes[id];
    if (b && n) map.push(`<rect class="m${n.level}" x="${Math.round(b.x)}" y="${Math.round(b.y)}" width="${b.w}" height="${b.h}"/>`);
  }
  const parts = slices(B, wrap, PAD, top);
  let s = svgOpen(width, height, opts.fontCss, headerCss() + css);
  s += `<defs><g id="map">${map.join('')}</g>`;
  parts.forEach((p, i) => {
    s += `<clipPath id="slice${i}"><rect x="${r1(p.x)}" y="${r1(p.y)}" width="${r1(p.src.w * sc)}" height="${r1(p.src.h * sc)}"/></clipPath>`;
  });
  s += '</defs>' + header.svg;
  s += `<text class="oh" x="${PAD}" y="${r1(header.height + 16)}">${escapeXml(`${L.overviewHint} ${fill(L.nodes, { n: scene.ids.length })}.`)}</text>`;
  let labels = '';
  parts.forEach((p, i) => {
    const toX = (x: number): number => p.x + (x - p.src.x) * sc;
    const toY = (y: number): number => p.y + (y - p.src.y) * sc;
    s += `<g clip-path="url(#slice${i})"><use xlink:href="#map" transform="translate(${r1(p.x - p.src.x * sc)} ${r1(p.y - p.src.y * sc)}) scale(${sc})"/>`;
    for (const t of plan.tiles) {
      for (const part of t.parts) {
        const r = part.rect;
        const vx0 = Math.max(r.x, p.src.x);
        const vx1 = Math.min(r.x + r.w, p.src.x + p.src.w);
        const vy0 = Math.max(r.y, p.src.y);
        const vy1 = Math.min(r.y + r.h, p.src.y + p.src.h);
        if (vx1 <= vx0 || vy1 <= vy0) continue;
        s += `<rect class="tr" x="${r1(toX(r.x))}" y="${r1(toY(r.y))}" width="${r1(Math.max(2, r.w * sc))}" height="${r1(Math.max(2, r.h * sc))}"/>`;
        // The number sits in the middle of the part's visible piece of this slice.
        const vw = (vx1 - vx0) * sc;
        const vh = (vy1 - vy0) * sc;
        const size = Math.max(10, Math.min(36, vh * 0.6, vw * 0.45));
        labels += `<text class="tn" x="${r1(toX((vx0 + vx1) / 2))}" y="${r1(toY((vy0 + vy1) / 2) + size * 0.36)}" font-size="${r1(size)}" text-anchor="middle">${t.n}</text>`;
      }
    }
    s += `</g><rect class="rowf" x="${r1(p.x - 0.5)}" y="${r1(p.y - 0.5)}" width="${r1(p.src.w * sc + 1)}" height="${r1(p.src.h * sc + 1)}"/>`;
  });
  return { svg: s + labels + '</svg>', width, height };
}
