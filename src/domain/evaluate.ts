import { capaianWithLimits, mean, parseTarget, targetUpToQuarter, upToQuarter } from './capaian';
import type { NoCapaianReason, Target } from './capaian';
import { evaluateFormula, parseFormula } from './formula';
import type { FormulaError } from './formula';
import type { Indicator, KDocument, KNode } from './model';
import { D, ZERO, compareDec, dec } from './numbers';
import type { Dec } from './numbers';
import { addRupiah, parseRupiah, rupiahRatio, rupiahUpToQuarter, toDecOrNull } from './rupiah';
import type { Rupiah } from './rupiah';
import { buildTreeIndex, indexAfterChange, indexedIds, preOrder } from './tree';
import type { TreeIndex } from './tree';

/** The year and triwulan a document is read at. */
export interface EvalParams {
  year: number;
  tw: number;
}

export interface IndicatorResult {
  id: string;
  /** Annual target of the selected year. */
  target: Target | null;
  /** Quarter targets combined up to the selected quarter (per aggregation kind). */
  targetTw: Target | null;
  /** Realisation as entered, combined up to the selected quarter. */
  stated: Dec | null;
  /** Value of the formula (composite indicators), rounded to the indicator's decimal places. */
  computed: Dec | null;
  /** The formula's value before rounding. */
  computedExact: Dec | null;
  formulaError: FormulaError | null;
  /** Names the formula needed that have no value in this period. */
  formulaMissing: string[];
  /** The realisation used: as entered, else as computed. */
  realisasi: Dec | null;
  /** Against the annual target (as the seeds' evaluation forms do). */
  capaian: Dec | null;
  reason: NoCapaianReason | null;
  /** Against the quarter targets up to the selected quarter (computed when first read). */
  readonly capaianTw: Dec | null;
}

export interface NodeResult {
  id: string;
  indicators: IndicatorResult[];
  /** Own capaian: mean of the indicators' capaian. */
  capaian: Dec | null;
  capaianReason: NoCapaianReason | null;
  /** Roll-up: (weighted) mean of the children's capaian (own, else their roll-up). */
  capaianTurunan: Dec | null;
  /** Children (and crosscutting contributors) counted in the roll-up, and those left out. */
  rollupIncluded: string[];
  rollupExcluded: string[];
  /** Own capaian, else roll-up: what the predikat and the parent's roll-up use. */
  capaianEfektif: Dec | null;
  predikat: string | null;
  paguEntered: Dec | null;
  paguChildren: Dec | null;
  /** Entered pagu, else the sum of the children's. */
  pagu: Dec | null;
  realisasiAnggaranEntered: Dec | null;
  realisasiAnggaranChildren: Dec | null;
  /** Spending up to the selected quarter: entered, else the children's sum. */
  realisasiAnggaran: Dec | null;
  rencanaAnggaran: Dec | null;
  capaianAnggaran: Dec | null;
  /** Spending against the plan up to the selected quarter (computed when read). */
  readonly capaianRencana: Dec | null;
  /** Capaian kinerja − capaian anggaran (seed 000). */
  efisiensi: Dec | null;
}

/** A whole document's evaluation, updated in place by {@link reevaluate}. */
export interface Evaluation {
  params: EvalParams;
  nodes: Record<string, KNode>;
  /** The project the results were computed under (settings, period). */
  project: KDocument['project'];
  index: TreeIndex;
  results: Map<string, NodeResult>;
  /** Indicator alias → where it lives. */
  aliases: Map<string, { nodeId: string; indicatorId: string }>;
  /** Alias → nodes whose formulas use it. */
  dependents: Map<string, Set<string>>;
  /** Bumped on every (re)evaluation, for subscribers. */
  version: number;
}

const ONE = new D(1);
/** Shared by every result that has none (most nodes are leaves); frozen so no caller can fill them. */
const NO_IDS = Object.freeze([]) as unknown as string[];
const NO_NAMES = NO_IDS;

/** Everything an indicator result needs to compute its quarter comparison later. */
interface Limits {
  cap: Dec | null;
  floor: Dec | null;
  tw: number;
  year: string;
}

/**
 * An indicator's result. The quarter targets and the comparison with them are computed when first
 * read: the canvas and the checker never need them, and they were a sixth of a full evaluation.
 */
class IndicatorRes implements IndicatorResult {
  private tw: Dec | null | undefined;
  private twTarget: Target | null | undefined;
  readonly id: string;
  constructor(
    readonly ind: Indicator,
    readonly target: Target | null,
    readonly stated: Dec | null,
    readonly computed: Dec | null,
    readonly computedExact: Dec | null,
    readonly formulaError: FormulaError | null,
    readonly formulaMissing: string[],
    readonly realisasi: Dec | null,
    readonly capaian: Dec | null,
    readonly reason: NoCapaianReason | null,
    private readonly rumusTurun: 'pengurangan' | 'rasio',
    private readonly limits: Limits,
  ) {
    this.id = ind.id;
  }

