import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';

export interface Session {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A fresh headless Chromium with its own profile (so a fresh IndexedDB) that survives reloads. */
export async function launch(viewport = { width: 1366, height: 768 }): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'kaskade-e2e-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport, acceptDownloads: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
