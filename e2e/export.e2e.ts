import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PDFRawStream as RawStream } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePemda } from '../src/domain/generate';
import { sceneFor, titleFor } from '../src/io/image/fixtures';
import { headerHeight } from '../src/io/image/header';
import { IMAGE_LABELS } from '../src/io/image/labels';
import { PNG_MAX_SIDE, planPng } from '../src/io/image/pages';
import { readChunks, readTextChunk } from '../src/io/image/pngChunks';
import { MIN_WIDTH, PAD } from '../src/io/image/svg';
import { assertWellFormed, drawnIds, drawnKodes, fontSizes } from '../src/io/image/svgInspect';
import { launch } from './browser';
import type { Session } from './browser';
import { AppPage } from './pages/AppPage';
import { ExportPage } from './pages/ExportPage';
import type { SavedFile } from './pages/ExportPage';

const ART = 'e2e/artifacts';
mkdirSync(ART, { recursive: true });

let session: Session;
let page: Page;
let app: AppPage;
let ex: ExportPage;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaskade-export-'));
  session = await launch();
  page = await session.context.newPage();
  app = new AppPage(page);
  ex = new ExportPage(page);
  await app.open();
});

afterAll(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Share of pixels that are not (near) white. */
function inkShare(png: PNG): number {
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4 * 7) if ((png.data[i] as number) < 235 || (png.data[i + 1] as number) < 235 || (png.data[i + 2] as number) < 235) ink++;
  return ink / (png.data.length / (4 * 7));
}

/** A crop of a decoded PNG, written as an artifact to look at. */
function saveCrop(png: PNG, path: string, w: number, h: number): void {
  const out = new PNG({ width: Math.min(w, png.width), height: Math.min(h, png.height) });
  PNG.bitblt(png, out, 0, 0, out.width, out.height, 0, 0);
  writeFileSync(path, PNG.sync.write(out));
}

/** A JPEG page picture converted to a PNG artifact by Chromium, to look at. */
async function jpegArtifact(jpeg: Uint8Array, path: string): Promise<void> {
  const view = await session.context.newPage();
  await view.setViewportSize({ width: 2200, height: 1600 });
  await view.setContent(`<body style="margin:0"><img id="i" src="data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}"></body>`);
  await view.waitForFunction('document.getElementById("i").complete');
  await view.locator('#i').screenshot({ path });
  await view.close();
}

type DocNode = { id: string; kode: string; sasaran: string; parentId: string | null; level: number };
const nodesOf = (a: AppPage): Promise<DocNode[]> =>
  a.state<DocNode[]>('(s) => Object.values(s.doc.nodes).map((n) => ({ id: n.id, kode: n.kode, sasaran: n.sasaran, parentId: n.parentId, level: n.level })).sort((x, y) => x.id.localeCompare(y.id))');

let wholePng: SavedFile;

