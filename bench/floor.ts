import { capaianWithLimits, parseTarget, upToQuarter } from '../src/domain/capaian.ts';
import type { Target } from '../src/domain/capaian.ts';
import { checkAchievement } from '../src/domain/checks/achievement.ts';
import { checkBudget } from '../src/domain/checks/budget.ts';
import { checkCompleteness } from '../src/domain/checks/completeness.ts';
import { checkContext, runChecks } from '../src/domain/checks/index.ts';
import { structureSteps } from '../src/domain/checks/structure.ts';
import { checkTargets } from '../src/domain/checks/targets.ts';
import type { CheckContext, Finding, Rule } from '../src/domain/checks/types.ts';
import { evaluate } from '../src/domain/evaluate.ts';
import { generatePemda } from '../src/domain/generate.ts';
import type { KDocument, KNode } from '../src/domain/model.ts';
import type { Dec } from '../src/domain/numbers.ts';
import { parseRupiah, rupiahUpToQuarter } from '../src/domain/rupiah.ts';
import type { Rupiah } from '../src/domain/rupiah.ts';
import { collectGarbage, consume, median, round } from './lib.ts';

/**
 * How far below evaluate-20k the work itself lies: `npx tsx bench/floor.ts [nodes]`. A manual
 * study (not part of `npm run bench`), on trees generated for each run as evaluate-20k uses them.
 *
 * - "numeric core": only the arithmetic an evaluation cannot skip (each indicator's target read,
 *   its quarters summed, its capaian divided; each node's pagu and spending read), in one loop in
 *   key order, results in an array: no tree, no roll-up, no map, no result objects. Measured on a
 *   new tree, again on the same tree (20k nodes do not fit in the processor's cache either way),
 *   and on a 1k tree worked 20 times over (in the cache), scaled to the tree's size.
 * - evaluate + checks, and evaluate alone, on new trees as evaluate-20k measures them.
 * - each group of checker rules alone, per node, on a 20k tree (its nodes fetched from memory) and
 *   on a 1k tree checked 20 times over (its nodes in the cache).
 */

const nodes = Number(process.argv[2] ?? 20000);
const params = { year: 2024, tw: 2 };
const year = String(params.year);
const RUNS = 7;
let seed = 310000;
const fresh = (size = nodes): KDocument => generatePemda({ seed: seed++, nodes: size, ...params });

/** The numeric core over every node of `doc`, in key order. */
function numericCore(doc: KDocument): unknown[] {
  const ids = Object.keys(doc.nodes);
  const out = new Array<unknown>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const n = doc.nodes[ids[i] as string] as KNode;
    const caps: (Dec | null)[] = [];
    for (const ind of n.indicators) {
      const target: Target | null = parseTarget(ind.target[year]);
      const stated = upToQuarter(ind.realisasiTw[year], params.tw, ind.agregasi);
      caps.push(capaianWithLimits(stated, target, ind.polaritas, 'pengurangan', null, null).value);
    }
    const budget: (Rupiah | null)[] = [parseRupiah(n.anggaran.pagu[year]), rupiahUpToQuarter(n.anggaran.realisasiTw[year], params.tw)];
    out[i] = [caps, budget];
  }
  return out;
}

function contextOf(doc: KDocument): CheckContext {
  return checkContext(doc, evaluate(doc, params));
}

function runRule(rule: Rule, ctx: CheckContext): void {
  const out: Finding[] = [];
  for (const step of rule(ctx, out)) consume(step);
  consume(out);
}

function time(body: () => unknown): number {
  collectGarbage();
  const t0 = performance.now();
  consume(body());
  return performance.now() - t0;
}

const samples: Record<string, number[]> = {};
const add = (name: string, ms: number): void => void (samples[name] ??= []).push(ms);

for (let r = 0; r < RUNS + 1; r++) {
  const keep = r > 0;
  const doc = fresh();
  const coreNew = time(() => numericCore(doc));
  const coreAgain = time(() => numericCore(doc));
  const other = fresh();
  const full = time(() => runChecks(other, evaluate(other, params)));
  const another = fresh();
  const evalOnly = time(() => evaluate(another, params));
  if (keep) {
    add('numeric core, new tree', coreNew);
    add('numeric core, same tree again', coreAgain);
    add('evaluate + checks (evaluate-20k)', full);
    add('evaluate alone', evalOnly);
  }
}

// The numeric core per node on a 1k tree worked 20 times over (its objects in the cache), × nodes.
const cached: number[] = [];
for (let r = 0; r < RUNS + 1; r++) {
  const small = fresh(1000);
  numericCore(small);
  const ms = time(() => {
    for (let k = 0; k < 20; k++) consume(numericCore(small));
  });
  if (r > 0) cached.push((ms / 20 / Object.keys(small.nodes).length) * nodes);
}
samples['numeric core, 1k tree in the cache (per node × nodes)'] = cached;

const rules: Rule[] = [...structureSteps(), checkCompleteness, checkTargets, checkBudget, checkAchievement];
const perNode: Record<string, { cold: number[]; warm: number[] }> = {};
for (let r = 0; r < 5; r++) {
  const big = contextOf(fresh());
  const small = contextOf(fresh(1000));
  for (const rule of rules) {
    const entry = (perNode[rule.name] ??= { cold: [], warm: [] });
    const cold = time(() => runRule(rule, big));
    runRule(rule, small);
    const warm = time(() => {
      for (let k = 0; k < 20; k++) runRule(rule, small);
    });
    if (r > 0) {
      entry.cold.push((cold * 1e6) / big.order.length);
      entry.warm.push((warm * 1e6) / 20 / small.order.length);
    }
  }
}

const report = {
  nodes,
  runs: RUNS,
  ms: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v))])),
  rulesNsPerNode: Object.fromEntries(Object.entries(perNode).map(([k, v]) => [k, { new20k: Math.round(median(v.cold)), cached1k: Math.round(median(v.warm)) }])),
};
const sum = (key: 'new20k' | 'cached1k'): number => Object.values(report.rulesNsPerNode).reduce((s, v) => s + v[key], 0);
process.stdout.write(`${JSON.stringify({ ...report, rulesTotalMs: { new20k: round((sum('new20k') * nodes) / 1e6), cached1k: round((sum('cached1k') * nodes) / 1e6) } }, null, 2)}\n`);
