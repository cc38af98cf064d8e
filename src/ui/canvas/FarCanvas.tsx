import { useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { Layout } from '../../domain/layout';
import type { KNode } from '../../domain/model';
import type { NodeResult } from '../../domain/evaluate';
import { getAppStore } from '../../store/store';
import { fmtPct } from '../format';
import type { CardNode } from './NodeCard';
import { FAR_ZOOM, NO_PREDIKAT, PREDIKAT_COLOURS, buildFarIndex, drawFar } from './farCanvas';
import type { CardFace, FarIndex } from './farCanvas';
import { LEVEL_DEFS } from './levels';

/**
 * The spatial index of the layout's cards, built when first asked for (only zoomed out) and again
 * after the layout or the nodes (crosscutting links) change.
 */
export function useFarIndex(layout: Layout): () => FarIndex {
  const cache = useRef<{ layout: Layout; nodes: Readonly<Record<string, KNode>>; ix: FarIndex } | null>(null);
  return useCallback(() => {
    const nodes = getAppStore().getState().doc.nodes;
    const c = cache.current;
    if (c && c.layout === layout && c.nodes === nodes) return c.ix;
    // A change of text or numbers only keeps the structure: reuse the index unless links changed.
    if (c && c.layout === layout && sameLinks(c.nodes, nodes, c.ix)) {
      c.nodes = nodes;
      return c.ix;
    }
    const ix = buildFarIndex(layout, nodes);
    cache.current = { layout, nodes, ix };
    return ix;
  }, [layout]);
}

/** Whether the crosscutting links of the indexed cards are the same objects (O(n), no allocation). */
function sameLinks(a: Readonly<Record<string, KNode>>, b: Readonly<Record<string, KNode>>, ix: FarIndex): boolean {
  for (const id of ix.ids) if (a[id]?.crosscutting !== b[id]?.crosscutting) return false;
  return true;
}

interface FaceEntry {
  node: KNode;
  result: NodeResult | undefined;
  hidden: number;
  findings: number;
  hasKids: boolean;
  lang: string;
  face: CardFace;
}

function makeFace(node: KNode, result: NodeResult | undefined, hidden: number, findings: number, hasKids: boolean, lang: 'id' | 'en', collapsed: boolean): CardFace {
  const cap = result?.capaian ?? null;
  const turunan = result?.capaianTurunan ?? null;
  const shown = cap ?? turunan;
  const colour = result?.predikat ? PREDIKAT_COLOURS[result.predikat] : undefined;
  return {
    level: node.level,
    label: LEVEL_DEFS[node.level].short[lang],
    kode: node.kode,
    badge: shown || node.indicators.length > 0 || hasKids ? { text: shown ? `${!cap ? '↧ ' : ''}${fmtPct(shown)}%` : '—', bg: colour ?? NO_PREDIKAT.bg, fg: colour ? '#fff' : NO_PREDIKAT.fg } : null,
    rollup: cap && turunan ? `↧ ${fmtPct(turunan)}` : null,
    findings,
    collapse: collapsed ? `▸ ${hidden}` : hasKids ? '▾' : null,
    collapsed,
  };
}

interface Props {
  farIndex: () => FarIndex;
  /** React Flow holds no cards (TreeCanvas has committed its far mode). */
  far: boolean;
  dim: ((id: string) => boolean) | null;
  findings: ReadonlyMap<string, number>;
  hidden: ReadonlyMap<string, number>;
}

/** What the canvas holds: its origin (see FarOrigin), bitmap size, and whether only the view is drawn. */
interface Held {
  k: number;
  ox: number;
  oy: number;
  dpr: number;
  width: number;
  height: number;
  margin: number;
  /** Only the view part is drawn yet (after a zoom or a change); the margin follows next frame. */
  partial: boolean;
}

/**
 * The tree zoomed out, painted into one <canvas> over the pane's background and under React Flow's
 * renderer (see farCanvas.ts). Redrawn in requestAnimationFrame when React Flow's transform or the
 * app's state changes, without rendering React. It takes no pointer events: the pane under it pans
 * and zooms as usual, and TreeCanvas hit-tests clicks through the same index.
 *
 * Panning does not redraw: the canvas is larger than the pane by a margin on every side and is
 * moved with a CSS transform (the compositor's work, like React Flow's own viewport). When the
 * view nears the edge of the margin, the picture is shifted inside the bitmap and only the strip
 * that came into the margin is drawn. A zoom step draws the view only, and the margin in the next
 * frame.
 *
 * It is drawn while the zoom is below FAR_ZOOM, and also while React Flow does not hold the cards
 * yet (just zoomed back in), so that crossing the threshold either way never shows an empty frame:
 * for a moment both are there, the DOM cards over the same picture.
 */
export function FarCanvas({ farIndex, far, dim, findings, hidden }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi<CardNode>();
  const props = useRef({ farIndex, far, dim, findings, hidden });
  props.current = { farIndex, far, dim, findings, hidden };
  const faces = useRef(new Map<string, FaceEntry>());
  /** Kept drawn until React Flow shows the cards again after zooming in. */
  const hold = useRef(false);
  const held = useRef<Held | null>(null);
  /** Something drawn changed (data, highlight, selection): redraw, not just move. */
  const dirty = useRef(true);
  const frame = useRef(0);

  const draw = useCallback(() => {
    frame.current = 0;
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const fs = flowStore.getState();
    const [tx, ty, k] = fs.transform;
    const p = props.current;
    const want = k < FAR_ZOOM || p.far || hold.current;
    if (!want) {
      if (held.current) {
        // Give the bitmap back (≈ 12 MB at 1366×768) and leave no layer for the compositor.
        canvas.width = 0;
        canvas.height = 0;
        canvas.style.width = '0px';
        canvas.style.height = '0px';
        held.current = null;
        canvas.dataset.cards = '0';
      }
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    const width = fs.width || canvas.parentElement?.clientWidth || 0;
    const height = fs.height || canvas.parentElement?.clientHeight || 0;
    const margin = Math.round(Math.max(width, height) * 0.2);
    const s = getAppStore().getState();
    const cache = faces.current;
    const face = (id: string): CardFace | null => {
      const node = s.doc.nodes[id];
      if (!node) return null;
      const result = s.evaluation.results.get(id);
      const h = p.hidden.get(id) ?? 0;
      const f = p.findings.get(id) ?? 0;
      const hasKids = (s.evaluation.index.children.get(id)?.length ?? 0) > 0;
      const e = cache.get(id);
      if (e && e.node === node && e.result === result && e.hidden === h && e.findings === f && e.hasKids === hasKids && e.lang === s.lang && e.face.collapsed === s.collapsed.has(id)) return e.face;
      const made = makeFace(node, result, h, f, hasKids, s.lang, s.collapsed.has(id));
      cache.set(id, { node, result, hidden: h, findings: f, hasKids, lang: s.lang, face: made });
      return made;
    };
    const look = { face, dim: p.dim, diff: s.diffMarks, selectedId: s.selectedId };
    const ix = p.farIndex();
    const fullW = width + 2 * margin;
    const fullH = height + 2 * margin;
    const paint = (h: Held, r: { x: number; y: number; w: number; h: number }): number => (r.w > 0 && r.h > 0 ? drawFar(ctx, ix, { k: h.k, ox: h.ox + h.margin, oy: h.oy + h.margin, dpr: h.dpr }, r, look) : 0);

    let h = held.current;
    if (!h || dirty.current || h.k !== k || h.dpr !== dpr || h.width !== width || h.height !== height || h.margin !== margin) {
      // Redraw: the view now, the margin next frame.
      const bw = Math.round(fullW * dpr);
      const bh = Math.round(fullH * dpr);
      if (canvas.width !== bw || canvas.height !== bh) {
        canvas.width = bw;
        canvas.height = bh;
        canvas.style.width = `${fullW}px`;
        canvas.style.height = `${fullH}px`;
        canvas.style.left = `${-margin}px`;
        canvas.style.top = `${-margin}px`;
      } else {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, bw, bh);
      }
      h = { k, ox: tx, oy: ty, dpr, width, height, margin, partial: true };
      held.current = h;
      dirty.current = false;
      // For tests and the benchmark: how many cards are in the view.
      canvas.dataset.cards = String(paint(h, { x: margin, y: margin, w: width, h: height }));
      canvas.style.transform = 'translate(0px, 0px)';
      request();
      return;
    }
    if (h.partial) {
      // The margin around the view drawn in the last frame: four strips.
      const m = h.margin;
      paint(h, { x: 0, y: 0, w: fullW, h: m });
      paint(h, { x: 0, y: m + height, w: fullW, h: m });
      paint(h, { x: 0, y: m, w: m, h: height });
      paint(h, { x: m + width, y: m, w: m, h: height });
      h.partial = false;
    }
    let dx = tx - h.ox;
    let dy = ty - h.oy;
    if (Math.abs(dx) > margin / 2 || Math.abs(dy) > margin / 2) {
      // Re-centre: move the picture inside the bitmap by whole pixels, draw what came in.
      const sx = Math.round(dx);
      const sy = Math.round(dy);
      if (!Number.isInteger(sx * dpr) || !Number.isInteger(sy * dpr)) {
        dirty.current = true;
        draw();
        return;
      }
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalCompositeOperation = 'copy';
      ctx.drawImage(canvas, sx * dpr, sy * dpr);
      ctx.restore();
      h.ox += sx;
      h.oy += sy;
      if (sx > 0) paint(h, { x: 0, y: 0, w: sx, h: fullH });
      if (sx < 0) paint(h, { x: fullW + sx, y: 0, w: -sx, h: fullH });
      if (sy > 0) paint(h, { x: 0, y: 0, w: fullW, h: sy });
      if (sy < 0) paint(h, { x: 0, y: fullH + sy, w: fullW, h: -sy });
      dx = tx - h.ox;
      dy = ty - h.oy;
    }
    canvas.style.transform = `translate(${dx}px, ${dy}px)`;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `request` is defined below and stable.
  }, [flowStore]);

  const request = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);

  // Follow React Flow's transform and size, and the app's state, outside React.
  useEffect(() => {
    let last = flowStore.getState();
    const offFlow = flowStore.subscribe((fs) => {
      if (fs.transform === last.transform && fs.width === last.width && fs.height === last.height) return;
      const entering = fs.transform[2] < FAR_ZOOM && !(last.transform[2] < FAR_ZOOM) && !held.current;
      last = fs;
      // At reading zoom with nothing drawn, there is nothing to do (no frame requested per pan step).
      if (fs.transform[2] >= FAR_ZOOM && !held.current && !props.current.far && !hold.current) return;
      // Crossing into far zoom: draw now, before React takes the DOM cards away.
      if (entering) {
        if (frame.current) cancelAnimationFrame(frame.current);
        draw();
      } else request();
    });
    // Only what the picture shows; the store also changes for saving status, panels and the like.
    let seen = getAppStore().getState();
    const offApp = getAppStore().subscribe((s) => {
      const changed = s.doc.nodes !== seen.doc.nodes || s.evaluation !== seen.evaluation || s.evalVersion !== seen.evalVersion || s.selectedId !== seen.selectedId || s.collapsed !== seen.collapsed || s.diffMarks !== seen.diffMarks || s.lang !== seen.lang;
      seen = s;
      if (!changed || !held.current) return;
      dirty.current = true;
      request();
    });
    return () => {
      offFlow();
      offApp();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [flowStore, draw, request]);

  // Leaving far mode: keep the picture for two frames, until React Flow has mounted and painted
  // its cards over it.
  useEffect(() => {
    if (far) {
      hold.current = false;
      request();
      return;
    }
    if (!held.current) return;
    hold.current = true;
    let id = requestAnimationFrame(() => {
      id = requestAnimationFrame(() => {
        hold.current = false;
        request();
      });
    });
    return () => cancelAnimationFrame(id);
  }, [far, request]);
  // New highlight, findings or layout: redraw.
  useEffect(() => {
    dirty.current = true;
    if (held.current || far) request();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `far` is handled above.
  }, [farIndex, dim, findings, hidden, request]);

  return <canvas ref={ref} className="far-canvas" width={0} height={0} style={{ width: 0, height: 0 }} data-testid="far-canvas" data-cards="0" aria-hidden="true" />;
}