  get targetTw(): Target | null {
    if (this.twTarget === undefined) this.twTarget = targetUpToQuarter(this.ind.targetTw[this.limits.year], this.limits.tw, this.ind.agregasi);
    return this.twTarget;
  }

  get capaianTw(): Dec | null {
    if (this.tw === undefined) {
      const t = this.targetTw;
      const l = this.limits;
      this.tw = t ? capaianWithLimits(this.realisasi, t, this.ind.polaritas, this.rumusTurun, l.cap, l.floor).value : null;
    }
    return this.tw;
  }
}

/**
 * The budget figures of a node as exact {@link Rupiah} amounts (the `…Rp` twins of NodeResult's
 * Decimal fields), for the evaluator's roll-up and the checker.
 */
export interface NodeBudget {
  readonly paguEnteredRp: Rupiah | null;
  readonly paguChildrenRp: Rupiah | null;
  readonly paguRp: Rupiah | null;
  readonly realisasiEnteredRp: Rupiah | null;
  readonly realisasiChildrenRp: Rupiah | null;
  readonly realisasiRp: Rupiah | null;
  readonly rencanaRp: Rupiah | null;
}

type LazyField = 'paguEntered' | 'paguChildren' | 'pagu' | 'realisasiAnggaranEntered' | 'realisasiAnggaranChildren' | 'realisasiAnggaran' | 'rencanaAnggaran' | 'capaianAnggaran' | 'capaianRencana' | 'efisiensi';

/**
 * A node's result. The rupiah figures are kept as {@link Rupiah} (mostly plain integers) and become
 * Decimals only when read; the budget ratios and efisiensi are computed on first read. On a 20k
 * tree the canvas reads them for the few hundred cards on screen, so a full evaluation no longer
 * builds ≈ 60k Decimals and 14k divisions nobody looks at.
 */
class NodeRes implements NodeResult, NodeBudget {
  private decs: Partial<Record<LazyField, Dec | null>> | undefined;
  constructor(
    readonly id: string,
    readonly indicators: IndicatorResult[],
    readonly capaian: Dec | null,
    readonly capaianReason: NoCapaianReason | null,
    readonly capaianTurunan: Dec | null,
    readonly rollupIncluded: string[],
    readonly rollupExcluded: string[],
    readonly capaianEfektif: Dec | null,
    readonly predikat: string | null,
    readonly paguEnteredRp: Rupiah | null,
    readonly paguChildrenRp: Rupiah | null,
    readonly realisasiEnteredRp: Rupiah | null,
    readonly realisasiChildrenRp: Rupiah | null,
    readonly rencanaRp: Rupiah | null,
  ) {}

  // Entered, else the children's sum.
  get paguRp(): Rupiah | null {
    return this.paguEnteredRp ?? this.paguChildrenRp;
  }
  get realisasiRp(): Rupiah | null {
    return this.realisasiEnteredRp ?? this.realisasiChildrenRp;
  }

  /** The value of `key`, computed once (results are shared and never change). */
  private cached(key: LazyField, make: () => Dec | null): Dec | null {
    const decs = (this.decs ??= {});
    let v = decs[key];
    if (v === undefined) decs[key] = v = make();
    return v;
  }
  private amount(key: LazyField, value: Rupiah | null): Dec | null {
    return this.cached(key, () => toDecOrNull(value));
  }

  get paguEntered(): Dec | null {
    return this.amount('paguEntered', this.paguEnteredRp);
  }
  get paguChildren(): Dec | null {
    return this.amount('paguChildren', this.paguChildrenRp);
  }
  get pagu(): Dec | null {
    return this.amount('pagu', this.paguRp);
  }
  get realisasiAnggaranEntered(): Dec | null {
    return this.amount('realisasiAnggaranEntered', this.realisasiEnteredRp);
  }
  get realisasiAnggaranChildren(): Dec | null {
    return this.amount('realisasiAnggaranChildren', this.realisasiChildrenRp);
  }
  get realisasiAnggaran(): Dec | null {
    return this.amount('realisasiAnggaran', this.realisasiRp);
  }
  get rencanaAnggaran(): Dec | null {
    return this.amount('rencanaAnggaran', this.rencanaRp);
  }
  get capaianAnggaran(): Dec | null {
    return this.cached('capaianAnggaran', () => rupiahRatio(this.realisasiRp, this.paguRp));
  }
  get capaianRencana(): Dec | null {
    return this.cached('capaianRencana', () => rupiahRatio(this.realisasiRp, this.rencanaRp));
  }
  get efisiensi(): Dec | null {
    return this.cached('efisiensi', () => {
      const a = this.capaianAnggaran;
      return this.capaianEfektif && a ? this.capaianEfektif.minus(a) : null;
    });
  }
}