describe('picture export', () => {
  it('exports the whole sample tree as one legible PNG that carries the project', async () => {
    await ex.choose({ scope: 'whole', format: 'png', version: 'Rancangan akhir' });
    expect(await ex.estimate()).toMatch(/Satu gambar/);
    await page.screenshot({ path: `${ART}/export-dialog.png` });
    const files = await ex.run(dir);
    expect(files).toHaveLength(1);
    wholePng = files[0] as SavedFile;
    const png = PNG.sync.read(wholePng.bytes);
    expect(png.width).toBeGreaterThanOrEqual(MIN_WIDTH);
    expect(png.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(png.height).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(inkShare(png)).toBeGreaterThan(0.03);
    expect(readChunks(new Uint8Array(wholePng.bytes)).map((c) => c.type)).toContain('iTXt');
    const text = await readTextChunk(new Uint8Array(wholePng.bytes), 'kaskade');
    expect(JSON.parse(text ?? '{}').type).toBe('kaskade');
    writeFileSync(`${ART}/export-whole.png`, wholePng.bytes);
  });

  it('exports an SVG with every node, embedded Inter and no text under 10 px', async () => {
    await ex.choose({ scope: 'whole', format: 'svg' });
    const [file] = await ex.run(dir);
    const svg = (file as SavedFile).bytes.toString('utf8');
    assertWellFormed(svg);
    const nodes = await nodesOf(app);
    expect(new Set(drawnIds(svg))).toEqual(new Set(nodes.map((n) => n.id)));
    expect(new Set(drawnKodes(svg))).toEqual(new Set(nodes.map((n) => n.kode).filter(Boolean)));
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(10);
    expect(svg).toMatch(/@font-face\{font-family:'Inter';[^}]*src:url\(data:font\/woff2;base64,/);
    expect(svg).toContain('Versi: Rancangan akhir');
    // Rasterise it in Chromium, as a viewer would, and keep the picture to look at.
    const view = await session.context.newPage();
    await view.setViewportSize({ width: 1200, height: 1400 });
    await view.setContent(`<body style="margin:0"><img id="i" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
    await view.waitForFunction('document.getElementById("i").complete');
    await view.waitForTimeout(300);
    await view.screenshot({ path: `${ART}/export-svg.png` });
    await view.close();
  });

  it('exports the selected branch only', async () => {
    await ex.close();
    const root = await app.state<string>("(s) => Object.values(s.doc.nodes).find((n) => n.level === 3).id");
    await page.evaluate(`globalThis.kaskade.getState().select(${JSON.stringify(root)})`);
    await ex.choose({ scope: 'subtree', format: 'svg' });
    const [file] = await ex.run(dir);
    const ids = drawnIds((file as SavedFile).bytes.toString('utf8'));
    const expected = await app.state<string[]>(`(s) => { const out = []; const st = [${JSON.stringify(root)}]; while (st.length) { const id = st.pop(); out.push(id); st.push(...(s.evaluation.index.children.get(id) ?? [])); } return out; }`);
    expect(new Set(ids)).toEqual(new Set(expected));
    expect((file as SavedFile).name).toMatch(/-cabang-/);
    await ex.choose({ scope: 'subtree', format: 'png' });
    const [png] = await ex.run(dir);
    const decoded = PNG.sync.read((png as SavedFile).bytes);
    expect(inkShare(decoded)).toBeGreaterThan(0.03);
    writeFileSync(`${ART}/export-branch.png`, (png as SavedFile).bytes);
  });

  it('exports the current view from the screen at full text size, without UI chrome', async () => {
    await ex.close();
    await page.evaluate('globalThis.kaskade.getState().select(null)');
    // Zoom out: the picture must still draw the text at its full size (1 layout px per picture px).
    await page.mouse.move(500, 400);
    const zoomNow = (): Promise<number> => page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport') as Element).transform).a);
    // Out to below 0.95 but not into far zoom (< 0.4), where cards are a bitmap and the view is
    // drawn from the model (next test).
    for (let i = 0; i < 10 && (await zoomNow()) >= 0.95; i++) {
      await page.mouse.wheel(0, 80);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(300);
    const zoom = await zoomNow();
    expect(zoom).toBeGreaterThanOrEqual(0.4);
    const pane = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="canvas"] .react-flow') as HTMLElement;
      return { w: el.clientWidth, h: el.clientHeight };
    });
    expect(zoom).toBeLessThan(0.95);
    await ex.choose({ scope: 'view', format: 'png' });
    const [file] = await ex.run(dir);
    writeFileSync(`${ART}/export-view.png`, (file as SavedFile).bytes);
    const png = PNG.sync.read((file as SavedFile).bytes);
    const ratio = Math.max(1, 1 / zoom);
    expect(Math.abs(png.width - Math.max(MIN_WIDTH, Math.round(pane.w * ratio)))).toBeLessThanOrEqual(1);
    expect(png.height).toBeGreaterThan(Math.round(pane.h * ratio));
    expect(inkShare(png)).toBeGreaterThan(0.01);
  });

  it('draws the view from the model instead when it is zoomed out too far for one picture', async () => {
    await ex.close();
    await page.mouse.move(500, 400);
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 400);
    await page.waitForTimeout(400);
    const zoom = await page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport') as Element).transform).a);
    expect(zoom).toBeLessThan(0.1);
    await ex.choose({ scope: 'view', format: 'png' });
    const files = await ex.run(dir);
    // Far zoom shows the cards as a bitmap, and a screen capture at full text size would be wider
    // than 8,192 px: the visible cards are drawn from the model at scale 1 instead, on one picture
    // or on pages.
    for (const f of files) {
      const png = PNG.sync.read(f.bytes);
      expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(PNG_MAX_SIDE);
      expect(inkShare(png)).toBeGreaterThan(0.02);
    }
    expect(files[0]?.name).toMatch(/-tampilan-/);
    await ex.close();
    await page.click('[data-testid="btn-fit"]');
  });

  it('exports a PDF on A4 landscape', async () => {
    await ex.choose({ scope: 'whole', format: 'pdf', paper: 'A4', orientation: 'landscape' });
    const [file] = await ex.run(dir);
    const bytes = (file as SavedFile).bytes;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
    for (const p of pdf.getPages()) expect([Math.round(p.getWidth()), Math.round(p.getHeight())]).toEqual([842, 595]);
    // The page pictures are JPEGs: keep the overview and the first page to look at.
    const { PDFName, PDFRawStream } = await import('pdf-lib');
    const images = pdf.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is RawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images.length).toBe(pdf.getPageCount());
    await jpegArtifact((images[0] as RawStream).contents, `${ART}/export-a4-overview.png`);
    await jpegArtifact((images[1] as RawStream).contents, `${ART}/export-a4-page1.png`);
  });

  it('reopens an exported PNG as a new project with the same nodes (file input and drop)', async () => {
    await ex.close();
    const before = await nodesOf(app);
    const projectId = await app.state<string>('(s) => s.doc.project.id');
    await app.newBlankProject();
    expect(await app.nodeCount()).toBe(0);
    await ex.openFromImage(wholePng.path);
    await ex.dialog().waitFor({ state: 'hidden' });
    await page.waitForFunction(`globalThis.kaskade.getState().doc.project.id !== ${JSON.stringify(projectId)} && Object.keys(globalThis.kaskade.getState().doc.nodes).length > 0`);
    expect(await nodesOf(app)).toEqual(before);
    await app.newBlankProject();
    await ex.dropFile(wholePng.bytes, 'pohon.png');
    await page.waitForFunction('Object.keys(globalThis.kaskade.getState().doc.nodes).length > 0');
    expect(await nodesOf(app)).toEqual(before);
    expect(await app.state<string>('(s) => s.doc.project.id')).not.toBe(projectId);
  });

  it('refuses a PNG without a project', async () => {
    const plain = new PNG({ width: 4, height: 4 });
    await ex.dropFile(PNG.sync.write(plain), 'lain.png');
    await page.locator('[data-testid="toast-error"]').first().waitFor();
    expect(await page.locator('[data-testid="toast-error"]').first().innerText()).toMatch(/tidak memuat proyek/);
  });

  it('exports a 5,000-node tree as readable pages at scale 1, with progress and cancel', async () => {
    const doc = generatePemda({ seed: 5, nodes: 5000 });
    await page.evaluate(`globalThis.kaskade.getState().loadDocument(${JSON.stringify(doc)})`);
    await page.waitForFunction('Object.keys(globalThis.kaskade.getState().doc.nodes).length >= 4900');
    // The same plan, computed here: the pictures must match it pixel for pixel in size.
    const scene = sceneFor(doc);
    const { plan } = planPng(scene, titleFor(doc), 'id', true);
    await ex.choose({ scope: 'whole', format: 'png', version: '' });
    expect(await ex.estimate()).toContain(`${plan.tiles.length} halaman PNG`);
    const t0 = Date.now();
    const files = await ex.run(dir, 300_000);
    const ms = Date.now() - t0;
    console.log(`PNG export of ${Object.keys(doc.nodes).length} nodes: ${plan.tiles.length} pages + overview in ${(ms / 1000).toFixed(1)} s`);
    expect(files).toHaveLength(plan.tiles.length + 1);
    const overview = files.find((f) => f.name.includes('ikhtisar')) as SavedFile;
    expect(await readTextChunk(new Uint8Array(overview.bytes), 'kaskade')).toContain('"type": "kaskade"');
    const pages = files.filter((f) => f !== overview).sort((a, b) => a.name.localeCompare(b.name));
    const ctx = { lang: 'id' as const, labels: IMAGE_LABELS.id, predikat: true, legend: true };
    for (const [i, f] of pages.entries()) {
      const t = plan.tiles[i];
      if (!t) throw new Error('more pictures than pages');
      const png = PNG.sync.read(f.bytes);
      const w = Math.max(MIN_WIDTH, Math.ceil(t.rect.w + 2 * PAD));
      expect([png.width, png.height]).toEqual([w, Math.ceil(headerHeight({ ...titleFor(doc), pageLabel: 'x' }, w, ctx) + t.rect.h + 2 * PAD)]);
      expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(PNG_MAX_SIDE);
      expect(inkShare(png)).toBeGreaterThan(0.02);
      if (i === 0) saveCrop(png, `${ART}/export-5k-page1.png`, 1800, 1200);
      if (i === 0) expect(await readTextChunk(new Uint8Array(f.bytes), 'kaskade')).not.toBeNull();
    }
    saveCrop(PNG.sync.read(overview.bytes), `${ART}/export-5k-overview.png`, 2400, 1700);

    // Cancel part way: the dialog says so and nothing is downloaded.
    let downloads = 0;
    const count = (): void => {
      downloads++;
    };
    page.on('download', count);
    await page.click('[data-testid="ex-start"]');
    await page.waitForFunction(() => {
      const p = document.querySelector('[data-testid="ex-progress"] progress') as HTMLProgressElement | null;
      return p !== null && p.value >= 2;
    }, undefined, { timeout: 120_000 });
    await page.click('[data-testid="ex-cancel"]');
    await page.locator('[data-testid="ex-status"]').waitFor();
    expect(await ex.status()).toMatch(/dibatalkan/);
    await page.waitForTimeout(500);
    page.off('download', count);
    expect(downloads).toBe(0);
  }, 600_000);
});
