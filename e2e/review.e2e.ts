import { mkdirSync } from 'node:fs';
import type { Worksheet } from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePemda } from '../src/domain/generate';
import { serializeEnvelope } from '../src/io/envelope';
import { FORM_COL, MATRIX_COL, PK_COL } from '../src/io/reports';
import { loadExcel } from '../src/io/reports/sheet';
import { launch } from './browser';
import type { Session } from './browser';
import { AppPage } from './pages/AppPage';
import { FilesPage } from './pages/FilesPage';
import { ReviewPage } from './pages/ReviewPage';

const ART = 'e2e/artifacts';
mkdirSync(ART, { recursive: true });

let session: Session;
let page: Page;
let app: AppPage;
let review: ReviewPage;

beforeAll(async () => {
  session = await launch();
  page = await session.context.newPage();
  app = new AppPage(page);
  review = new ReviewPage(page, app);
  await app.open();
});

afterAll(async () => {
  await session.close();
});

/** Types into an inspector field and commits it with Enter. */
const fill = (testId: string, text: string): Promise<void> => app.fillField(testId, text);

async function workbook(bytes: Buffer) {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function rowWith(ws: Worksheet, col: number, text: string) {
  let found: ReturnType<Worksheet['getRow']> | null = null;
  ws.eachRow((row) => {
    if (!found && row.getCell(col + 1).value === text) found = row;
  });
  if (!found) throw new Error(`no row with ${text} in ${ws.name}`);
  return found as ReturnType<Worksheet['getRow']>;
}

const value = (row: ReturnType<Worksheet['getRow']>, col: number) => row.getCell(col + 1).value;

/** Clicks a finding after moving the canvas away, then checks the node is selected and on screen. */
async function leadsToNode(rule: string, kode: string, nodeId: string): Promise<void> {
  await review.setScreen('canvas');
  await review.panAway();
  await expect.poll(() => review.nodeOnScreen(nodeId)).toBe(false);
  await review.goTo(rule, kode);
  await expect.poll(() => review.selectedId()).toBe(nodeId);
  await expect.poll(() => review.nodeOnScreen(nodeId), { timeout: 5000 }).toBe(true);
}

describe('Mengapa X%? on the Lumajang sample', () => {
  it('explains IP ASN 51,48 / 91,36% with the formula, the capaian arithmetic and the predikat band', async () => {
    await app.node('lmj-2').click();
    const button = page.locator('[data-testid="btn-explain"]');
    await expect(button.innerText()).resolves.toBe('Mengapa 91,36%?');
    await button.click();
    const dialog = page.locator('[data-testid="explain-dialog"]');
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('IP = IP1 + IP2 + IP3 + IP4 = 12,40 + 25,09 + 4,99 + 9,00 = 51,48');
    expect(text).toContain('51,48 / 56,35 × 100 = 91,36%');
    expect(text).toContain('91,36 ≥ 91 → Sangat Tinggi');
    expect(text).toContain('1.788.251.500 / 8.328.663.601 × 100 = 21,47%');
    expect(text).toContain('91,36 − 21,47 = 69,89');
    await page.screenshot({ path: `${ART}/explain-1366.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${ART}/explain-1920.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1366, height: 768 });
    // The same explanation in English.
    await page.click('[data-testid="btn-lang"]');
    await expect(button.innerText()).resolves.toBe('Why 91.36%?');
    await button.click();
    await expect(dialog.innerText()).resolves.toContain('realisation / target × 100 = 51.48 / 56.35 × 100 = 91.36%');
    await page.screenshot({ path: `${ART}/explain-en-1366.png` });
    await page.keyboard.press('Escape');
    await page.click('[data-testid="btn-lang"]');
    await expect(button.innerText()).resolves.toBe('Mengapa 91,36%?');
  });

  it('downloads the Pohon Kinerja matrix with IP 51,48 and capaian 91,36', async () => {
    const { name, bytes } = await review.download('matrix');
    expect(name).toMatch(/^pohon-kinerja-2024-tw-i-.*\.xlsx$/);
    const ws = (await workbook(bytes)).worksheets[0] as Worksheet;
    const ip = rowWith(ws, MATRIX_COL.indikator, 'Indeks Profesionalitas ASN');
    expect(value(ip, MATRIX_COL.realisasi)).toBe(51.48);
    expect(value(ip, MATRIX_COL.capaianInd)).toBe(91.36);
    expect(value(ip, MATRIX_COL.predikat)).toBe('Sangat Tinggi');
    const engine = await review.engine('lmj-2');
    expect(value(ip, MATRIX_COL.pagu)).toBe(Number(engine.pagu));
    expect(value(ip, MATRIX_COL.capaian)).toBe(Number(engine.capaian));
  });
});

describe('the Pemeriksaan panel on planted errors (Lumajang)', () => {
  it('struktur: a node built by keyboard without an indicator appears, and the finding leads to it', async () => {
    await review.openPanel();
    await expect(review.readiness()).resolves.toBe('Belum siap: 1 galat');
    await app.node('lmj-3-1').click();
    await page.keyboard.press('Tab');
    await page.waitForSelector('[data-testid="inline-editor"]');
    await page.keyboard.type('Tersusunnya peta jabatan');
    await page.keyboard.press('Enter');
    const id = (await review.selectedId()) as string;
    expect(id).toBeTruthy();
    await expect(review.readiness()).resolves.toBe('Belum siap: 2 galat');
    await review.filterRule('missing-indicator');
    await expect(review.finding('missing-indicator', id).innerText()).resolves.toContain('Tersusunnya peta jabatan');
    await leadsToNode('missing-indicator', id, id);
    await review.filterRule(null);
  });

  it('target: a TW IV target off the annual target is a warning; it leads to the node and can be acknowledged', async () => {
    await review.openInspector();
    await app.focusBySearch('Meningkatnya Profesionalitas ASN');
    await expect(review.selectedId()).resolves.toBe('lmj-2');
    await fill('insp-ind-0-target-tw4', '60');
    await review.openPanel();
    const before = await review.counts();
    const item = review.finding('quarter-target-mismatch', 'lmj-2');
    await expect(item.innerText()).resolves.toContain('target TW IV 60 ≠ target tahunan 56,35');
    await leadsToNode('quarter-target-mismatch', 'lmj-2', 'lmj-2');
    await review.acknowledge('quarter-target-mismatch', 'lmj-2', 'Target TW IV disepakati naik dalam rapat evaluasi');
    await expect.poll(() => item.locator('[data-testid="review-ack-note"]').count()).toBe(1);
    const open = (s: string) => Number(/(\d+) peringatan terbuka/.exec(s)?.[1]);
    const after = await review.counts();
    expect(open(after)).toBe(open(before) - 1);
    expect(after).toContain('1 diterima');
    await expect(app.state<string[]>('(s) => s.doc.acknowledgements.map((a) => a.key)')).resolves.toEqual(['quarter-target-mismatch:lmj-2']);
    await page.screenshot({ path: `${ART}/review-ack-1366.png` });
    await page.locator('[data-testid="review-panel"]').evaluate((el) => el.parentElement?.scrollTo(0, 0));
    await page.screenshot({ path: `${ART}/review-panel-1366.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${ART}/review-panel-1920.png` });
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('keeps the acknowledgement across a reload and lists it in the reports', async () => {
    await app.waitSaved();
    await page.reload();
    await page.waitForSelector('[data-testid="canvas"] .react-flow__node');
    await expect(app.state<string[]>('(s) => s.doc.acknowledgements.map((a) => a.reason)')).resolves.toEqual(['Target TW IV disepakati naik dalam rapat evaluasi']);
    const wb = await workbook((await review.download('evaluasi')).bytes);
    const ws = wb.getWorksheet('Catatan pemeriksaan') as Worksheet;
    const ack = rowWith(ws, 1, 'Diterima');
    expect(value(ack, 3)).toBe('lmj-2');
    expect(value(ack, 7)).toBe('Target TW IV disepakati naik dalam rapat evaluasi');
  });
});

describe('the Sumenep sample (seed 002): reports, budget and achievement findings, charts', () => {
  it('downloads the three reports with the engine totals: pagu 12.233.732.131, TW I realisasi 1.443.040.145', async () => {
    await review.openSample('sumenep-2024', 'smp-');
    const engine = await review.engine('smp-0');
    expect([engine.pagu, engine.real]).toEqual(['12233732131', '1443040145']);
    const form = await workbook((await review.download('evaluasi')).bytes);
    const ws = form.worksheets[0] as Worksheet;
    const total = rowWith(ws, FORM_COL.nama, 'JUMLAH TOTAL');
    expect(value(total, FORM_COL.pagu)).toBe(Number(engine.pagu));
    expect(value(total, FORM_COL.tw + 1)).toBe(Number(engine.real));
    expect(value(total, FORM_COL.realRp)).toBe(Number(engine.real));
    expect(total.getCell(FORM_COL.pagu + 1).numFmt).toBe('#,##0');
    expect(value(rowWith(ws, FORM_COL.nama, 'Predikat kinerja'), FORM_COL.capaianK)).toBe('Sangat Rendah');
    const pk = await workbook((await review.download('perjanjian')).bytes);
    const t24 = pk.getWorksheet('Tabel 2.4') as Worksheet;
    expect(value(rowWith(t24, PK_COL.program, 'Program Kepegawaian Daerah'), PK_COL.pagu)).toBe(1905955200);
    expect(value(rowWith(t24, PK_COL.program, 'JUMLAH'), PK_COL.pagu)).toBe(Number(engine.pagu));
    const matrix = await workbook((await review.download('matrix')).bytes);
    const m = matrix.worksheets[0] as Worksheet;
    expect(value(rowWith(m, MATRIX_COL.sasaran, 'JUMLAH TOTAL'), MATRIX_COL.realisasiAnggaran)).toBe(Number(engine.real));
  });

  it('opens a printable A4 landscape evaluation form', async () => {
    await page.click('[data-testid="reports-menu"]');
    await page.click('[data-testid="report-print"]');
    const view = page.locator('[data-testid="print-form"]');
    await view.waitFor();
    const text = await view.innerText();
    expect(text).toContain('JUMLAH TOTAL');
    expect(text).toContain('12.233.732.131');
    expect(text).toContain('1.443.040.145');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${ART}/print-form-1366.png` });
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    // A4 landscape: 297 × 210 mm = 842 × 595 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([842, 595]);
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-testid="print-close"]');
    await view.waitFor({ state: 'detached' });
  });

  it('anggaran: a kegiatan pagu that differs from its sub kegiatan is an error that leads to it', async () => {
    await review.openInspector();
    await app.focusBySearch('Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN');
    await expect(review.selectedId()).resolves.toBe('smp-5.03.02.2.01');
    await fill('insp-pagu', '600.000.000');
    await review.openPanel();
    await review.filterRule('pagu-children-mismatch');
    const item = review.finding('pagu-children-mismatch', '5.03.02.2.01');
    await expect(item.innerText()).resolves.toContain('Rp 600.000.000 ≠ jumlah anak-anaknya Rp 519.791.600: selisih Rp 80.208.400');
    await leadsToNode('pagu-children-mismatch', '5.03.02.2.01', 'smp-5.03.02.2.01');
    await review.filterRule(null);
  });

  it('capaian: a realisation far above its target is reported, and leads to the node from the table screen', async () => {
    await review.openInspector();
    await app.focusBySearch('Pengelolaan Mutasi ASN');
    await expect(review.selectedId()).resolves.toBe('smp-5.03.02.2.02.01');
    await fill('insp-ind-0-realisasi-tw1', '3');
    await review.openPanel();
    await review.filterRule('target-too-easy');
    await expect(review.finding('target-too-easy', '5.03.02.2.02.01').innerText()).resolves.toContain('300,00%');
    await review.setScreen('table');
    await review.goTo('target-too-easy', '5.03.02.2.02.01');
    await expect.poll(() => app.state<string>('(s) => s.screen')).toBe('canvas');
    await expect.poll(() => review.nodeOnScreen('smp-5.03.02.2.02.01'), { timeout: 5000 }).toBe(true);
    await expect(review.selectedId()).resolves.toBe('smp-5.03.02.2.02.01');
    await review.filterRule(null);
  });

  it('shows capaian per program and kegiatan, the predikat distribution and the weak spots, large enough for a projector', async () => {
    await review.openCharts();
    // The pagu planted on kegiatan 5.03.02.2.01 above (600.000.000 instead of 519.791.600) now counts in the total.
    await expect(page.locator('[data-testid="ach-kpi-pagu"]').innerText()).resolves.toBe('Rp 12.313.940.531');
    await expect(review.engine('smp-0').then((e) => e.pagu)).resolves.toBe('12313940531');
    await expect.poll(() => page.locator('[data-testid="ach-chart-capaian"] .recharts-bar-rectangle').count()).toBe(6);
    await page.click('[data-testid="ach-level-3"]');
    await page.selectOption('[data-testid="ach-count"]', '5');
    await expect(page.locator('[data-testid="ach-shown"]').innerText()).resolves.toBe('5 dari 13 ditampilkan · 0 tanpa capaian');
    await expect.poll(() => page.locator('[data-testid="ach-chart-capaian"] .recharts-bar-rectangle').count()).toBe(10);
    await page.click('[data-testid="ach-level-2"]');
    await page.screenshot({ path: `${ART}/charts-1366.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ART}/charts-1920.png` });
    await page.locator('[data-testid="ach-weak"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ART}/charts-weak-1920.png` });
    // smp-1-1: own capaian 70,24% against a roll-up of 24,75% from its programs.
    await page.click('[data-testid="weak-rollup-divergence-smp-1-1"]');
    await expect.poll(() => app.state<string>('(s) => s.screen')).toBe('canvas');
    await expect.poll(() => review.nodeOnScreen('smp-1-1'), { timeout: 5000 }).toBe(true);
    await expect(review.selectedId()).resolves.toBe('smp-1-1');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});

describe('a 20,000-node pemda tree', () => {
  it('keeps the charts to N bars and the review panel responsive', async () => {
    const doc = generatePemda({ seed: 11, nodes: 20_000 });
    const files = new FilesPage(page);
    await files.pick('pemda-20k.json', serializeEnvelope(doc), 'application/json');
    await files.importAsNew();
    await page.waitForFunction(`Object.keys(globalThis.kaskade.getState().doc.nodes).length >= 19000`, undefined, { timeout: 60_000 });
    let t0 = Date.now();
    await review.openCharts();
    await page.click('[data-testid="ach-level-3"]');
    await page.selectOption('[data-testid="ach-count"]', '20');
    await expect.poll(() => page.locator('[data-testid="ach-chart-capaian"] .recharts-bar-rectangle').count(), { timeout: 30_000 }).toBe(40);
    const chartsMs = Date.now() - t0;
    const shown = await page.locator('[data-testid="ach-shown"]').innerText();
    expect(Number(/dari ([\d.]+)/.exec(shown)?.[1]?.replace(/\./g, ''))).toBeGreaterThan(500);
    t0 = Date.now();
    await review.openPanel();
    await expect(review.readiness()).resolves.toMatch(/^(Siap diajukan|Belum siap: [\d.]+ galat)$/);
    const panelMs = Date.now() - t0;
    // Each rule group renders its first items only.
    expect(await page.locator('[data-testid^="finding-"]').count()).toBeLessThan(200);
    console.log(`20k nodes: charts (kegiatan, worst 20) ${chartsMs} ms, review panel ${panelMs} ms; ${shown}`);
    await page.screenshot({ path: `${ART}/charts-20k-1366.png` });
  }, 180_000);
});
