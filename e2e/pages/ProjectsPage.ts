import type { Locator, Page } from 'playwright-core';

/** Page object for the project list dialog ("Proyek"). */
export class ProjectsPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.locator('[data-testid="projects-dialog"]');
  }

  async open(): Promise<void> {
    if (!(await this.dialog.isVisible())) await this.page.click('[data-testid="btn-projects"]');
    await this.dialog.waitFor();
  }

  async close(): Promise<void> {
    await this.page.click('[data-testid="projects-dialog-close"]');
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** A project row (live or trash list, whichever is shown) by its name. */
  row(name: string): Locator {
    return this.dialog.locator(`li[data-project-name="${name}"]`);
  }

  /** The names listed, once the list has been read from storage (it says so with `aria-busy`). */
  async names(): Promise<string[]> {
    await this.dialog.locator('ul.proj-list[aria-busy="false"]').waitFor({ state: 'attached' });
    return this.dialog.locator('li[data-project-name]').evaluateAll((els) => els.map((e) => e.getAttribute('data-project-name') ?? ''));
  }

  async createSample(id: string): Promise<void> {
    await this.open();
    await this.dialog.locator(`[data-testid="btn-sample-${id}"]`).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async openProject(name: string): Promise<void> {
    await this.row(name).locator('[data-testid="project-open"]').click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Opens a project by its id from the dialog (opening the dialog first). */
  async openById(id: string): Promise<void> {
    await this.open();
    await this.dialog.locator(`[data-testid="project-${id}"] [data-testid="project-open"]`).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async rename(name: string, next: string): Promise<void> {
    await this.row(name).locator('[data-testid="project-rename"]').click();
    await this.dialog.locator('[data-testid="project-rename-input"]').fill(next);
    await this.dialog.locator('[data-testid="project-rename-save"]').click();
    await this.row(next).waitFor();
  }

  async duplicate(name: string, copyName: string): Promise<void> {
    await this.row(name).locator('[data-testid="project-duplicate"]').click();
    await this.row(copyName).waitFor();
  }

  async trash(name: string): Promise<void> {
    await this.row(name).locator('[data-testid="project-trash"]').click();
    await this.row(name).waitFor({ state: 'detached' });
  }

  async showTrash(): Promise<void> {
    await this.dialog.locator('[data-testid="tab-trash"]').click();
    await this.dialog.locator('[data-testid="trash-list"]').waitFor();
  }

  async showLive(): Promise<void> {
    await this.dialog.locator('[data-testid="tab-projects"]').click();
    await this.dialog.locator('[data-testid="project-list"]').waitFor();
  }

  async restore(name: string): Promise<void> {
    await this.row(name).locator('[data-testid="project-restore"]').click();
    await this.row(name).waitFor({ state: 'detached' });
  }

  async purge(name: string): Promise<void> {
    await this.row(name).locator('[data-testid="project-purge"]').click();
    await this.page.click('[data-testid="confirm-ok"]');
    await this.row(name).waitFor({ state: 'detached' });
  }
}
