import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatReport, machineInfo, makeContext, parseArgs } from './lib.ts';
import type { BenchReport, BenchResult, Suite } from './lib.ts';

/**
 * `npm run bench [-- --quick] [-- --json] [-- --only NAME[,NAME…]]`
 *
 * Runs every suite module below in order and prints one report: a table, or with `--json`
 * exactly one JSON object `{machine, results}` on stdout (progress goes to stderr). `--quick`
 * runs small sizes and few runs, to prove the benchmarks work (CI); nothing here asserts a time.
 */

/**
 * Suite modules, relative to this file. Each exports `suite: Suite` (see lib.ts). A module that is
 * not there yet is skipped, so bench/browser.ts plugs in by being written.
 */
const SUITE_MODULES = ['./domain.ts', './browser.ts'] as const;

async function loadSuites(log: (m: string) => void): Promise<Suite[]> {
  const suites: Suite[] = [];
  for (const rel of SUITE_MODULES) {
    const url = new URL(rel, import.meta.url);
    if (!existsSync(fileURLToPath(url))) {
      log(`(${rel} not present: skipped)`);
      continue;
    }
    const mod = (await import(url.href)) as { suite?: Suite };
    if (!mod.suite) throw new Error(`${rel} does not export a \`suite\``);
    suites.push(mod.suite);
  }
  return suites;
}

async function main(): Promise<number> {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const ctx = makeContext(opts);
  // Other work on the machine skews every figure: say how busy it was.
  const load = (): string => os.loadavg().map((x) => x.toFixed(2)).join(' ');
  ctx.log(`load average before: ${load()}`);
  const results: BenchResult[] = [];
  for (const suite of await loadSuites(ctx.log)) {
    ctx.log(`suite ${suite.name}${opts.quick ? ' (quick)' : ''}`);
    results.push(...(await suite.run(ctx)));
  }
  ctx.log(`load average after: ${load()}`);
  const report: BenchReport = { machine: machineInfo(), results };
  process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`);
  if (results.length === 0 && opts.only.length) {
    ctx.log(`no benchmark matches --only ${opts.only.join(',')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
