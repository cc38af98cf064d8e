import type { Download } from 'playwright-core';
import { median } from '../lib.ts';
import type { Measurement } from '../lib.ts';
import { LONG } from './app.ts';
import type { BenchBrowser } from './app.ts';

/**
 * One timed run of each browser benchmark. Every figure is taken in the page (its clock, its
 * events), so the time the harness takes to send input through CDP is not counted, except where
 * a case says so.
 */

/** Median of `runs` timed runs after `warmup` untimed ones; `body` returns the run's figure. */
export async function sampleRuns(runs: number, warmup: number, body: (i: number) => Promise<number>): Promise<Measurement & { samples: number[] }> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const v = await body(i);
    if (i >= warmup) samples.push(v);
  }
  return { median: median(samples), runs, samples };
}

// ---------------------------------------------------------------------------------------------
// open

export interface OpenRun {
  /**
   * Navigation start → the selection of a clicked card painted. The click is sent as soon as the
   * harness learns that the first card is painted (one CDP round trip: a few ms on an idle page,
   * but it waits for the page's main thread like a user's click would).
   */
  open: number;
  /** Navigation start → first card painted. */
  card: number;
  /** Click (input timestamp) → selection painted. */
  clickLatency: number;
  /** First card painted → the click's input timestamp (harness round trip plus busy main thread). */
  wait: number;
  /** Navigation start → end of the last long task (main thread quiet for 1 s afterwards). */
  settled: number;
}

/**
 * Reloads the page (the project is in IndexedDB; the app opens the last one), waits for the first
 * card, clicks a card as soon as it can, and waits for its selection to be painted.
 */
export async function openOnce(b: BenchBrowser): Promise<OpenRun> {
  await b.gc();
  await b.page.reload({ waitUntil: 'commit' });
  const handle = await b.page.waitForFunction('globalThis.__bench && globalThis.__bench.clickTarget()', undefined, { timeout: LONG, polling: 10 });
  const card = (await handle.jsonValue()) as { id: string; x: number; y: number };
  await handle.dispose();
  await b.page.mouse.click(card.x, card.y);
  await b.page.waitForFunction('globalThis.__bench.selectedAt !== null', undefined, { timeout: LONG, polling: 20 });
  const settled = await b.settle(1000);
  const t = (await b.page.evaluate('({ ready: __bench.readyAt, pointer: __bench.pointerAt, selected: __bench.selectedAt })')) as { ready: number; pointer: number; selected: number };
  const sel = await b.state<string | null>('s.selectedId');
  if (sel !== card.id) throw new Error(`clicked ${card.id} but ${sel} is selected`);
  return { open: t.selected, card: t.ready, clickLatency: t.selected - t.pointer, wait: t.pointer - t.ready, settled: Math.max(settled, t.selected) };
}

// ---------------------------------------------------------------------------------------------
// edit → repaint

export interface EditTarget {
  id: string;
  /** Kode, or the id when the node has none (as in the cards' test ids). */
  kode: string;
  /** What to type into the search box to find it first: the kode, or the start of its text. */
  query: string;
  /** Test ids of the badges (and roll-up marks) of the node and its ancestors. */
  watch: string[];
  /** The annual target of indicator 0, to choose realisation values that change the capaian. */
  target: number;
  field: string;
}

/**
 * A level-4 node with a numeric target on its first indicator, near the middle of the tree (the
 * deepest level above the aktivitas that has one, for small samples: Lumajang has its target on
 * the program). It is the first child of its parent, so that after the search centres it, its
 * parent's and grandparent's cards are on screen too (in the compact layout they are right above).
 */
export async function chooseEditTarget(b: BenchBrowser, tw: number): Promise<EditTarget> {
  const t = await b.state<{ id: string; kode: string; query: string; ancestors: string[]; target: string } | null>(`(() => {
    const nodes = s.doc.nodes, year = String(s.year);
    const ok = Object.values(nodes).filter((n) => n.level <= 4 && n.indicators[0] && Number(n.indicators[0].target[year]) > 0);
    const level = Math.max(-1, ...ok.map((n) => n.level));
    // The first child of its parent, so the parent's card is right above it on screen.
    const first = (n) => { const c = n.parentId ? s.evaluation.index.children.get(n.parentId) : null; return !c || c[0] === n.id; };
    const at = ok.filter((n) => n.level === level && first(n)).sort((a, b) => (a.kode < b.kode ? -1 : 1));
    const n = at[Math.floor(at.length / 2)];
    if (!n) return null;
    const ancestors = [];
    for (let p = nodes[n.parentId]; p; p = p.parentId ? nodes[p.parentId] : undefined) ancestors.push(p.kode || p.id);
    return { id: n.id, kode: n.kode || n.id, query: n.kode || (n.sasaran || n.nama).slice(0, 60), ancestors, target: n.indicators[0].target[year] };
  })()`);
  if (!t) throw new Error('no node with a numeric target to edit');
  const watch = [t.kode, ...t.ancestors].flatMap((k) => [`badge-${k}`, `rollup-${k}`]);
  return { id: t.id, kode: t.kode, query: t.query, watch, target: Number(t.target), field: `insp-ind-0-realisasi-tw${tw}` };
}

