import { serializeEnvelope } from '../envelope';
import { captureView } from './domCapture';
import type { ExportFile, JobContext, ViewCapture } from './exportJob';
import { headerSvg, headerCss } from './header';
import { IMAGE_LABELS } from './labels';
import { buildOverviewSvg } from './overview';
import { PNG_MAX_SIDE, PNG_OVERVIEW, paperPt, planPdf, planPng } from './pages';
import { buildPdf } from './pdf';
import type { PdfPage } from './pdf';
import { insertTextChunk } from './pngChunks';
import { canvasBytes, freeCanvas, nextFrame, svgToCanvas } from './raster';
import { MIN_WIDTH, buildTreeSvg, svgOpen } from './svg';
import type { PictureOptions, SvgPicture, TreeScene } from './svg';

/** Print resolution of PDF page pictures: 2 picture px per layout px (about 190 dpi). */
const PDF_RATIO = 2;
const JPEG_QUALITY = 0.92;

async function rasterise(pic: SvgPicture, type: 'image/png' | 'image/jpeg', ratio = 1): Promise<Uint8Array> {
  const canvas = await svgToCanvas(pic.svg, pic.width, pic.height, ratio);
  try {
    return await canvasBytes(canvas, type, type === 'image/jpeg' ? JPEG_QUALITY : undefined);
  } finally {
    freeCanvas(canvas);
  }
}

const pngBlob = (bytes: Uint8Array): Blob => new Blob([bytes as BlobPart], { type: 'image/png' });

function options(ctx: JobContext, legend = true): PictureOptions {
  return { lang: ctx.req.lang, badges: ctx.req.badges, fontCss: ctx.fontCss, title: ctx.title, legend };
}

const pad2 = (n: number, of: number): string => String(n).padStart(String(of).length < 2 ? 2 : String(of).length, '0');

/**
 * PNG pictures at scale 1: one when the picture fits in 8,192 px per side, else numbered pages
 * (each at most 8,192 px per side) and an overview. The project rides in page 1 and the overview.
 */
export async function pngFiles(ctx: JobContext, scene: TreeScene): Promise<ExportFile[]> {
  const { signal, onProgress } = ctx.hooks;
  const { plan } = planPng(scene, ctx.title, ctx.req.lang, ctx.req.badges);
  const n = plan.tiles.length;
  const opts = options(ctx);
  if (n === 1) {
    onProgress({ done: 0, total: 1 });
    const bytes = await rasterise(buildTreeSvg(scene, opts, { ids: scene.ids }), 'image/png');
    onProgress({ done: 1, total: 1 });
    return [{ name: `${ctx.baseName}.png`, blob: pngBlob(insertTextChunk(bytes, await ctx.projectChunk())) }];
  }
  const files: ExportFile[] = [];
  const total = n + 1;
  onProgress({ done: 0, total });
  const overview = await rasterise(buildOverviewSvg(scene, plan, opts, PNG_OVERVIEW), 'image/png');
  files.push({ name: `${ctx.baseName}-${pad2(0, n)}-ikhtisar.png`, blob: pngBlob(insertTextChunk(overview, await ctx.projectChunk())) });
  onProgress({ done: 1, total });
  for (const t of plan.tiles) {
    await nextFrame();
    signal.throwIfAborted();
    const pic = buildTreeSvg(scene, opts, { ids: t.ids, pageOf: plan.pageOf, page: { k: t.n, n } });
    let bytes = await rasterise(pic, 'image/png');
    if (t.n === 1) bytes = insertTextChunk(bytes, await ctx.projectChunk());
    files.push({ name: `${ctx.baseName}-${pad2(t.n, n)}-dari-${n}.png`, blob: pngBlob(bytes) });
    onProgress({ done: t.n + 1, total });
  }
  return files;
}

/**
 * The current view as on screen (html-to-image), at one picture px per layout px so the text
 * keeps its size, under the title block. Null when that would exceed 8,192 px per side: the
 * caller then draws the visible nodes from the model, on pages.
 */
export async function viewPngFile(ctx: JobContext, view: ViewCapture): Promise<ExportFile | null> {
  const ratio = Math.max(1, 1 / view.zoom);
  const capW = Math.round(view.element.clientWidth * ratio);
  const capH = Math.round(view.element.clientHeight * ratio);
  const width = Math.max(MIN_WIDTH, capW);
  const L = IMAGE_LABELS[ctx.req.lang];
  const header = headerSvg(ctx.title, width, { lang: ctx.req.lang, labels: L, predikat: ctx.req.badges, legend: true });
  if (width > PNG_MAX_SIDE || capH + header.height > PNG_MAX_SIDE) return null;
  ctx.hooks.onProgress({ done: 0, total: 1 });
  const captured = await captureView(view.element, ratio, ctx.fontCss, ctx.req.badges);
  const head = await svgToCanvas(svgOpen(width, header.height, ctx.fontCss, headerCss()) + header.svg + '</svg>', width, header.height);
  const out = document.createElement('canvas');
  out.width = width;
  out.height = header.height + captured.height;
  const g = out.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(head, 0, 0);
  g.drawImage(captured, Math.floor((width - captured.width) / 2), header.height);
  freeCanvas(head);
  freeCanvas(captured);
  const bytes = await canvasBytes(out, 'image/png');
  freeCanvas(out);
  ctx.hooks.onProgress({ done: 1, total: 1 });
  return { name: `${ctx.baseName}.png`, blob: pngBlob(insertTextChunk(bytes, await ctx.projectChunk())) };
}

/** One PDF: page pictures at scale 1 (printed 1 px = 0.75 pt), the overview first when paged. */
export async function pdfFiles(ctx: JobContext, scene: TreeScene): Promise<ExportFile[]> {
  const { signal, onProgress } = ctx.hooks;
  const { req } = ctx;
  const { plan, legend, pageSize } = planPdf(scene, ctx.title, req.lang, req.badges, req.paper, req.orientation);
  const size = pageSize as { w: number; h: number };
  const pt = paperPt(req.paper, req.orientation);
  const n = plan.tiles.length;
  const total = n + (n > 1 ? 1 : 0) + 1;
  const pages: PdfPage[] = [];
  onProgress({ done: 0, total });
  if (n > 1) {
    pages.push({ jpeg: await rasterise(buildOverviewSvg(scene, plan, options(ctx), size), 'image/jpeg', PDF_RATIO), ...pt });
    onProgress({ done: 1, total });
  }
  for (const t of plan.tiles) {
    await nextFrame();
    signal.throwIfAborted();
    const part = n > 1 ? { ids: t.ids, parts: t.parts, pageOf: plan.pageOf, page: { k: t.n, n }, size } : { ids: t.ids, parts: t.parts, size };
    pages.push({ jpeg: await rasterise(buildTreeSvg(scene, options(ctx, legend), part), 'image/jpeg', PDF_RATIO), ...pt });
    onProgress({ done: pages.length, total });
  }
  signal.throwIfAborted();
  const p = ctx.src.doc.project;
  const bytes = await buildPdf(pages, { title: `${IMAGE_LABELS[req.lang].title} — ${p.instansi || p.nama}`, subject: ctx.title.scope, envelope: serializeEnvelope(ctx.src.doc) });
  onProgress({ done: total, total });
  return [{ name: `${ctx.baseName}-${req.paper}-${req.orientation === 'landscape' ? 'lanskap' : 'potret'}.pdf`, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }) }];
}
