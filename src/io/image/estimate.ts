import { headerHeight } from './header';
import type { TitleInfo } from './header';
import { IMAGE_LABELS } from './labels';
import type { ImageLang } from './labels';
import { planPdf, planPng } from './pages';
import type { Orientation, Paper } from './pages';
import { boundsOf } from './plan';
import type { Rect } from './plan';
import { buildScene } from './scene';
import type { ExportScope, SceneSource } from './scene';
import { MIN_WIDTH, PAD } from './svg';

export type Estimate =
  | { kind: 'view' }
  | { kind: 'one'; w: number; h: number }
  | { kind: 'tiles'; n: number }
  | { kind: 'svg'; w: number; h: number }
  | { kind: 'pdf'; n: number }
  | { kind: 'empty' };

export interface EstimateRequest {
  scope: ExportScope;
  format: 'png' | 'svg' | 'pdf';
  paper: Paper;
  orientation: Orientation;
  badges: boolean;
  asOnScreen: boolean;
  lang: ImageLang;
  viewRect?: Rect;
}

/** What an export will produce (pictures, pages, size), planned without drawing anything. */
export function estimateExport(src: SceneSource, req: EstimateRequest): Estimate {
  if (req.scope === 'view' && req.format === 'png') return { kind: 'view' };
  if (req.scope === 'subtree' && !src.selectedId) return { kind: 'empty' };
  const scene = buildScene(src, { scope: req.scope, asOnScreen: req.asOnScreen, ...(req.viewRect ? { viewRect: req.viewRect } : {}) });
  if (scene.ids.length === 0) return { kind: 'empty' };
  const title: TitleInfo = { project: src.doc.project, year: src.year, tw: src.tw, exportedAt: new Date(), scope: '' };
  if (req.format === 'pdf') return { kind: 'pdf', n: planPdf(scene, title, req.lang, req.badges, req.paper, req.orientation).plan.tiles.length };
  const r = scene.region ?? boundsOf(scene.boxes, scene.ids);
  const w = Math.max(MIN_WIDTH, Math.ceil(r.w + 2 * PAD));
  const h = Math.ceil(headerHeight(title, w, { lang: req.lang, labels: IMAGE_LABELS[req.lang], predikat: req.badges, legend: true }) + r.h + 2 * PAD);
  if (req.format === 'svg') return { kind: 'svg', w, h };
  const { plan } = planPng(scene, title, req.lang, req.badges);
  return plan.tiles.length === 1 ? { kind: 'one', w, h } : { kind: 'tiles', n: plan.tiles.length };
}
