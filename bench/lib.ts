import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * The benchmark runner's shared parts: options, timing (median of ≥ 5 runs after a warm-up),
 * machine description, optional modules, and output. Suites (bench/domain.ts, later
 * bench/browser.ts) return {@link BenchResult}s; bench/run.ts prints them. Figures are printed,
 * never asserted: benchmarks do not pass or fail on time.
 */

export interface MachineInfo {
  cpus: number;
  model: string;
  memGB: number;
  node: string;
  platform: string;
  /**
   * `os.loadavg()` (1, 5 and 15 minutes) when the report was made. The machine is shared: a load
   * well above the CPU count means every figure is inflated (see BENCHMARKS.md).
   */
  loadavg: number[];
}

export interface BenchResult {
  name: string;
  median: number;
  /** `ms` for durations; a browser suite may report `fps`. */
  unit: string;
  runs: number;
  /** A reference measured in the same run (see each suite), in the same unit. */
  baseline?: number;
  /** median / baseline. */
  ratio?: number;
}

export interface BenchReport {
  machine: MachineInfo;
  results: BenchResult[];
}

export interface BenchOptions {
  quick: boolean;
  json: boolean;
  /** Name prefixes from `--only` (case-insensitive); empty runs everything. */
  only: string[];
}

export interface BenchContext {
  quick: boolean;
  /**
   * Whether a case passes `--only`. `id` is the case's full-size name (`evaluate-20k`), `name`
   * what it is called in this run (`evaluate-1k` with `--quick`); either may match.
   */
  wants(id: string, name?: string): boolean;
  /** Progress and notes, on stderr (stdout carries only the report). */
  log(message: string): void;
}

/** A group of benchmarks. A module under bench/ exports one as `suite`. */
export interface Suite {
  name: string;
  run(ctx: BenchContext): Promise<BenchResult[]>;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const opts: BenchOptions = { quick: false, json: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--quick') opts.quick = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const value = a === '--only' ? argv[++i] : a.slice('--only='.length);
      if (!value) throw new Error('--only needs a benchmark name, e.g. --only evaluate-20k');
      opts.only.push(...value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
    } else if (a === '--help' || a === '-h') {
      throw new Error('usage: npm run bench -- [--quick] [--json] [--only NAME[,NAME…]]');
    } else throw new Error(`unknown option ${a}; usage: npm run bench -- [--quick] [--json] [--only NAME[,NAME…]]`);
  }
  return opts;
}

export function makeContext(opts: BenchOptions): BenchContext {
  return {
    quick: opts.quick,
    wants(id, name = id) {
      if (opts.only.length === 0) return true;
      const a = id.toLowerCase();
      const b = name.toLowerCase();
      return opts.only.some((o) => a.startsWith(o) || b.startsWith(o));
    },
    log(message) {
      process.stderr.write(`${message}\n`);
    },
  };
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    model: cpus[0]?.model.trim() ?? 'unknown',
    memGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

// -------------------------------------------------------------------------------------------
// Timing

/** A full collection between runs, so one run does not pay for the garbage of the one before. */
export const collectGarbage: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose_gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? () => void (gc as () => void)() : () => {};
  } catch {
    return () => {};
  }
})();

