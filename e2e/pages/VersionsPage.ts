import type { Locator, Page } from 'playwright-core';

/** Page object for the named versions panel and its comparison. */
export class VersionsPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator('[data-testid="versions-panel"]');
  }

  async open(): Promise<void> {
    if (!(await this.panel.isVisible())) await this.page.click('[data-testid="btn-versions"]');
    await this.panel.waitFor();
  }

  item(name: string): Locator {
    return this.panel.locator(`[data-testid="version"][data-version-name="${name}"]`);
  }

  async save(name: string): Promise<void> {
    await this.panel.locator('[data-testid="version-name-input"]').fill(name);
    await this.panel.locator('[data-testid="version-save"]').click();
    await this.item(name).waitFor();
  }

  async names(): Promise<string[]> {
    return this.panel.locator('[data-testid="version"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-version-name') ?? ''));
  }

  async toggleLock(name: string): Promise<void> {
    const before = await this.item(name).locator('[data-testid="version-lock"]').getAttribute('aria-pressed');
    await this.item(name).locator('[data-testid="version-lock"]').click();
    await this.page.waitForFunction(
      ([n, b]) => document.querySelector(`[data-testid="version"][data-version-name="${n}"] [data-testid="version-lock"]`)?.getAttribute('aria-pressed') !== b,
      [name, before] as const,
    );
  }

  async restore(name: string): Promise<void> {
    await this.item(name).locator('[data-testid="version-restore"]').click();
  }

  /** Picks the two sides by version name ("current" for the current state) and compares. */
  async compare(from: string, to: string): Promise<void> {
    const value = async (name: string): Promise<string> => (name === 'current' ? 'current' : ((await this.item(name).getAttribute('data-version-id')) ?? ''));
    const [a, b] = [await value(from), await value(to)];
    await this.panel.locator('[data-testid="compare-from"]').selectOption(a);
    await this.panel.locator('[data-testid="compare-to"]').selectOption(b);
    await this.panel.locator('[data-testid="compare-run"]').click();
    await this.panel.locator(`[data-testid="diff-view"][data-compare="${a}>${b}"]`).waitFor();
  }

  async closeCompare(): Promise<void> {
    await this.panel.locator('[data-testid="compare-close"]').click();
    await this.panel.locator('[data-testid="diff-view"]').waitFor({ state: 'detached' });
  }

  /** Texts of the listed changes ("Sasaran old → new", …). */
  async changeTexts(): Promise<string[]> {
    return this.panel.locator('[data-testid="diff-change"]').allInnerTexts();
  }

  /** Ids of the canvas cards marked `kind`, once exactly `count` are (marks follow the list). */
  async marked(kind: 'added' | 'removed' | 'moved' | 'changed', count: number): Promise<string[]> {
    await this.page.waitForFunction(([k, n]) => document.querySelectorAll(`.card.diff-${k}`).length === n, [kind, count] as const, { timeout: 5000 });
    return this.page.locator(`.card.diff-${kind}`).evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''));
  }

  diffEntries(kind: 'added' | 'removed' | 'moved' | 'changed'): Locator {
    return this.panel.locator(`[data-testid="diff-${kind}"]`);
  }
}