export interface EditRun {
  /** Enter (input timestamp) → the last affected badge painted. */
  repaint: number;
  /** Badges watched that were on screen, and how many of them changed. */
  present: number;
  changed: number;
}

/** Realisation values spread over 23–83% of the target, written the Indonesian way (decimal comma). */
export function editValue(target: number, i: number): string {
  const v = Math.round(target * (0.23 + ((i * 7) % 13) * 0.05) * 100) / 100;
  return String(v).replace('.', ',');
}

/**
 * Types a number into the realisation field with the keyboard and presses Enter; waits until the
 * node's own badge shows the new value and the page is quiet again.
 */
export async function editOnce(b: BenchBrowser, t: EditTarget, i: number): Promise<EditRun> {
  const input = b.page.locator(`[data-testid="${t.field}"]`);
  await input.click();
  await b.page.keyboard.press('Control+A');
  await b.page.keyboard.type(editValue(t.target, i));
  const version = await b.state<number>('s.evalVersion');
  await b.eval('armBadges', t.watch);
  await b.page.keyboard.press('Enter');
  const own = `badge-${t.kode}`;
  await b.page.waitForFunction(`globalThis.kaskade.getState().evalVersion > ${version}`, undefined, { timeout: LONG, polling: 20 });
  // Every badge that changes does so in the commit that follows the store update; give it time.
  await b.page.waitForFunction(`(() => { const it = __bench.badges[${JSON.stringify(own)}]; return it && it.paintedAt !== null; })()`, undefined, { timeout: 5000, polling: 20 }).catch(() => undefined);
  await b.page.waitForTimeout(150);
  const rep = await b.eval<{ keyAt: number | null; items: Record<string, { before: string | null; now: string | null; paintedAt: number | null }> }>('badgeReport');
  const items = Object.values(rep.items);
  const changed = items.filter((x) => x.now !== x.before && x.paintedAt !== null);
  if (rep.keyAt === null) throw new Error('the Enter key did not reach the page');
  const mine = rep.items[own];
  if (!mine || mine.now === mine.before || mine.paintedAt === null) throw new Error(`the badge of ${t.kode} did not change (typed ${editValue(t.target, i)})`);
  const last = Math.max(...changed.map((x) => x.paintedAt as number));
  await b.waitSaved();
  await b.settle();
  return { repaint: last - rep.keyAt, present: items.filter((x) => x.before !== null || x.now !== null).length, changed: changed.length };
}

// ---------------------------------------------------------------------------------------------
// pan

export interface FramesRun {
  fps: number;
  longest: number;
  mounted: number[];
  moved: number;
}

/** 120 frames of a mouse drag on the pane, 6 px per frame, alternating direction between runs. */
export async function panOnce(b: BenchBrowser, i: number, frames = 120, step = 6): Promise<FramesRun> {
  await b.gc();
  await b.settle(400);
  const dx = i % 2 === 0 ? -step : step;
  const r = await b.eval<{ fps: number; longest: number; mounted: number[]; before: { x: number } | null; after: { x: number } | null }>('frames', frames, dx, 0);
  const moved = r.before && r.after ? r.after.x - r.before.x : NaN;
  if (!(Math.abs(moved - dx * frames) < Math.abs(dx))) throw new Error(`the drag did not pan the canvas (moved ${moved} px, expected ${dx * frames})`);
  return { fps: r.fps, longest: r.longest, mounted: r.mounted, moved };
}

/** The same number of frames with nothing to do: the ceiling the page's frame rate can reach. */
export async function idleFrames(b: BenchBrowser, frames = 120): Promise<FramesRun> {
  await b.settle(400);
  const r = await b.eval<{ fps: number; longest: number; mounted: number[] }>('frames', frames, 0, 0);
  return { fps: r.fps, longest: r.longest, mounted: r.mounted, moved: 0 };
}