/** Keeps results reachable so the engine cannot drop the work that made them. */
let sink: unknown = null;
export function consume(value: unknown): void {
  sink = value;
}
export function lastConsumed(): unknown {
  return sink;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface MeasureOptions<S> {
  /** Timed runs (at least 5 are made). */
  runs: number;
  /** Untimed runs first, for the JIT. */
  warmup: number;
  /** Untimed preparation of each run (warm-ups included); its value is passed to the body. */
  prepare?: (i: number) => S;
}

export interface Measurement {
  median: number;
  runs: number;
  samples: number[];
}

/** Times a synchronous body: median in ms of `runs` runs after `warmup` untimed ones. */
export function measure<S = undefined>(body: (state: S, i: number) => unknown, opts: MeasureOptions<S>): Measurement {
  const runs = Math.max(5, opts.runs);
  const samples: number[] = [];
  for (let i = 0; i < opts.warmup + runs; i++) {
    const state = opts.prepare ? opts.prepare(i) : (undefined as S);
    collectGarbage();
    const t0 = performance.now();
    const out = body(state, i);
    const t = performance.now() - t0;
    consume(out);
    if (i >= opts.warmup) samples.push(t);
  }
  return { median: median(samples), runs, samples };
}

/** {@link measure} for asynchronous bodies (browser work, file I/O). */
export async function measureAsync<S = undefined>(body: (state: S, i: number) => Promise<unknown>, opts: MeasureOptions<S>): Promise<Measurement> {
  const runs = Math.max(5, opts.runs);
  const samples: number[] = [];
  for (let i = 0; i < opts.warmup + runs; i++) {
    const state = opts.prepare ? opts.prepare(i) : (undefined as S);
    collectGarbage();
    const t0 = performance.now();
    const out = await body(state, i);
    const t = performance.now() - t0;
    consume(out);
    if (i >= opts.warmup) samples.push(t);
  }
  return { median: median(samples), runs, samples };
}

/** A result in ms, with its baseline and ratio when there is one. */
export function result(name: string, m: Measurement, baseline?: Measurement | number): BenchResult {
  const out: BenchResult = { name, median: round(m.median), unit: 'ms', runs: m.runs };
  const base = typeof baseline === 'number' ? baseline : baseline?.median;
  if (base !== undefined && Number.isFinite(base)) {
    out.baseline = round(base);
    if (base > 0) out.ratio = round(m.median / base);
  }
  return out;
}

/** Four significant digits: enough for medians of a noisy machine. */
export function round(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(4)) : x;
}

// -------------------------------------------------------------------------------------------
// Modules written alongside the benchmarks: loaded when present, reported when absent.

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export type Optional<T> = { ok: true; module: T } | { ok: false; reason: string };

/**
 * Imports `path` (relative to the repository root) if it exists and exports every name in
 * `names` as a function. The specifier is computed, so TypeScript does not require the module.
 */
export async function importOptional<T>(path: string, names: readonly string[]): Promise<Optional<T>> {
  const url = new URL(path, pathToFileURL(REPO_ROOT));
  if (!existsSync(url)) return { ok: false, reason: `${path} not found` };
  try {
    const mod = (await import(url.href)) as Record<string, unknown>;
    const missing = names.filter((n) => typeof mod[n] !== 'function');
    if (missing.length) return { ok: false, reason: `${path} lacks ${missing.join(', ')}` };
    return { ok: true, module: mod as T };
  } catch (e) {
    return { ok: false, reason: `${path} failed to load: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// -------------------------------------------------------------------------------------------
// Output

function fmt(x: number | undefined, digits = 2): string {
  if (x === undefined) return '';
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(digits + (Math.abs(x) < 1 ? 1 : 0));
}

/**
 * Targets by result name, e.g. `≤ 1000 ms`. Shown in the human-readable table only (the JSON keeps
 * its shape), and never asserted: benchmarks do not pass or fail on time.
 */
const targets = new Map<string, string>();
export function setTarget(name: string, target: string): void {
  targets.set(name, target);
}

/** The human-readable report: machine line, then one row per result. */
export function formatReport(report: BenchReport): string {
  const m = report.machine;
  const withTargets = report.results.some((r) => targets.has(r.name));
  const head = ['benchmark', 'median', 'unit', 'runs', 'baseline', 'ratio', ...(withTargets ? ['target'] : [])];
  const rows = report.results.map((r) => [r.name, fmt(r.median), r.unit, String(r.runs), fmt(r.baseline), r.ratio === undefined ? '' : `${fmt(r.ratio)}×`, ...(withTargets ? [targets.get(r.name) ?? ''] : [])]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 || i === 2 || i === 6 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ').trimEnd();
  return [
    `${m.model} · ${m.cpus} CPUs · ${m.memGB} GB · Node ${m.node} · ${m.platform} · load ${m.loadavg.map((x) => x.toFixed(2)).join(' ')}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'median of the runs after a warm-up; ratio = median / baseline (measured in the same run)',
  ].join('\n');
}
