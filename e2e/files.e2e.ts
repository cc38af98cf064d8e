import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePemda } from '../src/domain/generate';
import { documentToTable, readXlsx, writeXlsx } from '../src/io/flatTable';
import { launch } from './browser';
import type { Session } from './browser';
import { AppPage } from './pages/AppPage';
import { FilesPage } from './pages/FilesPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { StoragePage } from './pages/StoragePage';

const ART = 'e2e/artifacts';
mkdirSync(ART, { recursive: true });

let session: Session;
let page: Page;
let app: AppPage;
let files: FilesPage;
let storage: StoragePage;
let exportedJson = '';

beforeAll(async () => {
  session = await launch();
  page = await session.context.newPage();
  app = new AppPage(page);
  files = new FilesPage(page);
  storage = new StoragePage(page);
  await app.open();
  await app.waitSaved();
});

afterAll(async () => session.close());

/** Another agency's flat table: tujuan (Level 1) → program (2) → kegiatan (3). */
const AGENCY_CSV = [
  'kode;induk;level;sasaran;indikator;satuan;target_2024;pagu_2024',
  'DK.1;;1;Meningkatnya derajat kesehatan masyarakat;Angka harapan hidup;Tahun;72,5;',
  'DK.1.01;DK.1;2;Meningkatnya layanan kesehatan dasar;Persentase puskesmas terakreditasi;%;90;',
  'DK.1.01.01;DK.1.01;3;Terlaksananya akreditasi puskesmas;Jumlah puskesmas terakreditasi;Unit;12;1.250.000.000',
].join('\n');

describe('exports are real downloads', () => {
  it('JSON: the Kaskade envelope, named after the project and the date', async () => {
    const d = await files.export('json');
    expect(d.suggestedFilename()).toMatch(/^Pohon-Kinerja-BKD-Kabupaten-Lumajang-2024-2026-\d{4}-\d{2}-\d{2}\.json$/);
    exportedJson = readFileSync((await d.path()) as string, 'utf8');
    const env = JSON.parse(exportedJson) as { type: string; document: { nodes: Record<string, unknown> } };
    expect(env.type).toBe('kaskade');
    expect(Object.keys(env.document.nodes).length).toBe(await app.nodeCount());
  });

  it('XLSX: a workbook with one row per indicator', async () => {
    const d = await files.export('xlsx');
    expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await d.path()) as string);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const table = await readXlsx(bytes);
    expect(table.headers).toEqual(expect.arrayContaining(['kode', 'induk', 'level', 'sasaran']));
    expect(table.rows.length).toBeGreaterThanOrEqual(await app.nodeCount());
  });

  it('CSV: UTF-8 with a BOM, text cells that look like formulas neutralised', async () => {
    await app.editSasaran('lmj-3-1', '=HYPERLINK("http://contoh.invalid","klik")');
    const d = await files.export('csv');
    expect(d.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await d.path()) as string, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('kode');
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).not.toMatch(/[;,]"?=HYPERLINK/);
    await page.click('[data-testid="btn-undo"]');
  });
});