/**
 * The exact budget amounts of a result: read straight from the evaluator's results, else (a result
 * built elsewhere) from its Decimal fields.
 */
export function budgetOf(r: NodeResult): NodeBudget {
  if (r instanceof NodeRes) return r;
  return {
    paguEnteredRp: r.paguEntered,
    paguChildrenRp: r.paguChildren,
    paguRp: r.pagu,
    realisasiEnteredRp: r.realisasiAnggaranEntered,
    realisasiChildrenRp: r.realisasiAnggaranChildren,
    realisasiRp: r.realisasiAnggaran,
    rencanaRp: r.rencanaAnggaran,
  };
}

const formulaCache = new Map<string, ReturnType<typeof parseFormula>>();
function parsedFormula(src: string): ReturnType<typeof parseFormula> {
  let p = formulaCache.get(src);
  if (!p) {
    if (formulaCache.size > 5000) formulaCache.clear();
    p = parseFormula(src);
    formulaCache.set(src, p);
  }
  return p;
}

/** Value of a formula variable in a period: `YYYY-TWn`, else the latest earlier quarter, else `YYYY`. */
function variableValue(periods: Record<string, string>, p: EvalParams): Dec | null {
  for (let q = p.tw; q >= 1; q--) {
    const v = periods[`${p.year}-TW${q}`];
    if (v !== undefined) return dec(v);
  }
  return dec(periods[String(p.year)]);
}

/** Weight of contributor `k` in `nodeId`'s roll-up: the crosscutting link's bobot, else its own. */
function contributorWeight(nodes: Record<string, KNode>, k: string, nodeId: string): Dec {
  const child = nodes[k];
  const link = child?.parentId === nodeId ? child.bobot : (child?.crosscutting.find((c) => c.parentId === nodeId)?.bobot ?? child?.bobot);
  return dec(link ?? null) ?? ONE;
}

/** Small whole numbers as Decimals, for dividing a sum by a count without parsing it each time. */
const COUNTS: Dec[] = [];
function countOf(n: number): Dec {
  return (COUNTS[n] ??= new D(n));
}

/** {@link mean} of the capaian values, unweighted, without building an array (the common case). */
function plainMean(sum: Dec | null, first: Dec | null, count: number): Dec | null {
  if (count === 0) return null;
  if (count === 1) return first;
  return (sum as Dec).div(countOf(count));
}

/**
 * A node's own capaian: the mean of its indicators' `capaian` (`capaianTw` with `quarter`), those
 * without one left out, as the plus chain `mean` builds, without an array.
 */
function indicatorMean(indicators: readonly IndicatorResult[], quarter: boolean): Dec | null {
  let count = 0;
  let first: Dec | null = null;
  let sum: Dec | null = null;
  for (const r of indicators) {
    const c = quarter ? r.capaianTw : r.capaian;
    if (!c) continue;
    count++;
    if (count === 1) first = c;
    else sum = (sum ?? ZERO.plus(first as Dec)).plus(c);
  }
  return plainMean(sum, first, count);
}

/**
 * A roll-up being collected: contributors counted and left out, and their values. Unweighted, the
 * values are summed as they come (`first`, `sum`: the plus chain {@link mean} builds) instead of
 * being kept in an array; weighted, they are kept for {@link mean}. One instance per evaluation,
 * reset for each parent, so a first evaluation allocates nothing per parent but the id lists.
 */
class Rollup {
  included: string[] = NO_IDS;
  excluded: string[] = NO_IDS;
  count = 0;
  first: Dec | null = null;
  sum: Dec | null = null;
  values: Dec[] | null = null;
  weights: Dec[] | null = null;
  reset(weighted: boolean): void {
    this.included = [];
    this.excluded = NO_IDS;
    this.count = 0;
    this.first = null;
    this.sum = null;
    this.values = weighted ? [] : null;
    this.weights = weighted ? [] : null;
  }
  mean(): Dec | null {
    return this.values ? mean(this.values, this.weights ?? undefined) : plainMean(this.sum, this.first, this.count);
  }
}

