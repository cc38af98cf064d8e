import { serializeEnvelope } from '../envelope';
import { fontEmbedCss } from './fonts';
import type { TitleInfo } from './header';
import { IMAGE_LABELS } from './labels';
import type { ImageLang } from './labels';
import type { Orientation, Paper } from './pages';
import { PNG_KEYWORD, iTXtData } from './pngChunks';
import type { Rect } from './plan';
import { pdfFiles, pngFiles, viewPngFile } from './renderPages';
import { buildScene } from './scene';
import type { ExportScope, SceneSource } from './scene';
import { buildTreeSvg } from './svg';

export type ExportFormat = 'png' | 'svg' | 'pdf';

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  paper: Paper;
  orientation: Orientation;
  /** Capaian badges on the cards. */
  badges: boolean;
  versionName: string;
  /** Whole tree and branch: the screen's layout instead of compact with every branch open. */
  asOnScreen: boolean;
  lang: ImageLang;
}

/** The canvas as shown: its pane element, visible area in layout coordinates, and zoom. */
export interface ViewCapture {
  element: HTMLElement;
  rect: Rect;
  zoom: number;
  /**
   * The cards are a bitmap at screen resolution (far zoom draws them into one canvas): copying
   * the screen would enlarge that bitmap, so the view is drawn from the model instead.
   */
  bitmap: boolean;
}

export interface ExportFile {
  name: string;
  blob: Blob;
}

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportHooks {
  signal: AbortSignal;
  onProgress: (p: ExportProgress) => void;
}

/** Everything a renderer needs, prepared once per export. */
export interface JobContext {
  src: SceneSource;
  req: ExportRequest;
  title: TitleInfo;
  fontCss: string;
  baseName: string;
  /** iTXt chunk data with the project envelope, for the first page and the overview. */
  projectChunk: () => Promise<Uint8Array>;
  hooks: ExportHooks;
}

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'proyek'
  );
}

function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

function scopeLabel(src: SceneSource, req: ExportRequest): string {
  const L = IMAGE_LABELS[req.lang];
  if (req.scope === 'whole') return L.whole;
  if (req.scope === 'view') return L.view;
  const n = src.selectedId ? src.doc.nodes[src.selectedId] : undefined;
  return `${L.branch}: ${[n?.kode, n?.sasaran || n?.nama].filter(Boolean).join(' ')}`;
}

/**
 * Runs one export: builds the scene, then the files (one SVG; one PNG or PNG pages plus an
 * overview; one PDF), reporting progress and stopping between pages when `signal` aborts.
 */
export async function runExport(src: SceneSource, req: ExportRequest, view: ViewCapture | null, hooks: ExportHooks): Promise<ExportFile[]> {
  const now = new Date();
  const p = src.doc.project;
  const title: TitleInfo = { project: p, year: src.year, tw: src.tw, versionName: req.versionName, exportedAt: now, scope: scopeLabel(src, req) };
  const scopePart = req.scope === 'subtree' ? `-cabang-${slug(src.doc.nodes[src.selectedId ?? '']?.kode || 'terpilih')}` : req.scope === 'view' ? '-tampilan' : '';
  const baseName = `pohon-kinerja-${slug(p.instansi || p.nama)}${scopePart}-${stamp(now)}`;
  let chunk: Promise<Uint8Array> | null = null;
  const ctx: JobContext = {
    src,
    req,
    title,
    fontCss: await fontEmbedCss(),
    baseName,
    projectChunk: () => (chunk ??= iTXtData(PNG_KEYWORD, serializeEnvelope(src.doc))),
    hooks,
  };
  hooks.signal.throwIfAborted();
  const scene = buildScene(src, { scope: req.scope, asOnScreen: req.asOnScreen, ...(view ? { viewRect: view.rect } : {}) });
  if (scene.ids.length === 0) throw new Error(req.lang === 'id' ? 'Tidak ada node untuk digambar.' : 'There are no nodes to draw.');
  if (req.format === 'svg') {
    const opts = { lang: req.lang, badges: req.badges, fontCss: ctx.fontCss, title };
    const pic = buildTreeSvg(scene, opts, scene.region ? { ids: scene.ids, region: scene.region } : undefined);
    hooks.onProgress({ done: 1, total: 1 });
    return [{ name: `${baseName}.svg`, blob: new Blob([pic.svg], { type: 'image/svg+xml' }) }];
  }
  if (req.format === 'pdf') return pdfFiles(ctx, scene);
  if (req.scope === 'view' && view && !view.bitmap) {
    const one = await viewPngFile(ctx, view);
    if (one) return [one];
  }
  return pngFiles(ctx, scene);
}
