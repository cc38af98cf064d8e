import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import type { Session } from './browser';
import { AppPage } from './pages/AppPage';

const ART = 'e2e/artifacts';
mkdirSync(ART, { recursive: true });

let session: Session;
let page: Page;
let app: AppPage;

interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
interface FlowBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** React Flow's transform, read from the viewport element. */
async function viewport(): Promise<Viewport> {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.react-flow__viewport');
    const m = el && /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(el.style.transform);
    if (!m) throw new Error('no React Flow viewport');
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  });
}

/** Zooms with real wheel input over the pane's centre until the zoom is `target` (±1%). */
async function zoomTo(target: number): Promise<Viewport> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 10; i++) {
    const vp = await viewport();
    if (Math.abs(vp.zoom / target - 1) < 0.01) break;
    // React Flow's wheel zoom: scale × 2^(−deltaY × 0.002).
    await page.mouse.wheel(0, -Math.log2(target / vp.zoom) / 0.002);
    await page.waitForTimeout(250);
  }
  await settle();
  return viewport();
}

/** Two animation frames: the far canvas redraws in the next one. */
async function settle(): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await page.waitForTimeout(100);
}

/** Cards React Flow shows as DOM (the invisible outer anchors of far zoom excluded). */
async function domCards(): Promise<number> {
  return page.locator('.react-flow__node:not(.far-anchor)').count();
}

async function drawnCards(): Promise<number> {
  return Number(await page.locator('[data-testid="far-canvas"]').getAttribute('data-cards'));
}

/** The layout box of a DOM card, in flow coordinates (from its screen box and the transform). */
async function flowBoxOf(kode: string): Promise<FlowBox> {
  const el = app.node(kode);
  const id = await el.getAttribute('data-node-id');
  const r = await el.boundingBox();
  if (!id || !r) throw new Error(`no card ${kode}`);
  const vp = await viewport();
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) throw new Error('no pane');
  return { id, x: (r.x - pane.x - vp.x) / vp.zoom, y: (r.y - pane.y - vp.y) / vp.zoom, w: r.width / vp.zoom, h: r.height / vp.zoom };
}

/** Where a point of the layout is on the page now. */
async function toScreen(x: number, y: number): Promise<{ x: number; y: number }> {
  const vp = await viewport();
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) throw new Error('no pane');
  return { x: pane.x + vp.x + x * vp.zoom, y: pane.y + vp.y + y * vp.zoom };
}

/** The screen point at the centre of a card. */
const centreOf = (b: { x: number; y: number; w: number; h: number }): Promise<{ x: number; y: number }> => toScreen(b.x + b.w / 2, b.y + b.h / 2);

/** Mean RGB of a small square of the page, from a screenshot. */
async function colourAt(x: number, y: number, r = 3): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: x - r, y: y - r, width: 2 * r, height: 2 * r } }));
  const sum = [0, 0, 0];
  for (let i = 0; i < png.data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] = (sum[c] as number) + (png.data[i + c] as number);
  const n = png.data.length / 4;
  return [(sum[0] as number) / n, (sum[1] as number) / n, (sum[2] as number) / n];
}

const selectedId = (): Promise<string | null> => app.state<string | null>('(s) => s.selectedId');

let root: FlowBox;
let program: FlowBox;
/** A sub kegiatan with children: its children are stacked, so folding it does not move it. */
let stackParent: FlowBox;

beforeAll(async () => {
  session = await launch();
  page = await session.context.newPage();
  app = new AppPage(page);
  await app.open();
  // Two cards of the sample, located while they are DOM cards at reading zoom.
  await zoomTo(0.8);
  const kodes = await app.state<{ root: string; program: string }>(
    `(s) => { const ns = Object.values(s.doc.nodes); const r = ns.find((n) => n.level === 0); const p = ns.find((n) => n.level === 2); return { root: r.kode || r.id, program: p.kode || p.id }; }`,
  );
  await page.evaluate(`globalThis.kaskade.getState().focus(${JSON.stringify(await app.state<string>(`(s) => Object.values(s.doc.nodes).find((n) => n.level === 0).id`))})`);
  await page.waitForTimeout(400);
  root = await flowBoxOf(kodes.root);
  await page.evaluate(`globalThis.kaskade.getState().focus(${JSON.stringify(await app.state<string>(`(s) => Object.values(s.doc.nodes).find((n) => n.level === 2).id`))})`);
  await page.waitForTimeout(400);
  program = await flowBoxOf(kodes.program);
  const l4 = await app.state<{ id: string; kode: string }>(`(s) => { const n = Object.values(s.doc.nodes).find((n) => n.level === 4 && (s.evaluation.index.children.get(n.id) ?? []).length > 0); return { id: n.id, kode: n.kode || n.id }; }`);
  await page.evaluate(`globalThis.kaskade.getState().focus(${JSON.stringify(l4.id)})`);
  await page.waitForTimeout(400);
  stackParent = await flowBoxOf(l4.kode);
  await page.evaluate('globalThis.kaskade.getState().select(null)');
});