/**
 * The latest evaluation and the key of the period and
 * settings it was computed under ({@link Evaluator} `resultKey`). A formula-free indicator's result
 * depends on nothing but the indicator and that key, and documents are immutable (immer keeps the
 * identity of an unchanged indicator), so the next full evaluation (after a structural edit, an
 * undo, the same document again) reuses the results whose Indicator object is unchanged, found
 * through the node's previous result. This replaces a WeakMap keyed by indicator: its 15k
 * insertions, and their young values in every scavenge after, cost a first evaluation more than a
 * tenth; here a first evaluation pays one Map lookup per node. Held strongly, not by a WeakRef:
 * a WeakRef keeps its target alive until the end of the current job anyway, so a synchronous
 * loop over many documents (a batch, a benchmark) would keep every one of them; this keeps one.
 */
let latest: { ev: Evaluation; key: string } | null = null;

/** Shared by every node without indicators; frozen so no caller can fill it. */
const NO_INDICATORS = Object.freeze([]) as unknown as IndicatorResult[];

class Evaluator {
  /** Only needed when formulas can name indicators of other nodes (the document has aliases). */
  private own: Map<string, IndicatorResult[]> | null;
  /** Indicator results by `nodeId/indicatorId`, so formulas can refer within and across nodes. */
  private byIndicator = new Map<string, IndicatorResult>();
  private inProgress = new Set<string>();
  private readonly rollup = new Rollup();
  // Settings parsed once per evaluation, not once per node.
  private readonly limits: Limits;
  private readonly bands: { min: Dec | null; label: string }[];
  private readonly rumusTurun: 'pengurangan' | 'rasio';
  private readonly weighted: boolean;
  private readonly year: string;
  /** Everything besides the indicator itself that a formula-free indicator's result depends on. */
  readonly resultKey: string;
  /** Results of the latest evaluation under the same key, whose indicator results can be reused. */
  private readonly previous: Map<string, NodeResult> | null;
  constructor(doc: KDocument, private readonly ev: Evaluation) {
    const st = doc.project.settings;
    this.year = String(ev.params.year);
    this.resultKey = `${this.year}|${ev.params.tw}|${st.capaianCap ?? ''}|${st.capaianFloor ?? ''}|${st.rumusTurun}`;
    this.previous = latest?.key === this.resultKey ? latest.ev.results : null;
    this.limits = { cap: dec(st.capaianCap), floor: dec(st.capaianFloor), tw: ev.params.tw, year: this.year };
    this.bands = st.predikat.map((b) => ({ min: dec(b.min), label: b.label }));
    this.rumusTurun = st.rumusTurun;
    this.weighted = st.rollupBerbobot;
    this.own = ev.aliases.size > 0 ? new Map() : null;
  }

  private predikat(c: Dec | null): string | null {
    if (c === null) return null;
    for (const b of this.bands) if (b.min === null || compareDec(c, b.min) >= 0) return b.label;
    return null;
  }

  /** Indicator results of a node, computing formulas (and what they refer to) on demand. */
  indicatorsOf(nodeId: string, node: KNode): IndicatorResult[] {
    const inds = node.indicators;
    if (inds.length === 0) return NO_INDICATORS;
    if (!this.own) {
      // No aliases: no formula can name another indicator, so nothing needs the memo.
      const out = new Array<IndicatorResult>(inds.length);
      const before = this.previous?.get(nodeId)?.indicators;
      for (let i = 0; i < inds.length; i++) out[i] = this.indicator(inds[i] as Indicator, before?.[i]);
      return out;
    }
    const done = this.own.get(nodeId);
    if (done) return done;
    // Only an indicator with an alias can be named by a formula, so only those need the memo.
    const before = this.previous?.get(nodeId)?.indicators;
    const out = inds.map((ind, i) => (ind.alias ? this.indicatorOf(nodeId, ind) : this.indicator(ind, before?.[i])));
    this.own.set(nodeId, out);
    return out;
  }

  private indicatorOf(nodeId: string, ind: Indicator): IndicatorResult {
    const key = `${nodeId}/${ind.id}`;
    const done = this.byIndicator.get(key);
    if (done) return done;
    this.inProgress.add(key);
    const r = this.indicator(ind);
    this.inProgress.delete(key);
    this.byIndicator.set(key, r);
    return r;
  }

  /**
   * An indicator's result: the latest evaluation's (`before`, its result at the same position of
   * the node) when that was computed from this very Indicator object without a formula, else new.
   */
  private indicator(ind: Indicator, before?: IndicatorResult): IndicatorResult {
    if (before instanceof IndicatorRes && before.ind === ind && (ind.rumus === '' || ind.rumus.trim() === '')) return before;
    return this.computeIndicator(ind);
  }

