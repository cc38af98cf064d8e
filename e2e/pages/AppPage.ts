import type { Page } from 'playwright-core';
import { BASE_URL } from '../env';

/** Page object for the Kaskade shell, canvas and inspector. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(BASE_URL);
    await this.page.waitForSelector('[data-testid="canvas"] .react-flow__node', { timeout: 30_000 });
  }

  /** Reloads the page and waits for the canvas to show a card again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForSelector('.react-flow__node');
  }

  /** A blank project, created from the project list dialog. */
  async newBlankProject(): Promise<void> {
    if (!(await this.page.locator('[data-testid="projects-dialog"]').isVisible())) await this.page.click('[data-testid="btn-projects"]');
    await this.page.click('[data-testid="projects-dialog"] [data-testid="btn-new-project"]');
    await this.page.waitForSelector('[data-testid="btn-add-root"]');
  }

  node(kodeOrId: string) {
    return this.page.locator(`[data-testid="node-${kodeOrId}"]`);
  }

  badge(kodeOrId: string) {
    return this.page.locator(`[data-testid="badge-${kodeOrId}"]`);
  }

  /** Text of every card's sasaran, in document order of the DOM. */
  async sasaranTexts(): Promise<string[]> {
    return this.page.locator('.card-sasaran').allInnerTexts();
  }

  async state<T>(fn: string): Promise<T> {
    return this.page.evaluate(`(() => { const s = globalThis.kaskade.getState(); return (${fn})(s); })()`) as Promise<T>;
  }

  async nodeCount(): Promise<number> {
    return this.state<number>('(s) => Object.keys(s.doc.nodes).length');
  }

  async selectedSasaran(): Promise<string | null> {
    return this.state<string | null>('(s) => s.selectedId ? s.doc.nodes[s.selectedId].sasaran : null');
  }

  /** Waits until every edit so far is written: nothing dirty, no save pending, status "Tersimpan". */
  async waitSaved(): Promise<void> {
    await this.page.waitForFunction(
      `(() => { const s = globalThis.kaskade.getState(); return s.dirty.ids.size === 0 && !s.dirty.project && s.storage.save === 'saved'; })()`,
      undefined,
      { timeout: 10_000 },
    );
  }

  /** Types into the search box and jumps to the first hit. */
  async focusBySearch(text: string): Promise<void> {
    const box = this.page.locator('[data-testid="search"]');
    await box.fill(text);
    await box.press('Enter');
    await this.page.waitForTimeout(350);
  }

  /**
   * Waits until the inspector shows the selected node: it follows a new selection a few frames
   * after the card is painted, and a field found before then belongs to the previous node.
   */
  async inspectorShowsSelection(): Promise<void> {
    await this.page.waitForFunction(
      `(() => { const id = globalThis.kaskade.getState().selectedId; const el = document.querySelector('[data-testid="inspector"]'); return id ? el?.getAttribute('data-inspected-id') === id : !el; })()`,
      undefined,
      { timeout: 10_000 },
    );
  }

  /** Types into a field (an inspector input, by test id) and commits it with Enter. */
  async fillField(testId: string, text: string): Promise<void> {
    await this.inspectorShowsSelection();
    const input = this.page.locator(`[data-testid="${testId}"]`);
    await input.click();
    await input.fill(text);
    await input.press('Enter');
  }

  /** Replaces a card's sasaran: select it, F2, fill the inline editor, Enter commits. */
  async editSasaran(kodeOrId: string, text: string): Promise<void> {
    await this.node(kodeOrId).click();
    await this.page.keyboard.press('F2');
    const editor = this.page.locator('[data-testid="inline-editor"]');
    await editor.waitFor();
    await editor.fill(text);
    await this.page.keyboard.press('Enter');
    await editor.waitFor({ state: 'detached' });
  }

  /** The sasaran of a node, found by kode or id, in the open document. */
  async sasaranOf(kodeOrId: string): Promise<string | null> {
    return this.state<string | null>(`(s) => Object.values(s.doc.nodes).find((n) => n.kode === ${JSON.stringify(kodeOrId)} || n.id === ${JSON.stringify(kodeOrId)})?.sasaran ?? null`);
  }

  async projectId(): Promise<string> {
    return this.state<string>('(s) => s.doc.project.id');
  }

  async typeKeys(keys: string[]): Promise<void> {
    for (const k of keys) await this.page.keyboard.press(k);
  }
}
