import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AppPage } from './AppPage';

export type ReportKind = 'matrix' | 'perjanjian' | 'evaluasi';

/**
 * Page object for the review screens: the Pemeriksaan panel, "Mengapa X%?", the Grafik screen and
 * the reports menu. The panel and the charts are opened through the store's own view actions
 * (`setSidePanel('review')`, `setScreen('charts')`) — the same calls their tabs make — so the test
 * does not depend on where the shell puts those tabs.
 */
export class ReviewPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async openPanel(): Promise<void> {
    await this.page.evaluate(`globalThis.kaskade.getState().setSidePanel('review')`);
    await this.page.waitForSelector('[data-testid="review-panel"]');
    await this.settled();
  }

  async openInspector(): Promise<void> {
    await this.page.evaluate(`globalThis.kaskade.getState().setSidePanel('inspector')`);
  }

  async openCharts(): Promise<void> {
    await this.page.evaluate(`globalThis.kaskade.getState().setScreen('charts')`);
    await this.page.waitForSelector('[data-testid="achievement-view"]');
  }

  async setScreen(screen: 'canvas' | 'table' | 'charts'): Promise<void> {
    await this.page.evaluate(`globalThis.kaskade.getState().setScreen(${JSON.stringify(screen)})`);
  }

  /** Waits until the panel's findings are those of the current document (edits are checked after a short debounce). */
  async settled(): Promise<void> {
    await this.page.waitForSelector('[data-testid="review-readiness"]:not([data-pending])', { timeout: 10_000 });
  }

  async readiness(): Promise<string> {
    await this.settled();
    return this.page.locator('[data-testid="review-readiness"]').innerText();
  }

  async counts(): Promise<string> {
    await this.settled();
    return this.page.locator('[data-testid="review-counts"]').innerText();
  }

  finding(rule: string, kode: string) {
    return this.page.locator(`[data-testid="finding-${rule}-${kode}"]`).first();
  }

  async filterRule(rule: string | null): Promise<void> {
    await this.page.selectOption('[data-testid="review-filter-rule"]', rule ?? '');
  }

  /** Clicks a finding (its node and message), which should lead to the node. */
  async goTo(rule: string, kode: string): Promise<void> {
    await this.settled();
    await this.finding(rule, kode).locator('[data-testid="finding-go"]').click();
  }

  async acknowledge(rule: string, kode: string, reason: string): Promise<void> {
    const item = this.finding(rule, kode);
    await item.locator('[data-testid="review-ack"]').click();
    await item.locator('[data-testid="review-ack-reason"]').fill(reason);
    await item.locator('[data-testid="review-ack-save"]').click();
  }

  /** Whether a node's card is rendered inside the canvas's visible area. */
  async nodeOnScreen(nodeId: string): Promise<boolean> {
    const card = this.page.locator(`.react-flow__node [data-node-id="${nodeId}"]`);
    if ((await card.count()) === 0) return false;
    const c = await card.boundingBox();
    const v = await this.page.locator('[data-testid="canvas"]').boundingBox();
    if (!c || !v) return false;
    const cx = c.x + c.width / 2;
    const cy = c.y + c.height / 2;
    return cx > v.x && cx < v.x + v.width && cy > v.y && cy < v.y + v.height;
  }

  async selectedId(): Promise<string | null> {
    return this.app.state<string | null>('(s) => s.selectedId');
  }

  /** Drags the empty canvas towards the bottom right until the tree has left the screen. */
  async panAway(): Promise<void> {
    const v = await this.page.locator('[data-testid="canvas"]').boundingBox();
    if (!v) throw new Error('canvas not shown');
    await this.page.evaluate(`globalThis.kaskade.getState().select(null)`);
    for (let i = 0; i < 4; i++) {
      // An empty spot of the pane (not a card, not the overview map) to grab.
      const spot = await this.page.evaluate(`(() => {
        for (let y = ${Math.round(v.y + 20)}; y < ${Math.round(v.y + v.height / 2)}; y += 15)
          for (let x = ${Math.round(v.x + 20)}; x < ${Math.round(v.x + v.width / 2)}; x += 15) {
            const el = document.elementFromPoint(x, y);
            if (el && el.classList.contains('react-flow__pane')) return { x, y };
          }
        return null;
      })()`);
      const p = spot as { x: number; y: number } | null;
      if (!p) break;
      await this.page.mouse.move(p.x, p.y);
      await this.page.mouse.down();
      await this.page.mouse.move(v.x + v.width - 20, v.y + v.height - 20, { steps: 10 });
      await this.page.mouse.up();
    }
  }

  /** Opens a sample as a new project from the projects dialog and waits for its canvas. */
  async openSample(id: string, nodeIdPrefix: string): Promise<void> {
    await this.page.click('[data-testid="btn-projects"]');
    await this.page.click(`[data-testid="btn-sample-${id}"]`);
    await this.page.waitForFunction(`Object.keys(globalThis.kaskade.getState().doc.nodes).some((k) => k.startsWith(${JSON.stringify(nodeIdPrefix)}))`);
    await this.page.waitForSelector('[data-testid="canvas"] .react-flow__node');
    if (await this.page.locator('[data-testid="projects-dialog"]').isVisible()) await this.page.keyboard.press('Escape');
  }

  /** Downloads a report through the menu; returns the file name and bytes. */
  async download(kind: ReportKind): Promise<{ name: string; bytes: Buffer }> {
    await this.page.click('[data-testid="reports-menu"]');
    const [dl] = await Promise.all([this.page.waitForEvent('download', { timeout: 30_000 }), this.page.click(`[data-testid="report-${kind}"]`)]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
  }

  /** A node's engine figures (canonical decimal strings) from the page's evaluation. */
  async engine(nodeId: string): Promise<{ pagu: string | null; real: string | null; capaian: string | null }> {
    return this.app.state(
      `(s) => { const r = s.evaluation.results.get(${JSON.stringify(nodeId)}); const f = (d) => (d ? d.toFixed() : null); return { pagu: f(r.pagu), real: f(r.realisasiAnggaran), capaian: r.capaianEfektif ? r.capaianEfektif.toFixed(2) : null }; }`,
    );
  }
}