  private computeIndicator(ind: Indicator): IndicatorRes {
    const y = this.year;
    const target = parseTarget(ind.target[y]);
    const stated = upToQuarter(ind.realisasiTw[y], this.limits.tw, ind.agregasi);
    let computed: Dec | null = null;
    let computedExact: Dec | null = null;
    let formulaError: FormulaError | null = null;
    let formulaMissing: string[] = NO_NAMES;
    if (ind.rumus !== '' && ind.rumus.trim() !== '') {
      const parsed = parsedFormula(ind.rumus);
      if (!parsed.ok) formulaError = parsed.error;
      else {
        const r = evaluateFormula(parsed.ast, (name) => this.lookup(ind, name));
        if (!r.ok) formulaError = r.error;
        else {
          computedExact = r.value;
          computed = r.value === null ? null : r.value.toDecimalPlaces(ind.desimal, D.ROUND_HALF_UP);
          formulaMissing = r.missing;
        }
      }
    }
    const realisasi = stated ?? computed;
    const rumusTurun = ind.rumusTurun ?? this.rumusTurun;
    const c = capaianWithLimits(realisasi, target, ind.polaritas, rumusTurun, this.limits.cap, this.limits.floor);
    const reason = c.reason === 'no-realisasi' && formulaError ? 'formula-error' : c.reason;
    return new IndicatorRes(ind, target, stated, computed, computedExact, formulaError, formulaMissing, realisasi, c.value, reason, rumusTurun, this.limits);
  }

  /** undefined = unknown name (an error); null = known but without a value in this period. */
  private lookup(ind: Indicator, name: string): Dec | null | undefined {
    const own = ind.variabel[name];
    if (own) return variableValue(own, this.ev.params);
    const ref = this.ev.aliases.get(name);
    if (!ref) return undefined;
    // A formula cycle through aliases yields "no value" rather than endless recursion.
    if (this.inProgress.has(`${ref.nodeId}/${ref.indicatorId}`)) return null;
    const target = this.ev.nodes[ref.nodeId]?.indicators.find((x) => x.id === ref.indicatorId);
    return target ? this.indicatorOf(ref.nodeId, target).realisasi : null;
  }

  /** Adds contributor `k` to `nodeId`'s roll-up: its capaian (and weight), or to the excluded list. */
  private contribute(rollup: Rollup, k: string, nodeId: string): void {
    const c = this.ev.results.get(k)?.capaianEfektif;
    if (c) {
      rollup.included.push(k);
      if (rollup.values) {
        rollup.values.push(c);
        (rollup.weights as Dec[]).push(contributorWeight(this.ev.nodes, k, nodeId));
      } else {
        // The same plus chain as `mean`: 0 + v₁ + v₂ + …, a single value taken as it is.
        rollup.count++;
        if (rollup.count === 1) rollup.first = c;
        else rollup.sum = (rollup.sum ?? ZERO.plus(rollup.first as Dec)).plus(c);
      }
    } else if (rollup.excluded === NO_IDS) rollup.excluded = [k];
    else rollup.excluded.push(k);
  }

  /** Aggregates of a node from its own indicators and its contributors' current results. */
  aggregate(nodeId: string): NodeResult {
    const node = this.ev.nodes[nodeId] as KNode;
    const y = this.year;
    const results = this.ev.results;
    const indicators = this.indicatorsOf(nodeId, node);
    const capaian = indicatorMean(indicators, false);
    const capaianReason: NoCapaianReason | null = capaian ? null : indicators.length === 0 ? 'no-indicator' : indicators.length === 1 ? (indicators[0]?.reason ?? null) : 'no-indicator-capaian';

    const kids = this.ev.index.children.get(nodeId);
    const cross = this.ev.index.crossChildren.get(nodeId);
    let paguChildren: Rupiah | null = null;
    let realChildren: Rupiah | null = null;
    let rencanaChildren: Rupiah | null = null;
    let included = NO_IDS;
    let excluded = NO_IDS;
    let capaianTurunan: Dec | null = null;
    if (kids || cross) {
      if (kids) {
        for (const k of kids) {
          const r = results.get(k);
          if (!r) continue;
          const b = budgetOf(r);
          paguChildren = addRupiah(paguChildren, b.paguRp);
          realChildren = addRupiah(realChildren, b.realisasiRp);
          rencanaChildren = addRupiah(rencanaChildren, b.rencanaRp);
        }
      }
      // Children first, then crosscutting contributors, as the roll-up lists them.
      const rollup = this.rollup;
      rollup.reset(this.weighted);
      if (kids) for (const k of kids) this.contribute(rollup, k, nodeId);
      if (cross) for (const k of cross) this.contribute(rollup, k, nodeId);
      capaianTurunan = rollup.mean();
      included = rollup.included;
      excluded = rollup.excluded;
    }
    const capaianEfektif = capaian ?? capaianTurunan;

    const anggaran = node.anggaran;
    const paguEntered = parseRupiah(anggaran.pagu[y]);
    const realEntered = rupiahUpToQuarter(anggaran.realisasiTw[y], this.limits.tw);
    const rencanaEntered = rupiahUpToQuarter(anggaran.rencanaTw[y], this.limits.tw);
    const predikat = this.predikat(capaianEfektif);
    return new NodeRes(nodeId, indicators, capaian, capaianReason, capaianTurunan, included, excluded, capaianEfektif, predikat, paguEntered, paguChildren, realEntered, realChildren, rencanaEntered ?? rencanaChildren);
  }
}

