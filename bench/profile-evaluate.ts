import Decimal from 'decimal.js';
import { predikatOf } from '../src/domain/capaian.ts';
import { evaluate } from '../src/domain/evaluate.ts';
import { generatePemda } from '../src/domain/generate.ts';
import { DEFAULT_PREDIKAT } from '../src/domain/model.ts';
import type { KDocument, KNode } from '../src/domain/model.ts';
import { D, dec } from '../src/domain/numbers.ts';
import { buildTreeIndex } from '../src/domain/tree.ts';
import { collectGarbage, median, round } from './lib.ts';

/**
 * Where evaluate-20k spends its time: `npx tsx bench/profile-evaluate.ts [nodes]`.
 *
 * A manual split (not part of `npm run bench`): evaluate on the generated tree with parts of the
 * document removed, the pieces of decimal work it repeats per node, and a count of decimal.js
 * operations in one evaluation. The variants are timed in interleaved rounds so that load on the
 * machine falls on all of them alike (with a full GC before each); compare ratios, not absolute figures.
 */

const nodes = Number(process.argv[2] ?? 20000);
const params = { year: 2024, tw: 2 };
const doc = generatePemda({ seed: 20240, nodes, ...params });
const count = Object.keys(doc.nodes).length;

function strip(d: KDocument, f: (n: KNode) => KNode): KDocument {
  const out: Record<string, KNode> = {};
  for (const id in d.nodes) out[id] = f(d.nodes[id] as KNode);
  return { ...d, nodes: out };
}
const empty = { pagu: {}, rencanaTw: {}, realisasiTw: {} };
const noIndicators = strip(doc, (n) => ({ ...n, indicators: [] }));
const noBudget = strip(doc, (n) => ({ ...n, anggaran: empty }));
const bare = strip(doc, (n) => ({ ...n, indicators: [], anggaran: empty }));

// Inputs for the decimal pieces: the strings evaluate actually reads.
const targets: string[] = [];
const values: string[] = [];
for (const id in doc.nodes) {
  const n = doc.nodes[id] as KNode;
  for (const ind of n.indicators) {
    const t = ind.target['2024'];
    if (t && !t.includes('-')) targets.push(t);
    for (const v of ind.realisasiTw['2024'] ?? []) if (v) values.push(v);
  }
  for (const v of n.anggaran.realisasiTw['2024'] ?? []) if (v) values.push(v);
}
const a = targets.slice(0, count);
while (a.length < count) a.push(targets[a.length % targets.length] as string);
const D20 = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
const x40 = a.map((s) => new D(s).plus(1));
const y40 = a.map((s) => new D(s));
const x20 = a.map((s) => new D20(s).plus(1));
const y20 = a.map((s) => new D20(s));
const cache = new Map<string, InstanceType<typeof D>>();
const hundred = new D(100);

const cases: Record<string, () => unknown> = {
  'decimal baseline: new D(a).div(b).times(100) × nodes': () => {
    let r = hundred;
    for (let i = 0; i < count; i++) r = new D(a[i] as string).div(a[(i + 1) % count] as string).times(hundred);
    return r;
  },
  'evaluate (full)': () => evaluate(doc, params),
  'evaluate, no indicators': () => evaluate(noIndicators, params),
  'evaluate, no budgets': () => evaluate(noBudget, params),
  'evaluate, neither (structure only)': () => evaluate(bare, params),
  'buildTreeIndex': () => buildTreeIndex(doc.nodes),
  'predikatOf × nodes (parses the scale each call)': () => {
    let r: string | null = null;
    for (let i = 0; i < count; i++) r = predikatOf(y40[i] as InstanceType<typeof D>, DEFAULT_PREDIKAT);
    return r;
  },
  'dec(string) × strings read': () => {
    let r = null;
    for (const s of values) r = dec(s);
    for (const s of targets) r = dec(s);
    return r;
  },
  'Map-cached dec(string) × strings read': () => {
    let r = null;
    for (const s of values.concat(targets)) {
      r = cache.get(s);
      if (!r) cache.set(s, (r = new D(s)));
    }
    return r;
  },
  'div at precision 40 × nodes': () => {
    let r = null;
    for (let i = 0; i < count; i++) r = (x40[i] as Decimal).div(y40[i] as Decimal);
    return r;
  },
  'div at precision 20 × nodes': () => {
    let r = null;
    for (let i = 0; i < count; i++) r = (x20[i] as Decimal).div(y20[i] as Decimal);
    return r;
  },
};

// Counts of decimal.js operations in one evaluation (prototype methods; constructions from
// strings are counted through `dec`-like paths separately above).
const ops = ['div', 'times', 'plus', 'minus', 'gte', 'lte', 'gt', 'lt', 'eq', 'isZero', 'toDecimalPlaces'] as const;
const counts: Record<string, number> = {};
const proto = D.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
const originals = new Map<string, (...args: unknown[]) => unknown>();
for (const op of ops) {
  const f = proto[op];
  if (typeof f !== 'function') continue;
  originals.set(op, f);
  counts[op] = 0;
  proto[op] = function (this: unknown, ...args: unknown[]) {
    counts[op] = (counts[op] ?? 0) + 1;
    return f.apply(this, args);
  };
}
evaluate(doc, params);
for (const [op, f] of originals) proto[op] = f;

const samples: Record<string, number[]> = {};
const rounds = 9;
for (let r = 0; r < rounds + 2; r++) {
  for (const [name, fn] of Object.entries(cases)) {
    collectGarbage();
    const t0 = performance.now();
    fn();
    const t = performance.now() - t0;
    if (r >= 2) (samples[name] ??= []).push(t);
  }
}

const base = median(samples['decimal baseline: new D(a).div(b).times(100) × nodes'] ?? []);
const full = median(samples['evaluate (full)'] ?? []);
process.stdout.write(`${count} nodes, ${targets.length} numeric targets, ${values.length} realisation/spending strings\n\n`);
for (const [name, s] of Object.entries(samples)) {
  const m = median(s);
  process.stdout.write(`${name.padEnd(52)} ${String(round(m)).padStart(8)} ms  ${String(round(m / base)).padStart(6)}× baseline  ${String(round((100 * m) / full)).padStart(5)}% of evaluate\n`);
}
process.stdout.write(`\ndecimal.js calls in one evaluate (per node): ${Object.entries(counts).filter(([, n]) => n > 0).map(([op, n]) => `${op} ${n} (${(n / count).toFixed(2)})`).join(', ')}\n`);
