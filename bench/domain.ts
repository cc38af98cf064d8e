import Papa from 'papaparse';
import { evaluate, reevaluate } from '../src/domain/evaluate.ts';
import type { Evaluation } from '../src/domain/evaluate.ts';
import { generatePemda } from '../src/domain/generate.ts';
import type { Indicator, KDocument, KNode } from '../src/domain/model.ts';
import { D } from '../src/domain/numbers.ts';
import { importOptional, measure, result } from './lib.ts';
import type { BenchContext, BenchResult, Measurement, Suite } from './lib.ts';

/**
 * Domain benchmarks on a generated pemda tree (src/domain/generate.ts): the generator, full and
 * incremental evaluation (with the checker when it is there), flat-table CSV import and export,
 * and the JSON export envelope. Modules written alongside (checker, flat table, envelope) are
 * imported when present; without them the result's name says what was measured instead.
 */

/** Shapes of the optional modules, as far as the benchmarks use them. */
interface ChecksModule {
  runChecks(doc: KDocument, ev: Evaluation): unknown[];
}
interface FlatTableModule {
  documentToTable(doc: KDocument, opts: { year: number }): unknown;
  writeCsv(table: unknown): string;
  parseCsv(text: string): unknown;
  tableToDocument(table: unknown, opts: { year?: number; tw?: number; fileName?: string }): { ok: boolean; problems?: unknown[] };
}
interface EnvelopeModule {
  serializeEnvelope(doc: KDocument): string;
  loadEnvelope(text: string): { ok: boolean };
}

const SEED = 20240;
const YEAR = 2024;
const TW = 2;

interface Plan {
  size: number;
  label: string;
  /** Runs and warm-ups per kind of case. */
  heavy: { runs: number; warmup: number };
  light: { runs: number; warmup: number };
  tiny: { runs: number; warmup: number };
}

function planFor(quick: boolean): Plan {
  return quick
    ? { size: 1000, label: '1k', heavy: { runs: 5, warmup: 1 }, light: { runs: 5, warmup: 1 }, tiny: { runs: 5, warmup: 1 } }
    : { size: 20000, label: '20k', heavy: { runs: 5, warmup: 1 }, light: { runs: 9, warmup: 2 }, tiny: { runs: 101, warmup: 20 } };
}

/** The bare decimal.js work evaluate cannot avoid: one division and one multiplication per node. */
function decimalBaseline(count: number, plan: Plan): Measurement {
  const a: string[] = [];
  const b: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = 5000 + ((i * 37) % 5000);
    const y = 6000 + ((i * 53) % 4000);
    a.push(`${Math.floor(x / 100)}.${x % 100}`);
    b.push(`${Math.floor(y / 100)}.${y % 100}`);
  }
  const hundred = new D(100);
  return measure(() => {
    let last = hundred;
    for (let i = 0; i < count; i++) last = new D(a[i] as string).div(b[i] as string).times(hundred);
    return last;
  }, plan.light);
}

/** Leaves (aktivitas with an indicator that has realisation this year), spread over the tree. */
function editableLeaves(doc: KDocument): string[] {
  const out: string[] = [];
  for (const id in doc.nodes) {
    const n = doc.nodes[id] as KNode;
    if (n.level === 5 && n.indicators[0]?.realisasiTw[YEAR]?.[0] != null) out.push(id);
  }
  const step = Math.max(1, Math.floor(out.length / 97));
  return out.filter((_, i) => i % step === 0);
}

/** The store's edit, without immer: a new document object with one node's realisasi replaced. */
function withRealisasi(doc: KDocument, id: string, bump: number): KDocument {
  const node = doc.nodes[id] as KNode;
  const ind = node.indicators[0] as Indicator;
  const q = [...(ind.realisasiTw[YEAR] ?? [null, null, null, null])];
  q[TW - 1] = String(Number(q[TW - 1] ?? '0') + bump);
  const edited: KNode = { ...node, indicators: [{ ...ind, realisasiTw: { ...ind.realisasiTw, [YEAR]: q } }, ...node.indicators.slice(1)] };
  return { ...doc, nodes: { ...doc.nodes, [id]: edited } };
}

function sameResult(a: Evaluation, b: Evaluation, id: string): boolean {
  const x = a.results.get(id);
  const y = b.results.get(id);
  const eq = (p: InstanceType<typeof D> | null | undefined, q: InstanceType<typeof D> | null | undefined): boolean => (p == null ? q == null : q != null && p.eq(q));
  return !!x && !!y && eq(x.capaianEfektif, y.capaianEfektif) && eq(x.pagu, y.pagu) && eq(x.realisasiAnggaran, y.realisasiAnggaran);
}