/** `ids`: the keys of `nodes` in `for…in` order (the first indicator with an alias wins). */
function indexAliases(nodes: Record<string, KNode>, ids: readonly string[]): Pick<Evaluation, 'aliases' | 'dependents'> {
  const aliases = new Map<string, { nodeId: string; indicatorId: string }>();
  const dependents = new Map<string, Set<string>>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const n = nodes[id] as KNode;
    for (const ind of n.indicators) {
      if (ind.alias && !aliases.has(ind.alias)) aliases.set(ind.alias, { nodeId: id, indicatorId: ind.id });
      if (!ind.rumus.trim()) continue;
      const p = parsedFormula(ind.rumus);
      if (!p.ok) continue;
      for (const name of p.names) {
        if (ind.variabel[name]) continue;
        let set = dependents.get(name);
        if (!set) dependents.set(name, (set = new Set()));
        set.add(id);
      }
    }
  }
  return { aliases, dependents };
}

/** Calls `fn` for each parent a node contributes to: its primary parent and crosscutting parents. */
function forEachParent(ev: Evaluation, id: string, fn: (parentId: string) => void): void {
  const n = ev.nodes[id];
  if (!n) return;
  if (n.parentId !== null && ev.nodes[n.parentId]) fn(n.parentId);
  for (const c of n.crosscutting) if (ev.nodes[c.parentId]) fn(c.parentId);
}

/**
 * Aggregates the given nodes contributors-first (Kahn's order over the nodes in `ids`); nodes on a
 * cycle come last, with whatever their contributors have.
 */
function aggregateInOrder(ev: Evaluation, evaluator: Evaluator, ids: Set<string>): void {
  const pending = new Map<string, number>();
  for (const id of ids) pending.set(id, 0);
  for (const id of ids)
    forEachParent(ev, id, (p) => {
      const n = pending.get(p);
      if (n !== undefined) pending.set(p, n + 1);
    });
  const queue: string[] = [];
  for (const [id, n] of pending) if (n === 0) queue.push(id);
  let done = 0;
  const release = (p: string): void => {
    const left = pending.get(p);
    if (left === undefined) return;
    pending.set(p, left - 1);
    if (left === 1) queue.push(p);
  };
  while (queue.length) {
    const id = queue.pop() as string;
    pending.delete(id);
    done++;
    ev.results.set(id, evaluator.aggregate(id));
    forEachParent(ev, id, release);
  }
  if (done < ids.size) for (const id of pending.keys()) ev.results.set(id, evaluator.aggregate(id));
}

/** A node's capaian against the quarter targets up to the evaluated triwulan. */
export interface QuarterCapaian {
  /** Mean of its indicators' `capaianTw`; null when none has one. */
  own: Dec | null;
  /**
   * Mean (weighted as the roll-up is) of its contributors' quarter capaian: their own, else, for a
   * contributor without any own capaian, its roll-up.
   */
  rollup: Dec | null;
}

/**
 * Own capaian and roll-up of a node on the quarter basis: the same means as the evaluation's
 * `capaian` and `capaianTurunan`, over `capaianTw` (realisation against the quarter targets up to
 * the triwulan) instead of `capaian` (against the annual target). Mid-year, a *kumulatif* indicator
 * stands near 50% of its annual target while a *nilai akhir* one stands near 100%, so the annual
 * basis sets nodes and children measured in different kinds apart; against the quarter targets
 * both are on track at 100%. Computed when asked, for the nodes asked and what they roll up,
 * each node once; a node met again on a crosscutting loop counts as without a value.
 */