// ---------------------------------------------------------------------------------------------
// click

export interface ClickRun {
  /** Event Timing duration of the interaction (input → next paint after its handlers), ms. */
  duration: number;
  /** Whether Event Timing reported it (it reports only interactions of ≥ 16 ms). */
  fromEventTiming: boolean;
  /** Input timestamp → the selection painted, measured by the page's own observer. */
  selection: number;
}

/** A real click (page.mouse) on a card that is not selected yet. */
export async function clickOnce(b: BenchBrowser, recent: string[]): Promise<ClickRun> {
  await b.settle(500);
  const card = await b.eval<{ id: string; x: number; y: number } | null>('pickCard', recent);
  if (!card) throw new Error('no card to click');
  recent.push(card.id);
  if (recent.length > 4) recent.shift();
  const seen = await b.page.evaluate('__bench.events.length');
  await b.eval('watchSelected', card.id);
  await b.page.mouse.click(card.x, card.y);
  await b.page.waitForFunction('globalThis.__bench.selectedAt !== null', undefined, { timeout: LONG, polling: 20 });
  // Event Timing entries are queued after the paint they measure.
  await b.page.waitForTimeout(250);
  const r = (await b.page.evaluate(`({ events: __bench.events.slice(${Number(seen)}), pointer: __bench.pointerAt, selected: __bench.selectedAt })`)) as { events: { name: string; duration: number; id: number }[]; pointer: number; selected: number };
  const interaction = r.events.filter((e) => e.id > 0 && ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(e.name));
  const selection = r.selected - r.pointer;
  if (interaction.length === 0) return { duration: Math.min(selection, 16), fromEventTiming: false, selection };
  return { duration: Math.max(...interaction.map((e) => e.duration)), fromEventTiming: true, selection };
}

// ---------------------------------------------------------------------------------------------
// export

/** Opens the picture export dialog with the whole tree and a format chosen. */
export async function prepareExport(b: BenchBrowser, format: 'svg' | 'png'): Promise<void> {
  const dialog = b.page.locator('[data-testid="export-dialog"]');
  if (!(await dialog.isVisible())) await b.page.click('[data-testid="btn-export-image"]');
  await dialog.waitFor({ timeout: LONG });
  await b.page.check('[data-testid="ex-scope-whole"]');
  await b.page.check(`[data-testid="ex-format-${format}"]`);
}

export async function closeExport(b: BenchBrowser): Promise<void> {
  const dialog = b.page.locator('[data-testid="export-dialog"]');
  if (await dialog.isVisible()) await b.page.click('[data-testid="ex-close"]');
  await dialog.waitFor({ state: 'detached', timeout: LONG });
}

export interface ExportRun {
  /** Click on "export" (input timestamp) → the last file handed to the browser as a download. */
  ms: number;
  files: number;
}

/** One export through the dialog; the download events are awaited and the files deleted. */
export async function exportOnce(b: BenchBrowser): Promise<ExportRun> {
  await b.gc();
  await b.settle(500);
  const before = (await b.page.evaluate('__bench.downloads.length')) as number;
  const downloads: Promise<void>[] = [];
  const onDownload = (d: Download): void => {
    downloads.push(d.path().then(() => d.delete()));
  };
  b.page.on('download', onDownload);
  try {
    await b.page.evaluate('__bench.exStartAt = null');
    await b.page.click('[data-testid="ex-start"]');
    await b.page.waitForFunction(
      `__bench.exStartAt !== null && __bench.downloads.length > ${before} && !document.querySelector('[data-testid="ex-progress"]') && document.querySelector('[data-testid="ex-status"]') !== null`,
      undefined,
      { timeout: LONG * 2, polling: 50 },
    );
    const status = await b.page.locator('[data-testid="ex-status"]').innerText();
    if (!/diunduh|downloaded/i.test(status)) throw new Error(`export did not finish: ${status}`);
    const r = (await b.page.evaluate(`({ start: __bench.exStartAt, stamps: __bench.downloads.slice(${before}) })`)) as { start: number; stamps: number[] };
    await Promise.all(downloads);
    return { ms: Math.max(...r.stamps) - r.start, files: r.stamps.length };
  } finally {
    b.page.off('download', onDownload);
  }
}
