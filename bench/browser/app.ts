import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/env.ts';
import { INIT_SCRIPT, call } from './inpage.ts';

/**
 * Headless Debian Chromium with a persistent profile in a temporary directory on disk (so
 * IndexedDB is real LevelDB files, as for a user), the page instrumented from its first byte,
 * and the app driven the way the e2e tests drive it.
 */

/** Waits of the harness are generous: on a busy machine a slow step must not fail the benchmark. */
export const LONG = 180_000;

export function chromiumPresent(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export class BenchBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly cdp: CDPSession,
    private readonly dir: string,
  ) {}

  static async launch(): Promise<BenchBrowser> {
    const dir = mkdtempSync(join(tmpdir(), 'kaskade-bench-profile-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(LONG);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return new BenchBrowser(context, page, cdp, dir);
  }

  async close(): Promise<void> {
    try {
      await this.context.close();
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** `__bench.method(args)` in the page. */
  eval<T>(method: string, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(call(method, ...args)) as Promise<T>;
  }

  /** An expression over the store state `s`, e.g. `s.selectedId`. */
  state<T>(expr: string): Promise<T> {
    return this.page.evaluate(`(() => { const s = globalThis.kaskade.getState(); return (${expr}); })()`) as Promise<T>;
  }

  async nodeCount(): Promise<number> {
    return this.state<number>('Object.keys(s.doc.nodes).length');
  }

  /** A full garbage collection in the page (before a timed run or a heap reading). */
  async gc(): Promise<void> {
    await this.cdp.send('HeapProfiler.collectGarbage');
  }

  /** CDP `Performance.getMetrics`: JS heap in use (MB) and DOM node count. */
  async memory(): Promise<{ heapMB: number; domNodes: number }> {
    await this.gc();
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const get = (n: string): number => metrics.find((m) => m.name === n)?.value ?? NaN;
    return { heapMB: get('JSHeapUsedSize') / 2 ** 20, domNodes: get('Nodes') };
  }

  async waitForCanvas(): Promise<void> {
    await this.page.waitForFunction('globalThis.__bench && globalThis.__bench.readyAt !== null', undefined, { timeout: LONG, polling: 20 });
  }

  /** Every edit written: nothing dirty, no save pending. */
  async waitSaved(): Promise<void> {
    await this.page.waitForFunction(
      `(() => { const s = globalThis.kaskade.getState(); return s.dirty.ids.size === 0 && !s.dirty.project && s.storage.save === 'saved'; })()`,
      undefined,
      { timeout: LONG, polling: 100 },
    );
  }

  /**
   * Waits until the main thread has been free of long tasks for `quietMs` (the checker runs 250 ms
   * after an edit, autosave writes after a pause): each timed run starts on a quiet page.
   * Returns the end of the last long task (page time).
   */
  async settle(quietMs = 700): Promise<number> {
    const end = Date.now() + LONG;
    for (;;) {
      const [now, last] = (await this.page.evaluate('[performance.now(), globalThis.__bench.lastLongTaskEnd()]')) as [number, number];
      if (now - last >= quietMs) return last;
      if (Date.now() > end) return last;
      await new Promise((r) => setTimeout(r, Math.max(50, quietMs - (now - last))));
    }
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'commit' });
    await this.waitForCanvas();
  }

  /** Creates a sample from the project list dialog and waits until it is open and saved. */
  async createSample(id: string, expectNodes: number): Promise<void> {
    await this.page.click('[data-testid="btn-projects"]');
    await this.page.click(`[data-testid="btn-sample-${id}"]`);
    await this.page.waitForFunction(`Object.keys(globalThis.kaskade.getState().doc.nodes).length >= ${expectNodes}`, undefined, { timeout: LONG, polling: 200 });
    await this.waitSaved();
  }

  /** Imports a project envelope (JSON text) as a new project, through the file menu's import. */
  async importJson(name: string, json: string, expectNodes: number): Promise<void> {
    await this.page.setInputFiles('[data-testid="file-import-input"]', { name, mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') });
    const dialog = this.page.locator('[data-testid="import-dialog"]');
    await dialog.locator('[data-testid="import-status"]').waitFor({ timeout: LONG });
    await dialog.locator('[data-testid="import-new"]').click();
    await dialog.waitFor({ state: 'detached', timeout: LONG });
    await this.page.waitForFunction(`Object.keys(globalThis.kaskade.getState().doc.nodes).length === ${expectNodes}`, undefined, { timeout: LONG, polling: 200 });
    await this.waitSaved();
  }

  /** Search box: type, Enter (selects and centres the first hit). */
  async search(text: string): Promise<void> {
    const box = this.page.locator('[data-testid="search"]');
    await box.fill(text);
    await box.press('Enter');
    await this.page.waitForTimeout(450);
  }

  /** Sets the canvas zoom with real wheel input over the pane's centre. */
  async zoomTo(target: number): Promise<number> {
    const pane = await this.page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no canvas pane');
    await this.page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let i = 0; i < 8; i++) {
      const vp = await this.eval<{ zoom: number } | null>('viewport');
      if (!vp) throw new Error('no React Flow viewport');
      if (Math.abs(vp.zoom / target - 1) < 0.01) return vp.zoom;
      // React Flow's wheel zoom: scale × 2^(−deltaY × 0.002) for pixel deltas.
      await this.page.mouse.wheel(0, -Math.log2(target / vp.zoom) / 0.002);
      await this.page.waitForTimeout(350);
    }
    return (await this.eval<{ zoom: number }>('viewport')).zoom;
  }
}