export function quarterCapaian(ev: Evaluation): (id: string) => QuarterCapaian {
  const weighted = ev.project.settings.rollupBerbobot;
  const rollups = new Map<string, Dec | null>();
  const ownOf = (id: string): Dec | null => indicatorMean(ev.results.get(id)?.indicators ?? NO_INDICATORS, true);
  const rollupOf = (id: string): Dec | null => {
    let v = rollups.get(id);
    if (v !== undefined) return v;
    // On a loop the node is met again before its value is known: it counts as without one.
    rollups.set(id, null);
    const values: Dec[] = [];
    const weights: Dec[] = [];
    const add = (k: string): void => {
      // Own, else the roll-up for a node that rolls up on the annual basis too (no own capaian);
      // a node with an own capaian but no quarter targets has no value here, and is left out.
      const c = ownOf(k) ?? (ev.results.get(k)?.capaian ? null : rollupOf(k));
      if (!c) return;
      values.push(c);
      if (weighted) weights.push(contributorWeight(ev.nodes, k, id));
    };
    for (const k of ev.index.children.get(id) ?? NO_IDS) add(k);
    for (const k of ev.index.crossChildren.get(id) ?? NO_IDS) add(k);
    rollups.set(id, (v = mean(values, weighted ? weights : undefined)));
    return v;
  };
  return (id) => ({ own: ownOf(id), rollup: rollupOf(id) });
}

/**
 * The children lists of `nodes` from the evaluation's tree index, when the evaluation is of those
 * very nodes (so that an edit or a count need not pass over every node); else undefined.
 */
export function childrenListsOf(ev: Evaluation, nodes: Record<string, KNode>): TreeIndex['children'] | undefined {
  return ev.nodes === nodes ? ev.index.children : undefined;
}

/** Evaluates a whole document at a year and triwulan. */
export function evaluate(doc: KDocument, params: EvalParams): Evaluation {
  const index = buildTreeIndex(doc.nodes);
  // The node ids, listed once for the whole evaluation (and the checker) instead of once per use.
  const ids = indexedIds(index) ?? Object.keys(doc.nodes);
  const ev: Evaluation = { params, nodes: doc.nodes, project: doc.project, index, results: new Map(), ...indexAliases(doc.nodes, ids), version: 1 };
  const evaluator = new Evaluator(doc, ev);
  latest = null;
  if (ev.index.crossChildren.size > 0) {
    aggregateInOrder(ev, evaluator, new Set(ids));
    latest = { ev, key: evaluator.resultKey };
    return ev;
  }
  // Without crosscutting links the primary tree is the whole dependency order: children first.
  const order = preOrder(ev.index);
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    ev.results.set(id, evaluator.aggregate(id));
  }
  if (order.length < ids.length) {
    const left = new Set<string>();
    for (const id in doc.nodes) if (!ev.results.has(id)) left.add(id);
    aggregateInOrder(ev, evaluator, left);
  }
  latest = { ev, key: evaluator.resultKey };
  return ev;
}

/** No formula can name the node's indicators, nor does any of them have a formula. */
function formulaFree(node: KNode): boolean {
  for (const ind of node.indicators) if (ind.alias || ind.rumus.trim()) return false;
  return true;
}

/** Whether following parents up from `from` in `nodes` reaches `id` (or a loop) instead of a root. */
function reachesUp(nodes: Record<string, KNode>, from: string, id: string): boolean {
  const seen = new Set<string>();
  for (let p: string | null = from; p !== null && p !== ''; p = nodes[p]?.parentId ?? null) {
    if (p === id || seen.has(p)) return true;
    seen.add(p);
  }
  return false;
}

/** A change that {@link reevaluate} can follow without evaluating everything. */
interface TreeChange {
  /** The tree index after it (the current one when the tree is unchanged). */
  index: TreeIndex;
  /** Nodes gone: their results are dropped. */
  removed: string[];
  /** Parents left by removed or moved nodes: aggregated again with their ancestors. */
  left: string[];
}

/**
 * When the change of `ids` leaves the tree as it is (values edited), or only adds nodes (new
 * leaves or branches, without crosscutting links, aliases or formulas), removes whole branches
 * (that nothing links into and no formula names), moves nodes to another parent (levels and links
 * unchanged, no loop made) or puts siblings in another order, and none of it concerns a root: the
 * tree index after it, built from the current one, and what else needs aggregating. Else null:
 * evaluate everything.
 */