afterAll(async () => {
  await session.close();
});

describe('the canvas zoomed out (level of detail)', () => {
  it('draws the cards into one canvas instead of DOM cards below zoom 0.4, and back', async () => {
    const near = await zoomTo(0.45);
    expect(near.zoom).toBeGreaterThanOrEqual(0.4);
    expect(await domCards()).toBeGreaterThan(3);
    expect(await drawnCards()).toBe(0);

    const far = await zoomTo(0.3);
    expect(far.zoom).toBeLessThan(0.4);
    expect(await domCards()).toBe(0);
    expect(await drawnCards()).toBeGreaterThan(3);
    // What React Flow still holds (the outer cards, for fitView) is not shown over the picture.
    const shown = await page.evaluate(() => [...document.querySelectorAll('.react-flow__node')].filter((n) => getComputedStyle(n).visibility !== 'hidden').length);
    expect(shown).toBe(0);
    // The root card is drawn where its DOM card was: its level colour band and its tinted body.
    const band = await toScreen(root.x + root.w / 2, root.y + 4);
    const [r, g, b] = await colourAt(band.x, band.y, 1);
    // --lvl-0 is #7c3aed (violet): blue and red well above green.
    expect(b).toBeGreaterThan(g + 80);
    expect(r).toBeGreaterThan(g + 30);
    await page.screenshot({ path: `${ART}/canvas-far-0.3.png` });

    await zoomTo(0.5);
    await page.waitForTimeout(200);
    expect(await domCards()).toBeGreaterThan(3);
    expect(await drawnCards()).toBe(0);
  });

  it('pans by dragging the pane over the drawn cards', async () => {
    await zoomTo(0.3);
    const before = await viewport();
    const start = await centreOf(program);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(start.x + i * 10, start.y + i * 5);
    await page.mouse.up();
    const after = await viewport();
    expect(Math.round(after.x - before.x)).toBe(80);
    expect(Math.round(after.y - before.y)).toBe(40);
    // A drag is not a click: nothing got selected.
    expect(await selectedId()).toBeNull();
  });

  it('selects a drawn card on click, and an empty spot clears the selection', async () => {
    await zoomTo(0.3);
    const p = await centreOf(program);
    await page.mouse.click(p.x, p.y);
    await expect(selectedId()).resolves.toBe(program.id);
    await settle();
    // The selection ring is drawn just outside the card, in the accent colour (#1d4ed8).
    const ring = await toScreen(program.x + program.w / 2, program.y);
    const [r, g, b] = await colourAt(ring.x, ring.y - 2.5, 1);
    expect(b).toBeGreaterThan(150);
    expect(r).toBeLessThan(120);
    expect(g).toBeLessThan(140);
    // Still drawn, not turned into a DOM card: the view stays as it was.
    expect(await domCards()).toBe(0);
    await page.screenshot({ path: `${ART}/canvas-far-selected.png` });

    const empty = await toScreen(root.x - 600, root.y - 200);
    await page.mouse.click(empty.x, empty.y);
    await expect(selectedId()).resolves.toBeNull();
  });

  it('moves the selection with the keyboard while zoomed out', async () => {
    await zoomTo(0.3);
    const p = await centreOf(program);
    await page.mouse.click(p.x, p.y);
    await expect(selectedId()).resolves.toBe(program.id);
    await page.keyboard.press('ArrowUp');
    const parent = await app.state<string | null>(`(s) => s.doc.nodes[${JSON.stringify(program.id)}].parentId`);
    expect(parent).not.toBeNull();
    await expect(selectedId()).resolves.toBe(parent);
    await page.keyboard.press('ArrowDown');
    const firstChild = await app.state<string>(`(s) => s.evaluation.index.children.get(${JSON.stringify(parent)})[0]`);
    await expect(selectedId()).resolves.toBe(firstChild);
  });

  it('folds and unfolds a branch from the collapse control drawn on a card', async () => {
    await zoomTo(0.3);
    const isCollapsed = (): Promise<boolean> => app.state<boolean>(`(s) => s.collapsed.has(${JSON.stringify(stackParent.id)})`);
    await expect(isCollapsed()).resolves.toBe(false);
    const before = await selectedId();
    // The control is the header's first item: 10 units in, at the header's middle.
    const c = await toScreen(stackParent.x + 18, stackParent.y + (16 + stackParent.h - 7) / 2);
    await page.mouse.click(c.x, c.y);
    await expect(isCollapsed()).resolves.toBe(true);
    // Folding is not selecting.
    await expect(selectedId()).resolves.toBe(before);
    await settle();
    await page.screenshot({ path: `${ART}/canvas-far-collapsed.png` });
    await page.mouse.click(c.x, c.y);
    await expect(isCollapsed()).resolves.toBe(false);
  });

  it('zooms in to reading size when typing starts editing a card zoomed out', async () => {
    await zoomTo(0.3);
    const p = await centreOf(program);
    await page.mouse.click(p.x, p.y);
    await expect(selectedId()).resolves.toBe(program.id);
    await page.keyboard.press('F2');
    const editor = page.locator('[data-testid="inline-editor"]');
    await editor.waitFor();
    await page.waitForFunction(() => /scale\(1\)/.test(document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? ''), undefined, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
  });

  it('names the card under the pointer zoomed out', async () => {
    await zoomTo(0.3);
    const p = await centreOf(program);
    await page.mouse.move(p.x, p.y);
    const pane = page.locator('.react-flow__pane');
    const sasaran = await app.state<string>(`(s) => s.doc.nodes[${JSON.stringify(program.id)}].sasaran`);
    expect(sasaran.length).toBeGreaterThan(5);
    await expect(pane.getAttribute('title')).resolves.toContain(sasaran);
    await expect(pane.getAttribute('class')).resolves.toContain('far-hover');
    const empty = await toScreen(root.x - 600, root.y - 200);
    await page.mouse.move(empty.x, empty.y);
    await expect(pane.getAttribute('title')).resolves.toBeNull();
  });

  it('dims the cards the filter leaves out', async () => {
    await zoomTo(0.3);
    await page.evaluate('globalThis.kaskade.getState().select(null)');
    await settle();
    const at = await toScreen(program.x + program.w / 2, program.y + 4);
    const plain = await colourAt(at.x, at.y, 1);
    await page.selectOption('[data-testid="filter-level"]', '0');
    await settle();
    const dimmed = await colourAt(at.x, at.y, 1);
    // The level band (#0891b2) at 25% opacity over the light pane: much lighter.
    expect(dimmed[0] - plain[0]).toBeGreaterThan(60);
    // The root card matches the filter: still at full colour.
    const rootBand = await toScreen(root.x + root.w / 2, root.y + 4);
    const [r, g] = await colourAt(rootBand.x, rootBand.y, 1);
    expect(r - g).toBeGreaterThan(30);
    await page.screenshot({ path: `${ART}/canvas-far-dim.png` });
    await page.selectOption('[data-testid="filter-level"]', '');
  });

  it('zooms in on a drawn card on double click, to DOM cards at reading size', async () => {
    await zoomTo(0.25);
    const p = await centreOf(program);
    await page.mouse.dblclick(p.x, p.y);
    await page.waitForFunction(
      () => {
        const el = document.querySelector<HTMLElement>('.react-flow__viewport');
        return Boolean(el && /scale\(1\)/.test(el.style.transform));
      },
      undefined,
      { timeout: 5000 },
    );
    await settle();
    await expect(selectedId()).resolves.toBe(program.id);
    const card = page.locator(`[data-node-id="${program.id}"]`);
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.locator('.card-sasaran').count()).resolves.toBe(1);
    // Centred in the pane.
    const r = await card.boundingBox();
    const pane = await page.locator('.react-flow').boundingBox();
    if (!r || !pane) throw new Error('no boxes');
    expect(Math.abs(r.x + r.width / 2 - (pane.x + pane.width / 2))).toBeLessThan(4);
    expect(Math.abs(r.y + r.height / 2 - (pane.y + pane.height / 2))).toBeLessThan(4);
    expect(await drawnCards()).toBe(0);
  });

  it('centres the view on a node found by search from far zoom', async () => {
    await zoomTo(0.2);
    const sasaran = await app.state<string>(`(s) => s.doc.nodes[${JSON.stringify(root.id)}].sasaran`);
    await app.focusBySearch(sasaran);
    await page.waitForTimeout(300);
    await expect(selectedId()).resolves.toBe(root.id);
    const vp = await viewport();
    expect(vp.zoom).toBeGreaterThanOrEqual(0.7);
    await expect(page.locator(`[data-node-id="${root.id}"]`).isVisible()).resolves.toBe(true);
  });

  it('never shows a frame without the cards while the zoom crosses the threshold, either way', async () => {
    await zoomTo(0.5);
    // A ResizeObserver callback runs once per rendered frame, after animation frames and before
    // paint: record there whether the cards are on screen as DOM or in the picture.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.cssText = 'position:fixed;left:0;top:0;height:1px;width:1px;pointer-events:none';
      document.body.appendChild(probe);
      const log = { frames: 0, empty: 0, minZoom: Infinity, maxZoom: 0, stop: false };
      (globalThis as { __flash?: typeof log }).__flash = log;
      new ResizeObserver(() => {
        const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
        const zoom = Number(/scale\(([-\d.e]+)\)/.exec(vp?.style.transform ?? '')?.[1] ?? NaN);
        const dom = document.querySelectorAll('.react-flow__node:not(.far-anchor)').length;
        const drawn = Number(document.querySelector<HTMLElement>('[data-testid="far-canvas"]')?.dataset.cards ?? 0);
        log.frames++;
        log.minZoom = Math.min(log.minZoom, zoom);
        log.maxZoom = Math.max(log.maxZoom, zoom);
        if (dom === 0 && drawn === 0) log.empty++;
      }).observe(probe);
      let w = 1;
      const tick = (): void => {
        if (log.stop) return probe.remove();
        w = 3 - w;
        probe.style.width = `${w}px`;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 110);
      await settle();
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -110);
      await settle();
    }
    const log = await page.evaluate(() => {
      const l = (globalThis as { __flash?: { frames: number; empty: number; minZoom: number; maxZoom: number; stop: boolean } }).__flash;
      if (l) l.stop = true;
      return l;
    });
    expect(log?.minZoom).toBeLessThan(0.4);
    expect(log?.maxZoom).toBeGreaterThan(0.4);
    expect(log?.frames).toBeGreaterThan(6);
    expect(log?.empty).toBe(0);
  });

  it('draws a large tree zoomed out with a few hundred cards, none of them DOM', async () => {
    await page.click('[data-testid="btn-projects"]');
    await page.click('[data-testid="btn-sample-pemda-20k"]');
    await page.waitForFunction('Object.keys(globalThis.kaskade.getState().doc.nodes).length > 10000', undefined, { timeout: 60_000, polling: 200 });
    await page.waitForTimeout(500);
    await zoomTo(0.2);
    expect(await domCards()).toBe(0);
    const drawn = await drawnCards();
    expect(drawn).toBeGreaterThan(100);
    expect(drawn).toBeLessThan(2000);
    const shot = await page.screenshot({ path: `${ART}/canvas-far-20k.png` });
    writeFileSync(`${ART}/canvas-far-20k.png`, shot);
    // The fit button still frames the whole tree (React Flow keeps the outer cards, invisible).
    await page.click('[data-testid="btn-fit"]');
    await page.waitForTimeout(600);
    const vp = await viewport();
    expect(vp.zoom).toBeLessThan(0.1);
    await settle();
    expect(await drawnCards()).toBeGreaterThan(drawn);
  });
});
