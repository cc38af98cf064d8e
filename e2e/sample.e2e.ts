import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import type { Session } from './browser';
import { AppPage } from './pages/AppPage';

const ART = 'e2e/artifacts';

let session: Session;
let page: Page;
let app: AppPage;

beforeAll(async () => {
  session = await launch();
  page = await session.context.newPage();
  app = new AppPage(page);
  await app.open();
});

afterAll(async () => {
  await session.close();
});

/** Types into an inspector field and commits it with Enter. */
const fill = (testId: string, text: string): Promise<void> => app.fillField(testId, text);

async function dragOnto(from: string, onto: string): Promise<void> {
  const a = await app.node(from).boundingBox();
  const b = await app.node(onto).boundingBox();
  if (!a || !b) throw new Error(`not visible: ${from} or ${onto}`);
  await page.mouse.move(a.x + a.width / 2, a.y + 12);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + 30, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 4, { steps: 12 });
  await page.mouse.up();
}

/**
 * Centres a node at reading zoom (≥ 0.7). Fitting the whole sample zooms out below 0.4, where the
 * canvas draws the cards into a picture instead of DOM cards (FarCanvas): no buttons to click,
 * and dragging to re-parent works at reading zoom only.
 */
async function showReadable(id: string, zoom?: number): Promise<void> {
  await page.evaluate(`globalThis.kaskade.getState().focus(${JSON.stringify(id)})`);
  await page.waitForTimeout(400);
  if (zoom === undefined) return;
  // Then zoom out around it (the pane's centre), staying at or above 0.4.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  const current = (): Promise<number> => page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport') as Element).transform).a);
  for (let i = 0; i < 6 && Math.abs((await current()) / zoom - 1) > 0.01; i++) {
    await page.mouse.wheel(0, -Math.log2(zoom / (await current())) / 0.002);
    await page.waitForTimeout(300);
  }
}

describe('editing the Lumajang sample', () => {
  it('updates the badge of the node and of every ancestor when a number changes', async () => {
    const before = await Promise.all(['lmj-2', 'lmj-1', 'lmj-0'].map((k) => app.badge(k).innerText()));
    expect(before).toEqual(['91,36%', '↧ 91,36%', '↧ 91,36%']);
    await app.node('lmj-2').click();
    await fill('insp-ind-0-target-2024', '60');
    await expect.poll(() => app.badge('lmj-2').innerText()).toBe('85,80%');
    await expect(app.badge('lmj-1').innerText()).resolves.toBe('↧ 85,80%');
    await expect(app.badge('lmj-0').innerText()).resolves.toBe('↧ 85,80%');
    await page.keyboard.press('Control+z');
    await expect.poll(() => app.badge('lmj-0').innerText()).toBe('↧ 91,36%');
  });

  it('rolls a leaf edit up to its kegiatan and shows it beside the program’s own capaian', async () => {
    await app.focusBySearch('Terlaksananya diklat teknis');
    await fill('insp-ind-0-target-2024', '200');
    await fill('insp-ind-0-realisasi-tw1', '150');
    await expect.poll(() => app.badge('lmj-4-1').innerText()).toBe('75,00%');
    await expect(app.badge('lmj-3-1').innerText()).resolves.toBe('↧ 75,00%');
    // The program keeps its own capaian and shows the roll-up beside it.
    await expect(app.badge('lmj-2').innerText()).resolves.toBe('91,36%');
    await expect(page.locator('[data-testid="rollup-lmj-2"]').innerText()).resolves.toBe('↧ 75,00');
    await page.screenshot({ path: `${ART}/inspector-1366.png` });
  });

  it('collapses and expands a subtree, showing how many nodes are hidden', async () => {
    await showReadable('lmj-3-2');
    await page.click('[data-testid="collapse-lmj-3-2"]');
    await expect(page.locator('[data-testid="collapse-lmj-3-2"]').innerText()).resolves.toBe('▸ 52');
    await expect(app.node('lmj-4-3').count()).resolves.toBe(0);
    await page.click('[data-testid="collapse-lmj-3-2"]');
    await expect.poll(() => app.node('lmj-4-3').count()).toBe(1);
  });

  it('re-parents by drag, and refuses a move that breaks the level rule', async () => {
    await page.click('[data-testid="collapse-lmj-3-2"]');
    await showReadable('lmj-4-1', 0.46);
    await dragOnto('lmj-4-2', 'lmj-2');
    await page.waitForSelector('[data-testid="toast-error"]');
    await expect(page.locator('[data-testid="toast-error"]').innerText()).resolves.toContain('Level 4');
    await expect(app.state<string>(`(s) => s.doc.nodes['lmj-4-2'].parentId`)).resolves.toBe('lmj-3-1');
    await dragOnto('lmj-4-2', 'lmj-3-2');
    await expect.poll(() => app.state<string>(`(s) => s.doc.nodes['lmj-4-2'].parentId`)).toBe('lmj-3-2');
    // One drag is one undo step.
    await page.keyboard.press('Control+z');
    await expect(app.state<string>(`(s) => s.doc.nodes['lmj-4-2'].parentId`)).resolves.toBe('lmj-3-1');
    await page.click('[data-testid="collapse-lmj-3-2"]');
  });

  it('finds a node by text and jumps to it', async () => {
    await app.focusBySearch('Pemberian Penghargaan PNS Teladan');
    await expect(app.selectedSasaran()).resolves.toBe('');
    const name = await app.state<string>(`(s) => s.doc.nodes[s.selectedId].nama`);
    expect(name).toBe('Pemberian Penghargaan PNS Teladan dan Berprestasi');
    const id = await app.state<string>('(s) => s.selectedId');
    await expect.poll(async () => {
      const box = await app.node(id).boundingBox();
      return box !== null && box.y > 0 && box.y + box.height < 768 && box.x > 0 && box.x + box.width < 1366 - 380;
    }).toBe(true);
  });

  it('edits in the table view and the canvas shows it', async () => {
    await app.focusBySearch('Terpenuhinya kebutuhan ASN');
    await page.click('[data-testid="tab-table"]');
    await page.waitForSelector('[data-testid="table-view"]');
    const cell = page.locator('[data-testid="cell-realisasi-lmj-4-3"]');
    await cell.dblclick();
    await page.locator('[data-testid="cell-realisasi-lmj-4-3-input"]').fill('1.234,5');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.state<string | null>(`(s) => s.doc.nodes['lmj-4-3'].indicators[0].realisasiTw['2024'][0]`)).toBe('1234.5');
    await page.screenshot({ path: `${ART}/table-1366.png` });
    await page.click('[data-testid="tab-canvas"]');
    await app.node('lmj-4-3').waitFor();
    await expect.poll(() => app.node('lmj-4-3').innerText()).toContain('1.234,5');
    await expect(app.state<string>('(s) => s.selectedId')).resolves.toBe('lmj-4-3');
  });
});

describe('large screens', () => {
  it('renders canvas, inspector and table at 1920×1080', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.node('lmj-2').click();
    await page.screenshot({ path: `${ART}/canvas-1920.png` });
    await page.click('[data-testid="tab-table"]');
    await page.waitForSelector('[data-testid="table-view"]');
    await page.screenshot({ path: `${ART}/table-1920.png` });
    await page.click('[data-testid="tab-canvas"]');
    await expect(app.node('lmj-2').isVisible()).resolves.toBe(true);
  });
});