function treeChangeOf(ev: Evaluation, doc: KDocument, ids: readonly string[]): TreeChange | null {
  const added: string[] = [];
  const removed: { id: string; from: string }[] = [];
  const moved: { id: string; from: string }[] = [];
  const reordered = new Set<string>();
  const hasParent = (n: KNode, nodes: Record<string, KNode>): boolean => n.parentId !== null && n.parentId !== '' && n.parentId !== n.id && !!nodes[n.parentId];
  for (const id of ids) {
    const before = ev.nodes[id];
    const after = doc.nodes[id];
    if (!before && !after) continue;
    if (!before) {
      if (!after || !hasParent(after, doc.nodes) || after.crosscutting.length > 0 || !formulaFree(after)) return null;
      added.push(id);
      continue;
    }
    if (!after) {
      if (!hasParent(before, ev.nodes) || before.crosscutting.length > 0 || ev.index.crossChildren.has(id) || !formulaFree(before)) return null;
      removed.push({ id, from: before.parentId as string });
      continue;
    }
    if (!hasParent(before, ev.nodes) || !hasParent(after, doc.nodes)) {
      // A root or an orphan: only a change that leaves the tree as it is.
      if (structureChanged(before, after)) return null;
      continue;
    }
    if (before.parentId !== after.parentId) {
      if (reachesUp(doc.nodes, after.parentId as string, id)) return null;
      moved.push({ id, from: before.parentId as string });
    } else if (before.order !== after.order) reordered.add(after.parentId as string);
    if (structureChanged(before, after, true)) return null;
  }
  if (added.length + removed.length + moved.length + reordered.size === 0) return { index: ev.index, removed: [], left: [] };
  // Whole branches only: every child of a removed node is removed too.
  const gone = new Set(removed.map((r) => r.id));
  for (const r of removed) for (const c of ev.index.children.get(r.id) ?? []) if (!gone.has(c)) return null;
  // A new node hangs under a node that was there, or under another new one.
  const isNew = new Set(added);
  for (const id of added) {
    const p = (doc.nodes[id] as KNode).parentId as string;
    if (!ev.nodes[p] && !isNew.has(p)) return null;
  }
  const index = indexAfterChange(ev.index, doc.nodes, { added, removed, moved, reordered });
  const left = [...removed, ...moved].map((c) => c.from).filter((p) => !!doc.nodes[p]);
  return { index, removed: [...gone], left };
}

/**
 * Whether a node's edit (`before` → `after`) changes the tree or what formulas refer to. With
 * `withinParent`, its `order` and its parent (checked by the caller) may change.
 */
function structureChanged(before: KNode, after: KNode, withinParent = false): boolean {
  if (before.level !== after.level || (!withinParent && (before.parentId !== after.parentId || before.order !== after.order))) return true;
  if (before.crosscutting !== after.crosscutting) {
    if (before.crosscutting.length !== after.crosscutting.length) return true;
    if (before.crosscutting.some((c, i) => c.parentId !== after.crosscutting[i]?.parentId)) return true;
  }
  if (before.indicators.length !== after.indicators.length) return true;
  for (let i = 0; i < after.indicators.length; i++) {
    const a = before.indicators[i] as Indicator;
    const b = after.indicators[i] as Indicator;
    if (a.alias !== b.alias || a.rumus !== b.rumus || a.id !== b.id) return true;
  }
  return false;
}

/**
 * Brings an evaluation up to date after the nodes in `changed` were edited, recomputing only those
 * nodes, the nodes whose formulas use their indicators, the parents that removed or moved nodes
 * left, and the ancestors of all of them. Added, removed and moved branches and reordered siblings
 * update the tree index (see `treeChangeOf`); any other change of structure (roots, crosscutting
 * links, indicator aliases or formulas, levels) or of the project settings re-evaluates
 * everything. Mutates and returns `ev`; result objects of untouched nodes keep their identity.
 */
export function reevaluate(ev: Evaluation, doc: KDocument, changed: Iterable<string>): Evaluation {
  const all = [...changed];
  const tree = ev.project === doc.project ? treeChangeOf(ev, doc, all) : null;
  if (!tree) {
    const fresh = evaluate(doc, ev.params);
    Object.assign(ev, fresh, { version: ev.version + 1 });
    // `fresh` is dropped: the evaluation that lives on is `ev`.
    if (latest) latest = { ev, key: latest.key };
    return ev;
  }
  // The index follows the tree; the changed nodes that remain, and the parents that removed or
  // moved nodes left, are aggregated again.
  ev.index = tree.index;
  for (const id of tree.removed) ev.results.delete(id);
  const ids = all.filter((id) => !!doc.nodes[id]).concat(tree.left);
  ev.nodes = doc.nodes;
  const affected = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop() as string;
    if (affected.has(id)) continue;
    affected.add(id);
    for (const ind of doc.nodes[id]?.indicators ?? []) {
      if (ind.alias) for (const d of ev.dependents.get(ind.alias) ?? []) stack.push(d);
    }
  }
  const withAncestors = new Set<string>();
  const up = [...affected];
  while (up.length) {
    const id = up.pop() as string;
    if (withAncestors.has(id)) continue;
    withAncestors.add(id);
    forEachParent(ev, id, (p) => up.push(p));
  }
  aggregateInOrder(ev, new Evaluator(doc, ev), withAncestors);
  ev.version += 1;
  return ev;
}