describe('import', () => {
  it('previews a CSV with a text in a number cell and an unknown induk: both problems by row and column, nothing written', async () => {
    await app.waitSaved();
    const before = await storage.dump();
    const csv = ['kode;induk;level;sasaran;indikator;target_2024', '1;;1;Tujuan;Indeks;80', '1.01;1;2;Program;Persentase;delapan puluh', '1.02;9;2;Program lain;Jumlah;5'].join('\n');
    await files.pick('dinas-rusak.csv', csv, 'text/csv');
    const problems = await files.problems();
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ row: '3', column: 'target_2024' }), expect.objectContaining({ row: '4', column: 'induk' })]));
    await expect(files.preview.locator('[data-testid="import-new"]').isDisabled()).resolves.toBe(true);
    await expect(files.preview.locator('[data-testid="import-merge"]').isDisabled()).resolves.toBe(true);
    await page.locator('[data-testid="toast-ok"]').first().waitFor({ state: 'detached', timeout: 10_000 });
    await page.screenshot({ path: `${ART}/import-preview.png` });
    await files.cancel();
    expect(await storage.dump()).toEqual(before);
  });

  it('refuses a broken JSON with the reason, writing nothing', async () => {
    const before = await storage.dump();
    await files.pick('terpotong.json', exportedJson.slice(0, 500), 'application/json');
    await expect(files.preview.locator('[data-testid="import-problem"]').first().innerText()).resolves.toContain('JSON');
    await files.cancel();
    expect(await storage.dump()).toEqual(before);
  });

  it('imports a Kaskade JSON as a new project, leaving the open one as it was', async () => {
    const oldId = await app.projectId();
    const projectsBefore = (await storage.dump()).projects?.length ?? 0;
    await files.pick('ekspor.json', exportedJson, 'application/json');
    await expect(files.preview.locator('[data-testid="import-status"]').innerText()).resolves.toContain('Belum ada yang disimpan');
    await files.importAsNew();
    expect(await app.projectId()).not.toBe(oldId);
    await app.waitSaved();
    const after = await storage.dump();
    expect(after.projects?.length).toBe(projectsBefore + 1);
    expect(await storage.storedSasaran(oldId, 'lmj-2')).toBe(await app.sasaranOf('lmj-2'));
  });

  it('reads a table’s quarter columns for the year chosen in the preview', async () => {
    const csv = ['kode;induk;level;sasaran;indikator;satuan;target_2024;target_2025;realisasi_tw1', 'DP.1;;1;Meningkatnya mutu pendidikan;Angka partisipasi murni;%;80;85;78,5'].join('\n');
    await files.pick('dinas-pendidikan.csv', csv, 'text/csv');
    // Two target years and quarter columns without one: the last year is assumed, and said so.
    expect(await files.year()).toBe('2025');
    expect((await files.problems()).map((p) => p.text).join(' ')).toContain('dianggap untuk tahun 2025');
    await page.screenshot({ path: `${ART}/import-year-assumed.png` });
    await files.chooseYear(2024);
    expect(await files.year()).toBe('2024');
    expect(await files.problems()).toEqual([]);
    await page.screenshot({ path: `${ART}/import-year.png` });
    const oldId = await app.projectId();
    await files.importAsNew();
    expect(await app.state<unknown>(`(s) => [s.doc.project.tahun, s.doc.nodes['DP.1'].indicators[0].realisasiTw['2024'][0], s.doc.nodes['DP.1'].indicators[0].realisasiTw['2025'] ?? null]`)).toEqual([2024, '78.5', null]);
    await app.waitSaved();
    await new ProjectsPage(page).openById(oldId);
    expect(await app.projectId()).toBe(oldId);
  });

  it('reads a 3,000-node workbook in a worker and imports it whole', async () => {
    const doc = generatePemda({ seed: 7, nodes: 3000, year: 2025, tw: 2 });
    const xlsx = Buffer.from(await writeXlsx(documentToTable(doc, { year: 2025 })));
    const workers: string[] = [];
    const onWorker = (w: { url: () => string }): void => void workers.push(w.url());
    page.on('worker', onWorker);
    await files.pick('pemda-3000.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    page.off('worker', onWorker);
    expect(workers.some((u) => u.includes('importWorker'))).toBe(true);
    await expect(files.preview.innerText()).resolves.toContain('3000 node');
    const oldId = await app.projectId();
    await files.importAsNew();
    expect(await app.projectId()).not.toBe(oldId);
    expect(await app.nodeCount()).toBe(3000);
    await app.waitSaved();
    // Back to the Lumajang project the other tests use.
    await new ProjectsPage(page).openById(oldId);
    expect(await app.projectId()).toBe(oldId);
  });

  it('merges another agency’s file under the selected node, as one undoable step', async () => {
    const before = await app.nodeCount();
    await app.node('lmj-0').click();
    await files.pick('dinas-kesehatan.csv', AGENCY_CSV, 'text/csv');
    await expect(files.preview.locator('[data-testid="import-merge-target"]').innerText()).resolves.toContain('Level 0');
    await files.merge();
    expect(await app.nodeCount()).toBe(before + 3);
    const grafted = await app.state<{ level: number; parent: string | null; kode: string }[]>(
      `(s) => Object.values(s.doc.nodes).filter((n) => n.kode.startsWith('DK.')).map((n) => ({ level: n.level, parent: n.parentId === 'lmj-0' ? 'lmj-0' : (s.doc.nodes[n.parentId]?.kode ?? null), kode: n.kode })).sort((a, b) => a.level - b.level)`,
    );
    expect(grafted).toEqual([
      { level: 1, parent: 'lmj-0', kode: 'DK.1' },
      { level: 2, parent: 'DK.1', kode: 'DK.1.01' },
      { level: 3, parent: 'DK.1.01', kode: 'DK.1.01.01' },
    ]);
    expect(await app.state<string[]>(`(s) => Object.values(s.doc.nodes).filter((n) => n.kode.startsWith('DK.')).map((n) => n.id).filter((id) => id.startsWith('DK.'))`)).toEqual([]);
    await app.waitSaved();
    await page.click('[data-testid="btn-undo"]');
    expect(await app.nodeCount()).toBe(before);
    await page.click('[data-testid="btn-redo"]');
    expect(await app.nodeCount()).toBe(before + 3);
  });

  it('refuses a merge that would push levels past 5, saying why', async () => {
    await app.waitSaved();
    const before = await storage.dump();
    await app.node('lmj-3-1').click();
    await files.pick('dinas-kesehatan.csv', AGENCY_CSV, 'text/csv');
    await expect(files.preview.locator('[data-testid="import-merge-refused"]').innerText()).resolves.toContain('Level 6');
    await expect(files.preview.locator('[data-testid="import-merge"]').isDisabled()).resolves.toBe(true);
    await files.cancel();
    expect(await storage.dump()).toEqual(before);
  });

  it('refuses a file above 50 MB before reading it', async () => {
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="file-import-input"]');
      if (!input) return;
      const big = new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'raksasa.xlsx');
      const dt = new DataTransfer();
      dt.items.add(big);
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await files.preview.locator('[data-testid="import-status"]').waitFor();
    await expect(files.preview.locator('[data-testid="import-problem"]').first().innerText()).resolves.toContain('terlalu besar');
    await files.cancel();
  });
});

describe('projects dialog still lists every project', () => {
  it('shows the imported project beside the original', async () => {
    const projects = new ProjectsPage(page);
    await projects.open();
    await projects.row('pemda-3000').waitFor();
    const names = await projects.names();
    expect(names.filter((n) => n.includes('Lumajang')).length).toBe(2);
    expect(names).toContain('pemda-3000');
    await projects.close();
  });
});
