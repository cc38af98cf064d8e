import type { Download, Locator, Page } from 'playwright-core';

/** Page object for the file menu: exports (real downloads) and the import preview. */
export class FilesPage {
  constructor(readonly page: Page) {}

  get preview(): Locator {
    return this.page.locator('[data-testid="import-dialog"]');
  }

  async export(format: 'json' | 'xlsx' | 'csv'): Promise<Download> {
    await this.page.click('[data-testid="btn-file-menu"]');
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click(`[data-testid="file-export-${format}"]`)]);
    return download;
  }

  /** Picks a file for import (as the file chooser would) and waits for the preview to be read. */
  async pick(name: string, content: string | Buffer, mimeType = 'application/octet-stream'): Promise<void> {
    await this.page.setInputFiles('[data-testid="file-import-input"]', { name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
    await this.preview.locator('[data-testid="import-status"]').waitFor();
  }

  async problems(): Promise<{ row: string; column: string; text: string }[]> {
    return this.preview.locator('[data-testid="import-problem"]').evaluateAll((rows) =>
      rows.map((r) => ({ row: r.getAttribute('data-row') ?? '', column: r.getAttribute('data-column') ?? '', text: (r as HTMLElement).innerText })),
    );
  }

  /** The year a flat file's quarter columns are read for, as the preview's choice shows it. */
  async year(): Promise<string> {
    return this.preview.locator('[data-testid="import-year-select"]').inputValue();
  }

  /** Chooses the year of the quarter columns and waits for the file to be read again. */
  async chooseYear(year: number): Promise<void> {
    const select = this.preview.locator('[data-testid="import-year-select"]');
    await select.selectOption(String(year));
    await this.preview.locator('[data-testid="import-status"]').waitFor();
    await this.page.waitForFunction((y) => document.querySelector<HTMLSelectElement>('[data-testid="import-year-select"]')?.disabled === false && document.querySelector<HTMLSelectElement>('[data-testid="import-year-select"]')?.value === String(y), year);
  }

  async importAsNew(): Promise<void> {
    await this.preview.locator('[data-testid="import-new"]').click();
    await this.preview.waitFor({ state: 'detached' });
  }

  async merge(): Promise<void> {
    await this.preview.locator('[data-testid="import-merge"]').click();
    await this.preview.waitFor({ state: 'detached' });
  }

  async cancel(): Promise<void> {
    await this.preview.locator('[data-testid="import-cancel"]').click();
    await this.preview.waitFor({ state: 'detached' });
  }
}