/** A minimal flat-table CSV (one row per indicator), for when src/io/flatTable is not there. */
function plainCsv(doc: KDocument): string {
  const y = String(YEAR);
  const rows: (string | null)[][] = [];
  for (const id in doc.nodes) {
    const n = doc.nodes[id] as KNode;
    const inds = n.indicators.length ? n.indicators : [null];
    inds.forEach((ind, i) => {
      const first = i === 0;
      rows.push([
        n.kode || n.id, first ? (n.parentId ?? '') : '', String(n.level), first ? n.sasaran : '', first ? n.nama : '',
        ind?.nama ?? '', ind?.satuan ?? '', ind?.polaritas ?? '', ind?.target[y] ?? '',
        ...[0, 1, 2, 3].map((k) => ind?.targetTw[y]?.[k] ?? ''), ...[0, 1, 2, 3].map((k) => ind?.realisasiTw[y]?.[k] ?? ''),
        first ? (n.anggaran.pagu[y] ?? '') : '',
      ]);
    });
  }
  const head = ['kode', 'induk', 'level', 'sasaran', 'nama', 'indikator', 'satuan', 'polaritas', `target_${y}`, 'target_tw1', 'target_tw2', 'target_tw3', 'target_tw4', 'realisasi_tw1', 'realisasi_tw2', 'realisasi_tw3', 'realisasi_tw4', 'pagu'];
  return Papa.unparse([head, ...rows]);
}

function envelopeOf(doc: KDocument): object {
  return { type: 'kaskade', version: 1, app: 'kaskade', exportedAt: new Date(0).toISOString(), document: doc };
}

