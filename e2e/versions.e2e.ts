import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import type { Session } from './browser';
import { AppPage } from './pages/AppPage';
import { VersionsPage } from './pages/VersionsPage';

const ART = 'e2e/artifacts';
mkdirSync(ART, { recursive: true });

let session: Session;
let page: Page;
let app: AppPage;
let versions: VersionsPage;

beforeAll(async () => {
  session = await launch();
  page = await session.context.newPage();
  app = new AppPage(page);
  versions = new VersionsPage(page);
  await app.open();
  await app.waitSaved();
});

afterAll(async () => session.close());


describe('named versions', () => {
  it('saves named versions and lists them newest first', async () => {
    await versions.open();
    await versions.save('Rancangan Awal');
    // Changes after the first version: a sasaran, a pagu (through the store), a new child node.
    await app.editSasaran('lmj-2', 'Meningkatnya Profesionalitas ASN (revisi)');
    await app.state(`(s) => s.commit('Ubah pagu', (d) => { d.nodes['lmj-2'].anggaran.pagu['2024'] = '1905955200'; })`);
    await app.node('lmj-2').click();
    await page.keyboard.press('Tab');
    const editor = page.locator('[data-testid="inline-editor"]');
    await editor.waitFor();
    await editor.fill('Kegiatan baru dari revisi');
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'detached' });
    await app.waitSaved();
    await versions.save('Rancangan Akhir');
    expect(await versions.names()).toEqual(['Rancangan Akhir', 'Rancangan Awal']);
  });

  it('a locked version can be neither renamed nor deleted', async () => {
    await versions.toggleLock('Rancangan Awal');
    const item = versions.item('Rancangan Awal');
    await expect(item.locator('[data-testid="version-rename"]').isDisabled()).resolves.toBe(true);
    await expect(item.locator('[data-testid="version-delete"]').isDisabled()).resolves.toBe(true);
    await expect(versions.item('Rancangan Akhir').locator('[data-testid="version-delete"]').isDisabled()).resolves.toBe(false);
  });

  it('compares a version with the current state: old → new in the list, marks on the canvas', async () => {
    await app.state('(s) => s.select(null)');
    await versions.compare('Rancangan Awal', 'current');
    const texts = await versions.changeTexts();
    expect(texts).toContain('Sasaran Meningkatnya Profesionalitas ASN → Meningkatnya Profesionalitas ASN (revisi)');
    expect(texts.some((t) => /^Pagu 2024 .+ → 1\.905\.955\.200$/.test(t))).toBe(true);
    await expect(versions.diffEntries('added').count()).resolves.toBe(1);
    expect(await versions.marked('changed', 1)).toEqual(['lmj-2']);
    expect((await versions.marked('added', 1)).length).toBe(1);
    await page.locator('[data-testid="toast-ok"]').first().waitFor({ state: 'detached', timeout: 10_000 });
    await page.screenshot({ path: `${ART}/versions-compare.png` });
  });

  it('compares two versions, and clears the canvas marks when the comparison closes', async () => {
    await versions.compare('Rancangan Awal', 'Rancangan Akhir');
    expect(await versions.marked('changed', 1)).toEqual(['lmj-2']);
    await versions.compare('Rancangan Akhir', 'Rancangan Akhir');
    await expect(versions.panel.locator('[data-testid="diff-summary"]').innerText()).resolves.toBe('Tidak ada perbedaan.');
    expect(await versions.marked('changed', 0)).toEqual([]);
    await versions.compare('Rancangan Awal', 'current');
    expect(await versions.marked('changed', 1)).toEqual(['lmj-2']);
    await versions.closeCompare();
    await page.waitForFunction(() => document.querySelectorAll('.card[class*="diff-"]').length === 0);
  });

  it('restores a version as one undoable step', async () => {
    const before = await app.nodeCount();
    await versions.restore('Rancangan Awal');
    await page.waitForFunction(() => !document.querySelector('[data-testid="node-lmj-2"]')?.textContent?.includes('(revisi)'));
    expect(await app.sasaranOf('lmj-2')).toBe('Meningkatnya Profesionalitas ASN');
    expect(await app.nodeCount()).toBe(before - 1);
    await app.waitSaved();
    await page.click('[data-testid="btn-undo"]');
    expect(await app.sasaranOf('lmj-2')).toBe('Meningkatnya Profesionalitas ASN (revisi)');
    expect(await app.nodeCount()).toBe(before);
    await app.waitSaved();
    // Survives a reload with the undone state and both versions.
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    expect(await app.sasaranOf('lmj-2')).toBe('Meningkatnya Profesionalitas ASN (revisi)');
    await versions.open();
    expect(await versions.names()).toEqual(['Rancangan Akhir', 'Rancangan Awal']);
  });
});

describe('versions in two tabs of the same project', () => {
  it('a version saved in one tab appears in the other tab’s list without a reload', async () => {
    const other = await session.context.newPage();
    try {
      const otherApp = new AppPage(other);
      const otherVersions = new VersionsPage(other);
      await otherApp.open();
      await otherVersions.open();
      const before = await otherVersions.names();
      await versions.open();
      await versions.save('Dari tab lain');
      await otherVersions.item('Dari tab lain').waitFor({ timeout: 10_000 });
      expect(await otherVersions.names()).toEqual(['Dari tab lain', ...before]);
      await other.screenshot({ path: `${ART}/versions-other-tab.png` });
    } finally {
      await other.close();
    }
  });
});
