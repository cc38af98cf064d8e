import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import type { Session } from './browser';
import { AppPage } from './pages/AppPage';
import { Profile } from './pages/profile';
import { ProjectsPage } from './pages/ProjectsPage';
import { StoragePage } from './pages/StoragePage';

const ART = 'e2e/artifacts';
mkdirSync(ART, { recursive: true });
const KODE = 'lmj-2';

const projectId = (app: AppPage): Promise<string> => app.projectId();
const sasaran = (app: AppPage, kode: string): Promise<string | null> => app.sasaranOf(kode);
const editSasaran = (app: AppPage, kode: string, text: string): Promise<void> => app.editSasaran(kode, text);

/** A browser of its own with the sample open and saved: its page, the app, the stored rows and the project id. */
async function openSaved(): Promise<{ session: Session; page: Page; app: AppPage; store: StoragePage; pid: string }> {
  const session = await launch();
  const page = await session.context.newPage();
  const app = new AppPage(page);
  await app.open();
  await app.waitSaved();
  return { session, page, app, store: new StoragePage(page), pid: await projectId(app) };
}

describe('projects', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    page = await session.context.newPage();
  });
  afterAll(async () => session.close());

  it('creates from a sample, renames, duplicates, trashes, restores and purges', async () => {
    const app = new AppPage(page);
    const projects = new ProjectsPage(page);
    await app.open();
    await projects.createSample('sumenep-2024');
    await page.waitForFunction(() => (globalThis as unknown as { kaskade: { getState: () => { doc: { project: { instansi: string } } } } }).kaskade.getState().doc.project.instansi.includes('Sumenep'));
    await projects.open();
    expect((await projects.names()).length).toBe(2);
    const [sumenep] = await projects.names();
    await projects.rename(sumenep as string, 'Renstra Sumenep');
    expect(await app.state<string>('(s) => s.doc.project.nama')).toBe('Renstra Sumenep');
    await projects.duplicate('Renstra Sumenep', 'Renstra Sumenep (salinan)');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ART}/projects-dialog.png` });
    await projects.trash('Renstra Sumenep (salinan)');
    await projects.showTrash();
    expect(await projects.names()).toEqual(['Renstra Sumenep (salinan)']);
    await projects.restore('Renstra Sumenep (salinan)');
    await projects.showLive();
    expect(await projects.names()).toContain('Renstra Sumenep (salinan)');
    await projects.trash('Renstra Sumenep (salinan)');
    await projects.showTrash();
    await projects.purge('Renstra Sumenep (salinan)');
    expect(await projects.names()).toEqual([]);
    await projects.showLive();
    const lumajang = (await projects.names()).find((n) => n.includes('Lumajang')) as string;
    await projects.openProject(lumajang);
    expect(await app.state<string>('(s) => s.doc.project.nama')).toContain('Lumajang');
    await expect(page.locator('[data-testid="storage-persisted"]').count()).resolves.toBe(0);
  });

  it('shows space used, quota and the answer to persist() in the dialog', async () => {
    const projects = new ProjectsPage(page);
    await projects.open();
    await page.locator('[data-testid="storage-usage"]', { hasText: /Terpakai .+ dari .+/ }).waitFor();
    // Headless Chromium answers persist() with false; the dialog says so.
    await page.waitForSelector('[data-testid="storage-persisted"][data-persisted="false"], [data-testid="storage-persisted"][data-persisted="true"]');
    await projects.close();
  });

  it('keeps an edit across a reload', async () => {
    const app = new AppPage(page);
    await editSasaran(app, KODE, 'Disimpan otomatis');
    await app.waitSaved();
    await app.reload();
    expect(await sasaran(app, KODE)).toBe('Disimpan otomatis');
  });

  it('trashing the open project opens the most recent other one; restoring brings it back', async () => {
    const app = new AppPage(page);
    const projects = new ProjectsPage(page);
    const name = await app.state<string>('(s) => s.doc.project.nama');
    await projects.open();
    await projects.trash(name);
    expect(await app.state<string>('(s) => s.doc.project.nama')).toBe('Renstra Sumenep');
    await projects.showTrash();
    await projects.restore(name);
    await projects.showLive();
    await projects.openProject(name);
    expect(await sasaran(app, KODE)).toBe('Disimpan otomatis');
  });
});

describe('a crash loses at most the last second', () => {
  const profile = new Profile();
  afterAll(async () => profile.dispose());

  it('an edit made 0.7 s before the renderer crashes is there afterwards', async () => {
    const page = await profile.newPage();
    const app = new AppPage(page);
    await app.open();
    await app.waitSaved();
    await editSasaran(app, KODE, 'Sebelum crash');
    await page.waitForTimeout(700);
    const cdp = await page.context().newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    // The crashed renderer never answers; the page's crash event says it is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const again = new AppPage(await profile.newPage());
    await again.open();
    expect(await sasaran(again, KODE)).toBe('Sebelum crash');
  });

  it('an edit made 0.8 s before the whole browser is killed is there after a relaunch', async () => {
    const page = await profile.newPage();
    const app = new AppPage(page);
    await app.open();
    await editSasaran(app, KODE, 'Sebelum browser ditutup');
    await page.waitForTimeout(800);
    await profile.kill();
    const again = new AppPage(await profile.newPage());
    await again.open();
    expect(await sasaran(again, KODE)).toBe('Sebelum browser ditutup');
  });
});

describe('two tabs on one project', () => {
  let session: Session;
  let a: AppPage;
  let b: AppPage;
  beforeAll(async () => {
    session = await launch();
    a = new AppPage(await session.context.newPage());
    await a.open();
    await a.waitSaved();
    b = new AppPage(await session.context.newPage());
    await b.open();
  });
  afterAll(async () => session.close());

  it('tells the other tab, which then writes nothing over the first', async () => {
    const store = new StoragePage(b.page);
    expect(await projectId(a)).toBe(await projectId(b));
    await a.page.bringToFront();
    await editSasaran(a, KODE, 'Dari tab A');
    await a.waitSaved();
    await store.banner('conflict').waitFor();
    expect(await store.banner('conflict').innerText()).toContain('Proyek ini diubah di tab lain');
    await b.page.screenshot({ path: `${ART}/two-tabs-conflict.png` });
    await b.page.bringToFront();
    await editSasaran(b, KODE, 'Dari tab B');
    await b.page.waitForTimeout(900);
    expect(await store.storedSasaran(await projectId(a), KODE)).toBe('Dari tab A');
    expect(await sasaran(b, KODE)).toBe('Dari tab B');
  });

  it('reloads from the other tab; then saving resumes', async () => {
    const store = new StoragePage(b.page);
    await b.page.click('[data-testid="banner-reload"]');
    await store.banner('conflict').waitFor({ state: 'detached' });
    expect(await sasaran(b, KODE)).toBe('Dari tab A');
    await editSasaran(b, KODE, 'B sesudah muat ulang');
    await b.waitSaved();
    expect(await store.storedSasaran(await projectId(b), KODE)).toBe('B sesudah muat ulang');
    // Now tab A is the stale one.
    await new StoragePage(a.page).banner('conflict').waitFor();
  });

  it('keeps this tab’s edits as a new project instead', async () => {
    const store = new StoragePage(a.page);
    await a.page.bringToFront();
    await editSasaran(a, KODE, 'Salinan dari A');
    await a.page.click('[data-testid="banner-save-copy"]');
    await store.banner('conflict').waitFor({ state: 'detached' });
    const copyId = await projectId(a);
    expect(copyId).not.toBe(await projectId(b));
    await a.waitSaved();
    expect(await store.storedSasaran(copyId, KODE)).toBe('Salinan dari A');
    expect(await store.storedSasaran(await projectId(b), KODE)).toBe('B sesudah muat ulang');
  });
});

describe('when storage fails', () => {
  let session: Session;
  afterAll(async () => session.close());

  it('without IndexedDB: a banner, the work in memory, and an export that downloads', async () => {
    session = await launch();
    const page = await session.context.newPage();
    await page.addInitScript(() => Object.defineProperty(globalThis, 'indexedDB', { get: () => undefined, configurable: true }));
    const app = new AppPage(page);
    await app.open();
    const store = new StoragePage(page);
    await store.banner('memory').waitFor();
    await editSasaran(app, KODE, 'Hanya di memori');
    expect(await sasaran(app, KODE)).toBe('Hanya di memori');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="banner-export"]')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await page.close();
  });

  it('on a full disk: says so, keeps working, offers export, and saves on retry', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const w = globalThis as unknown as { failWrites?: boolean };
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (w.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const app = new AppPage(page);
    await app.open();
    await app.waitSaved();
    await page.evaluate(() => ((globalThis as unknown as { failWrites: boolean }).failWrites = true));
    await editSasaran(app, KODE, 'Disk penuh');
    const store = new StoragePage(page);
    await store.banner('failed').waitFor();
    expect(await store.banner('failed').innerText()).toContain('penuh');
    await expect(page.locator('[data-testid="save-status"]').innerText()).resolves.toContain('Gagal menyimpan');
    await expect(store.banner('failed').locator('[data-testid="banner-export"]').isVisible()).resolves.toBe(true);
    expect(await sasaran(app, KODE)).toBe('Disk penuh');
    await page.evaluate(() => ((globalThis as unknown as { failWrites: boolean }).failWrites = false));
    await page.click('[data-testid="banner-retry"]');
    await app.waitSaved();
    await store.banner('failed').waitFor({ state: 'detached' });
    expect(await store.storedSasaran(await projectId(app), KODE)).toBe('Disk penuh');
  });
});

describe('stored data that fails the schema', () => {
  let session: Session;
  afterAll(async () => session.close());

  it('opens at once, then names the bad node and field in a banner, leaving the row as it was', async () => {
    let page: Page, app: AppPage, store: StoragePage, pid: string;
    ({ session, page, app, store, pid } = await openSaved());
    await store.corruptNode(pid, KODE, 'penanggungJawab', 42);
    await app.reload();
    await store.banner('failed').waitFor();
    const text = await store.banner('failed').innerText();
    expect(text).toContain('Data tersimpan bermasalah');
    expect(text).toContain(KODE);
    expect(text).toContain('penanggungJawab');
    await expect(store.banner('failed').locator('[data-testid="banner-retry"]').count()).resolves.toBe(0);
    await page.screenshot({ path: `${ART}/stored-invalid-banner.png` });
    // The rest of the project works, and editing another node does not clear the report.
    await editSasaran(app, 'lmj-3-1', 'Tetap bisa diedit');
    await app.waitSaved();
    expect(await store.storedSasaran(pid, 'lmj-3-1')).toBe('Tetap bisa diedit');
    await expect(store.banner('failed').isVisible()).resolves.toBe(true);
    expect((await store.storedNode(pid, KODE))?.penanggungJawab).toBe(42);
    await page.close();
  });
});

describe('a project stored by an earlier version, one row per node', () => {
  let session: Session;
  afterAll(async () => session.close());

  it('opens with every node, is written again as node groups, and keeps later edits', async () => {
    let page: Page, app: AppPage, store: StoragePage, pid: string;
    ({ session, page, app, store, pid } = await openSaved());
    const before = await app.state<string[]>('(s) => Object.keys(s.doc.nodes).sort()');
    expect(await store.storeAsOneRowPerNode(pid)).toBe(before.length);
    await app.reload();
    await app.waitSaved();
    expect(await app.state<string[]>('(s) => Object.keys(s.doc.nodes).sort()')).toEqual(before);
    const rows = await store.dump();
    expect((rows.nodes as { projectId: string }[]).filter((r) => r.projectId === pid)).toEqual([]);
    const buckets = (rows.nodeBuckets as { projectId: string; nodes: { id: string }[] }[]).filter((r) => r.projectId === pid);
    expect(buckets.flatMap((b) => b.nodes.map((n) => n.id)).sort()).toEqual(before);
    expect((rows.projects as { id: string; rowFormat?: number }[]).find((r) => r.id === pid)?.rowFormat).toBe(3);
    await editSasaran(app, 'lmj-3-1', 'Sesudah konversi');
    await app.waitSaved();
    await app.reload();
    expect(await sasaran(app, 'lmj-3-1')).toBe('Sesudah konversi');
    await page.close();
  });
});

describe('leaving the page writes at once', () => {
  let session: Session;
  let page: Page;
  afterAll(async () => session.close());

  it('an edit followed at once by a reload (before the quiet time) survives: pagehide flushes', async () => {
    session = await launch();
    page = await session.context.newPage();
    const app = new AppPage(page);
    await app.open();
    await app.waitSaved();
    await app.editSasaran(KODE, 'Langsung muat ulang');
    await app.reload();
    expect(await app.sasaranOf(KODE)).toBe('Langsung muat ulang');
  });

  it('hiding the page (visibilitychange) writes before the quiet time is over', async () => {
    const app = new AppPage(page);
    await app.waitSaved();
    await app.editSasaran(KODE, 'Tab disembunyikan');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Well inside the 400 ms quiet time, the row is already stored.
    await page.waitForTimeout(150);
    expect(await new StoragePage(page).storedSasaran(await app.projectId(), KODE)).toBe('Tab disembunyikan');
  });
});
