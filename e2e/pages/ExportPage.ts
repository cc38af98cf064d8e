import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';

export interface ExportChoice {
  scope?: 'view' | 'subtree' | 'whole';
  format?: 'png' | 'svg' | 'pdf';
  paper?: 'A4' | 'A3';
  orientation?: 'landscape' | 'portrait';
  badges?: boolean;
  version?: string;
}

export interface SavedFile {
  name: string;
  path: string;
  bytes: Buffer;
}

/** Page object for the picture export dialog and opening a project from a picture. */
export class ExportPage {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.locator('[data-testid="export-dialog"]');
  }

  async open(): Promise<void> {
    if (await this.dialog().isVisible()) return;
    await this.page.click('[data-testid="btn-export-image"]');
    await this.dialog().waitFor();
  }

  async close(): Promise<void> {
    if (await this.dialog().isVisible()) await this.page.click('[data-testid="ex-close"]');
  }

  async choose(c: ExportChoice): Promise<void> {
    await this.open();
    if (c.scope) await this.page.check(`[data-testid="ex-scope-${c.scope}"]`);
    if (c.format) await this.page.check(`[data-testid="ex-format-${c.format}"]`);
    if (c.paper) await this.page.selectOption('[data-testid="ex-paper"]', c.paper);
    if (c.orientation) await this.page.selectOption('[data-testid="ex-orientation"]', c.orientation);
    if (c.badges !== undefined) await this.page.setChecked('[data-testid="ex-badges"]', c.badges);
    if (c.version !== undefined) await this.page.fill('[data-testid="ex-version"]', c.version);
  }

  async estimate(): Promise<string> {
    return this.page.locator('[data-testid="ex-estimate"]').innerText();
  }

  /** Starts the export and waits for its end; returns the downloads, saved into `dir`. */
  async run(dir: string, timeout = 120_000): Promise<SavedFile[]> {
    const downloads: Download[] = [];
    const onDownload = (d: Download): void => {
      downloads.push(d);
    };
    this.page.on('download', onDownload);
    try {
      await this.page.click('[data-testid="ex-start"]');
      await this.page.locator('[data-testid="ex-status"]').waitFor({ timeout });
      const status = await this.page.locator('[data-testid="ex-status"]').innerText();
      if (!/diunduh|downloaded/.test(status)) throw new Error(`export did not finish: ${status}`);
      const files: SavedFile[] = [];
      for (const d of downloads) {
        const path = join(dir, d.suggestedFilename());
        await d.saveAs(path);
        files.push({ name: d.suggestedFilename(), path, bytes: readFileSync(path) });
      }
      return files;
    } finally {
      this.page.off('download', onDownload);
    }
  }

  async status(): Promise<string> {
    return this.page.locator('[data-testid="ex-status"]').innerText();
  }

  /** "Buka dari gambar…" with a PNG file. */
  async openFromImage(path: string): Promise<void> {
    await this.open();
    await this.page.setInputFiles('[data-testid="ex-open-input"]', path);
  }

  /** Drops a file onto the window, as dragging it from the desktop does. */
  async dropFile(bytes: Buffer, name: string, type = 'image/png'): Promise<void> {
    await this.page.evaluate(
      ([b64, n, t]) => {
        const data = Uint8Array.from(atob(b64 as string), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([data], n as string, { type: t as string }));
        for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      [bytes.toString('base64'), name, type],
    );
  }
}
