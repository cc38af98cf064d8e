import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../env';

/**
 * A browser profile that outlives one browser: close (or crash) the browser, launch it again on
 * the same directory, and IndexedDB holds whatever was committed.
 */
export class Profile {
  dir: string | null = null;
  context: BrowserContext | null = null;

  async launch(): Promise<BrowserContext> {
    this.dir ??= mkdtempSync(join(tmpdir(), 'kaskade-profile-'));
    this.context = await chromium.launchPersistentContext(this.dir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    return this.context;
  }

  async newPage(): Promise<Page> {
    const ctx = this.context ?? (await this.launch());
    return ctx.newPage();
  }

  /** Ends the browser without letting the page finish anything (no unload handlers awaited). */
  async kill(): Promise<void> {
    await this.context?.close();
    this.context = null;
  }

  async dispose(): Promise<void> {
    await this.kill();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