async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const plan = planFor(ctx.quick);
  const L = plan.label;
  const id = (base: string): string => `${base}-20k`;
  const nameOf = (base: string): string => `${base}-${L}`;
  const wants = (base: string): boolean => ctx.wants(id(base), nameOf(base));
  const out: BenchResult[] = [];
  const params = { year: YEAR, tw: TW };
  const CASES = ['generate', 'evaluate', 'incremental', 'import-csv', 'export-csv', 'import-json', 'export-json'];
  if (!CASES.some(wants)) return out;

  ctx.log(`generating a ${plan.size}-node tree (seed ${SEED})…`);
  const doc = generatePemda({ seed: SEED, nodes: plan.size, year: YEAR, tw: TW });
  const count = Object.keys(doc.nodes).length;
  const docJson = JSON.stringify(doc);

  if (wants('generate')) {
    ctx.log('generate…');
    const m = measure(() => generatePemda({ seed: SEED, nodes: plan.size, year: YEAR, tw: TW }), plan.light);
    const base = measure(() => JSON.parse(docJson) as unknown, plan.light);
    out.push(result(nameOf('generate'), m, base));
  }

  // What opening a project costs: every run evaluates a tree it has not seen, generated with a
  // seed of its own, so neither the evaluator's per-object caches nor the parsed-number cache
  // hold anything of it. The trees differ in their numbers, not in size or shape.
  const freshTree = (i: number): KDocument => generatePemda({ seed: SEED + 1 + i, nodes: plan.size, year: YEAR, tw: TW });
  let fullEvaluate: Measurement | null = null;
  const evaluateOnly = (): Measurement => (fullEvaluate ??= measure((fresh: KDocument) => evaluate(fresh, params), { ...plan.light, prepare: freshTree }));

  if (wants('evaluate')) {
    ctx.log('evaluate…');
    const checks = await importOptional<ChecksModule>('src/domain/checks/index.ts', ['runChecks']);
    if (!checks.ok) ctx.log(`  checker not measured: ${checks.reason}`);
    const base = decimalBaseline(count, plan);
    if (checks.ok) {
      const { runChecks } = checks.module;
      const findings = runChecks(doc, evaluate(doc, params));
      ctx.log(`  checker: ${findings.length} findings on the generated tree`);
      const m = measure((fresh: KDocument) => runChecks(fresh, evaluate(fresh, params)), { ...plan.heavy, prepare: freshTree });
      out.push(result(nameOf('evaluate'), m, base));
      // The same document evaluated again: unchanged indicators and nodes come from the caches.
      // That is what a full re-evaluation costs in the app (a structural edit, undo of one,
      // switching back to a triwulan seen before).
      const again = measure(() => runChecks(doc, evaluate(doc, params)), plan.heavy);
      out.push(result(`${nameOf('evaluate')} (again)`, again, base));
    }
    out.push(result(`${nameOf('evaluate')} (no checks)`, evaluateOnly(), base));
  }

  if (wants('incremental')) {
    ctx.log('incremental…');
    const leaves = editableLeaves(doc);
    if (leaves.length === 0) throw new Error('the generated tree has no editable leaf');
    const ev = evaluate(doc, params);
    let current = doc;
    const m = measure((s: { doc: KDocument; id: string }) => reevaluate(ev, s.doc, [s.id]), {
      ...plan.tiny,
      prepare: (i) => {
        const leaf = leaves[i % leaves.length] as string;
        current = withRealisasi(current, leaf, i + 1);
        return { doc: current, id: leaf };
      },
    });
    const fresh = evaluate(current, params);
    const root = fresh.index.roots[0] as string;
    if (!sameResult(ev, fresh, root)) ctx.log('  WARNING: reevaluate disagrees with a full evaluate at the root');
    out.push(result(nameOf('incremental'), m, evaluateOnly()));
  }

  const envelope = await importOptional<EnvelopeModule>('src/io/envelope.ts', ['serializeEnvelope', 'loadEnvelope']);
  if (!envelope.ok && (wants('export-json') || wants('import-json'))) ctx.log(`  envelope module not used: ${envelope.reason}`);
  const jsonText = envelope.ok ? envelope.module.serializeEnvelope(doc) : JSON.stringify(envelopeOf(doc));
  // Baselines shared by several cases are measured once.
  let parseBase: Measurement | null = null;
  const jsonParseBase = (): Measurement => (parseBase ??= measure(() => JSON.parse(jsonText) as unknown, plan.light));
  let stringifyBase: Measurement | null = null;
  const jsonStringifyBase = (): Measurement => (stringifyBase ??= measure(() => JSON.stringify(doc), plan.light));

  if (wants('import-csv') || wants('export-csv')) {
    const flat = await importOptional<FlatTableModule>('src/io/flatTable/index.ts', ['documentToTable', 'writeCsv', 'parseCsv', 'tableToDocument']);
    if (flat.ok) {
      const { documentToTable, writeCsv, parseCsv, tableToDocument } = flat.module;
      const csv = writeCsv(documentToTable(doc, { year: YEAR }));
      const check = tableToDocument(parseCsv(csv), { year: YEAR, tw: TW, fileName: 'bench.csv' });
      ctx.log(`  CSV ${(csv.length / 2 ** 20).toFixed(1)} MB; reads back ${check.ok ? 'ok' : 'with errors'} (${check.problems?.length ?? 0} problems)`);
      if (wants('import-csv')) {
        ctx.log('import-csv…');
        const m = measure(() => tableToDocument(parseCsv(csv), { year: YEAR, tw: TW, fileName: 'bench.csv' }), plan.heavy);
        const base = jsonParseBase();
        out.push(result(nameOf('import-csv'), m, base));
      }
      if (wants('export-csv')) {
        ctx.log('export-csv…');
        const m = measure(() => writeCsv(documentToTable(doc, { year: YEAR })), plan.light);
        const base = jsonStringifyBase();
        out.push(result(nameOf('export-csv'), m, base));
      }
    } else if (wants('import-csv')) {
      ctx.log(`  flat table not measured: ${flat.reason}`);
      const csv = plainCsv(doc);
      const m = measure(() => Papa.parse(csv, { skipEmptyLines: true }), plan.heavy);
      const base = jsonParseBase();
      out.push(result(`${nameOf('import-csv')} (papaparse only, no flatTable)`, m, base));
    }
  }

  if (wants('import-json') && envelope.ok) {
    ctx.log('import-json…');
    const { loadEnvelope } = envelope.module;
    const m = measure(() => loadEnvelope(jsonText), plan.heavy);
    const base = jsonParseBase();
    out.push(result(nameOf('import-json'), m, base));
  }

  if (wants('export-json')) {
    ctx.log('export-json…');
    const m = envelope.ok ? measure(() => envelope.module.serializeEnvelope(doc), plan.light) : measure(() => JSON.stringify(envelopeOf(doc)), plan.light);
    const base = jsonStringifyBase();
    out.push(result(envelope.ok ? nameOf('export-json') : `${nameOf('export-json')} (inline envelope)`, m, base));
  }

  return out;
}

export const suite: Suite = { name: 'domain', run };
