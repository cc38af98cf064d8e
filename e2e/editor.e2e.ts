import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import type { Session } from './browser';
import { AppPage } from './pages/AppPage';

const ART = 'e2e/artifacts';
mkdirSync(ART, { recursive: true });

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

describe('the tree editor', () => {
  it('opens with the sample project on the canvas', async () => {
    await expect(app.node('lmj-2').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="project-name"]').innerText()).resolves.toContain('Lumajang');
    await page.screenshot({ path: `${ART}/canvas-1366.png` });
  });

  it('builds a three-level tree by keyboard only, then undoes and redoes', async () => {
    await app.newBlankProject();
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
    await page.keyboard.press('Tab');
    await page.waitForSelector('[data-testid="inline-editor"]');
    await page.keyboard.type('Meningkatnya Kinerja Pemerintahan Daerah');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.waitForSelector('[data-testid="inline-editor"]');
    await page.keyboard.type('Meningkatnya Kualitas Sistem Merit ASN');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.waitForSelector('[data-testid="inline-editor"]');
    await page.keyboard.type('Meningkatnya Profesionalitas ASN');
    await page.keyboard.press('Enter');
    // Enter on a selected node adds a sibling; Escape in the editor cancels the text.
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="inline-editor"]');
    await page.keyboard.type('Meningkatnya Kualitas Pelayanan');
    await page.keyboard.press('Enter');
    // Typing on a selected node edits its sasaran.
    await page.keyboard.type('Meningkatnya Kualitas Pelayanan Kepegawaian');
    await page.keyboard.press('Enter');
    const shape = await app.state<{ level: number; sasaran: string; parentLevel: number | null }[]>(
      `(s) => Object.values(s.doc.nodes).map((n) => ({ level: n.level, sasaran: n.sasaran, parentLevel: n.parentId ? s.doc.nodes[n.parentId].level : null })).sort((a, b) => a.level - b.level || a.sasaran.localeCompare(b.sasaran))`,
    );
    expect(shape).toEqual([
      { level: 0, sasaran: 'Meningkatnya Kinerja Pemerintahan Daerah', parentLevel: null },
      { level: 1, sasaran: 'Meningkatnya Kualitas Sistem Merit ASN', parentLevel: 0 },
      { level: 2, sasaran: 'Meningkatnya Kualitas Pelayanan Kepegawaian', parentLevel: 1 },
      { level: 2, sasaran: 'Meningkatnya Profesionalitas ASN', parentLevel: 1 },
    ]);
    // Arrow up moves to the parent.
    await page.keyboard.press('ArrowUp');
    await expect(app.selectedSasaran()).resolves.toBe('Meningkatnya Kualitas Sistem Merit ASN');
    await page.screenshot({ path: `${ART}/keyboard-tree.png` });

    // Undo the sasaran edit, then the sibling, then redo both.
    await page.keyboard.press('Control+z');
    await expect(app.state<string[]>('(s) => Object.values(s.doc.nodes).map((n) => n.sasaran).sort()')).resolves.toContain('Meningkatnya Kualitas Pelayanan');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(app.nodeCount()).resolves.toBe(3);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+y');
    await expect(app.state<string[]>('(s) => Object.values(s.doc.nodes).map((n) => n.sasaran).sort()')).resolves.toContain('Meningkatnya Kualitas Pelayanan Kepegawaian');
    await expect(app.nodeCount()).resolves.toBe(4);
  });

  it('deletes a subtree only after confirmation', async () => {
    await page.locator('[data-testid^="node-"]', { hasText: 'Meningkatnya Kualitas Sistem Merit ASN' }).click();
    await page.keyboard.press('Delete');
    await page.waitForSelector('[data-testid="confirm-dialog"]');
    await page.keyboard.press('Escape');
    await expect(app.nodeCount()).resolves.toBe(4);
    await page.keyboard.press('Delete');
    await page.click('[data-testid="confirm-ok"]');
    await expect(app.nodeCount()).resolves.toBe(1);
    await page.keyboard.press('Control+z');
    await expect(app.nodeCount()).resolves.toBe(4);
  });

  it('keeps the work across a reload', async () => {
    await app.waitSaved();
    await page.reload();
    await page.waitForSelector('[data-testid="canvas"] .react-flow__node');
    await expect(app.nodeCount()).resolves.toBe(4);
    await expect(app.sasaranTexts()).resolves.toContain('Meningkatnya Kualitas Pelayanan Kepegawaian');
  });
});
