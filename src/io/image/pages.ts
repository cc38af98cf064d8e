import { headerHeight } from './header';
import type { TitleInfo } from './header';
import { IMAGE_LABELS } from './labels';
import type { ImageLang } from './labels';
import { planFlow, planTiles } from './plan';
import type { TilePlan } from './plan';
import { FLOW_GAP, MIN_WIDTH, PAD } from './svg';
import type { TreeScene } from './svg';

/** Largest PNG side we write (Chrome's canvas limit is 16,384 px per side and 268M px in area). */
export const PNG_MAX_SIDE = 8192;
/** The PNG overview page. */
export const PNG_OVERVIEW = { w: 2400, h: 1700 };

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

const PAPER_PT: Record<Paper, { w: number; h: number }> = { A4: { w: 595.28, h: 841.89 }, A3: { w: 841.89, h: 1190.55 } };
/** Page margin, pt (about 1 cm). */
export const PDF_MARGIN_PT = 28;
/** Layout px per pt at scale 1: 1 px = 0.75 pt (96 px per inch), so 10 px text prints at 7.5 pt. */
export const PT_PER_PX = 0.75;

export interface PagedPlan {
  plan: TilePlan;
  /** The title block carries the legend on every page (else only the overview has it). */
  legend: boolean;
  /** Fixed page picture size in px (PDF); PNG tiles are sized to their content. */
  pageSize?: { w: number; h: number };
}

function headerCtx(lang: ImageLang, badges: boolean, legend: boolean) {
  return { lang, labels: IMAGE_LABELS[lang], predikat: badges, legend };
}

/** PNG tiles: at most 8,192 px per side including title block and margins, at scale 1. */
export function planPng(scene: TreeScene, title: TitleInfo, lang: ImageLang, badges: boolean): PagedPlan {
  const hdr = headerHeight({ ...title, pageLabel: 'Halaman 000 dari 000' }, MIN_WIDTH, headerCtx(lang, badges, true));
  const plan = planTiles(scene.boxes, scene.ids, PNG_MAX_SIDE - 2 * PAD, PNG_MAX_SIDE - hdr - 2 * PAD);
  return { plan, legend: true };
}

/** Page size in pt. */
export function paperPt(paper: Paper, orientation: Orientation): { w: number; h: number } {
  const p = PAPER_PT[paper];
  return orientation === 'landscape' ? { w: p.h, h: p.w } : p;
}

/** The printable area of a page in layout px at scale 1. */
export function pagePx(paper: Paper, orientation: Orientation): { w: number; h: number } {
  const p = paperPt(paper, orientation);
  return { w: Math.floor((p.w - 2 * PDF_MARGIN_PT) / PT_PER_PX), h: Math.floor((p.h - 2 * PDF_MARGIN_PT) / PT_PER_PX) };
}

/**
 * PDF pages at scale 1, set in columns (see planFlow): the legend on the page when everything
 * fits on one, else numbered pages with a short title block and an overview page (with the
 * legend) in front.
 */
export function planPdf(scene: TreeScene, title: TitleInfo, lang: ImageLang, badges: boolean, paper: Paper, orientation: Orientation): PagedPlan {
  const size = pagePx(paper, orientation);
  const label = { ...title, pageLabel: 'Halaman 000 dari 000' };
  for (const legend of [true, false]) {
    const hdr = headerHeight(label, size.w, headerCtx(lang, badges, legend));
    const plan = planFlow(scene.boxes, scene.ids, size.w - 2 * PAD, size.h - hdr - 2 * PAD, FLOW_GAP);
    if (plan.tiles.length <= 1 || !legend) return { plan, legend, pageSize: size };
  }
  throw new Error('unreachable');
}
