import { capaianWithLimits, mean, parseTarget, targetUpToQuarter, upToQuarter } from './capaian';
import type { NoCapaianReason, Target } from './capaian';
import { evaluateFormula, parseFormula } from './formula';
import type { FormulaError } from './formula';
import type { Indicator, KDocument, KNode } from './model';
import { D, dec } from './numbers';
import type { Dec } from './numbers';
import { buildTreeIndex, depthFirstOrder } from './tree';
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

const HUNDRED = new D(100);
const ONE = new D(1);

/**
 * An indicator's result. The comparison with the quarter targets is computed when first read: the
 * canvas and the checker never need it, and it was a sixth of a full evaluation.
 */
class IndicatorRes implements IndicatorResult {
  private tw: Dec | null | undefined;
  constructor(
    readonly id: string,
    readonly target: Target | null,
    readonly targetTw: Target | null,
    readonly stated: Dec | null,
    readonly computed: Dec | null,
    readonly computedExact: Dec | null,
    readonly formulaError: FormulaError | null,
    readonly formulaMissing: string[],
    readonly realisasi: Dec | null,
    readonly capaian: Dec | null,
    readonly reason: NoCapaianReason | null,
    private readonly limits: { polaritas: Indicator['polaritas']; rumusTurun: 'pengurangan' | 'rasio'; cap: Dec | null; floor: Dec | null },
  ) {}

  get capaianTw(): Dec | null {
    if (this.tw === undefined) {
      const l = this.limits;
      this.tw = this.targetTw ? capaianWithLimits(this.realisasi, this.targetTw, l.polaritas, l.rumusTurun, l.cap, l.floor).value : null;
    }
    return this.tw;
  }
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

function sumOrNull(a: Dec | null, b: Dec | null): Dec | null {
  return a === null ? b : b === null ? a : a.plus(b);
}

function ratio(num: Dec | null, den: Dec | null): Dec | null {
  return num === null || den === null || den.isZero() ? null : num.div(den).times(HUNDRED);
}

/** Value of a formula variable in a period: `YYYY-TWn`, else the latest earlier quarter, else `YYYY`. */
function variableValue(periods: Record<string, string>, p: EvalParams): Dec | null {
  for (let q = p.tw; q >= 1; q--) {
    const v = periods[`${p.year}-TW${q}`];
    if (v !== undefined) return dec(v);
  }
  return dec(periods[String(p.year)]);
}

class Evaluator {
  private own = new Map<string, IndicatorResult[]>();
  /** Indicator results by `nodeId/indicatorId`, so formulas can refer within and across nodes. */
  private byIndicator = new Map<string, IndicatorResult>();
  private inProgress = new Set<string>();
  // Settings parsed once per evaluation, not once per node.
  private readonly cap: Dec | null;
  private readonly floor: Dec | null;
  private readonly bands: { min: Dec | null; label: string }[];
  constructor(private readonly doc: KDocument, private readonly ev: Evaluation) {
    const st = doc.project.settings;
    this.cap = dec(st.capaianCap);
    this.floor = dec(st.capaianFloor);
    this.bands = st.predikat.map((b) => ({ min: dec(b.min), label: b.label }));
  }

  private predikat(c: Dec | null): string | null {
    if (c === null) return null;
    for (const b of this.bands) if (b.min === null || c.gte(b.min)) return b.label;
    return null;
  }

  /** Indicator results of a node, computing formulas (and what they refer to) on demand. */
  indicatorsOf(nodeId: string): IndicatorResult[] {
    const done = this.own.get(nodeId);
    if (done) return done;
    const node = this.ev.nodes[nodeId];
    if (!node) return [];
    // Only an indicator with an alias can be named by a formula, so only those need the memo.
    const out = node.indicators.map((ind) => (ind.alias ? this.indicatorOf(nodeId, ind) : this.indicator(ind)));
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

  private indicator(ind: Indicator): IndicatorResult {
    const { year, tw } = this.ev.params;
    const y = String(year);
    const settings = this.doc.project.settings;
    const target = parseTarget(ind.target[y]);
    const targetTw = targetUpToQuarter(ind.targetTw[y], tw, ind.agregasi);
    const stated = upToQuarter(ind.realisasiTw[y], tw, ind.agregasi);
    let computed: Dec | null = null;
    let computedExact: Dec | null = null;
    let formulaError: FormulaError | null = null;
    let formulaMissing: string[] = [];
    if (ind.rumus.trim() !== '') {
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
    const rumusTurun = ind.rumusTurun ?? settings.rumusTurun;
    const c = capaianWithLimits(realisasi, target, ind.polaritas, rumusTurun, this.cap, this.floor);
    const reason = c.reason === 'no-realisasi' && formulaError ? 'formula-error' : c.reason;
    return new IndicatorRes(ind.id, target, targetTw, stated, computed, computedExact, formulaError, formulaMissing, realisasi, c.value, reason, { polaritas: ind.polaritas, rumusTurun, cap: this.cap, floor: this.floor });
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

  /** Aggregates of a node from its own indicators and its contributors' current results. */
  aggregate(nodeId: string): NodeResult {
    const node = this.ev.nodes[nodeId] as KNode;
    const { year, tw } = this.ev.params;
    const y = String(year);
    const settings = this.doc.project.settings;
    const indicators = this.indicatorsOf(nodeId);
    const caps = indicators.flatMap((r) => (r.capaian ? [r.capaian] : []));
    const capaian = mean(caps);
    const capaianReason: NoCapaianReason | null = capaian ? null : indicators.length === 0 ? 'no-indicator' : indicators.length === 1 ? (indicators[0]?.reason ?? null) : 'no-indicator-capaian';

    const kids = this.ev.index.children.get(nodeId) ?? [];
    const cross = this.ev.index.crossChildren.get(nodeId) ?? [];
    const weighted = settings.rollupBerbobot;
    const included: string[] = [];
    const excluded: string[] = [];
    const values: Dec[] = [];
    const weights: Dec[] = [];
    let paguChildren: Dec | null = null;
    let realChildren: Dec | null = null;
    let rencanaChildren: Dec | null = null;
    for (const k of kids) {
      const r = this.ev.results.get(k);
      if (!r) continue;
      paguChildren = sumOrNull(paguChildren, r.pagu);
      realChildren = sumOrNull(realChildren, r.realisasiAnggaran);
      rencanaChildren = sumOrNull(rencanaChildren, r.rencanaAnggaran);
    }
    for (const k of kids.length && cross.length ? [...kids, ...cross] : cross.length ? cross : kids) {
      const r = this.ev.results.get(k);
      if (r?.capaianEfektif) {
        included.push(k);
        values.push(r.capaianEfektif);
        if (weighted) {
          const child = this.ev.nodes[k];
          const link = child?.parentId === nodeId ? child.bobot : (child?.crosscutting.find((c) => c.parentId === nodeId)?.bobot ?? child?.bobot);
          weights.push(dec(link ?? null) ?? ONE);
        }
      } else excluded.push(k);
    }
    const capaianTurunan = mean(values, weighted ? weights : undefined);
    const capaianEfektif = capaian ?? capaianTurunan;

    const paguEntered = dec(node.anggaran.pagu[y]);
    const realEntered = upToQuarter(node.anggaran.realisasiTw[y], tw, 'kumulatif');
    const rencanaEntered = upToQuarter(node.anggaran.rencanaTw[y], tw, 'kumulatif');
    const pagu = paguEntered ?? paguChildren;
    const realisasiAnggaran = realEntered ?? realChildren;
    const rencanaAnggaran = rencanaEntered ?? rencanaChildren;
    const capaianAnggaran = ratio(realisasiAnggaran, pagu);
    return {
      id: nodeId,
      indicators,
      capaian,
      capaianReason,
      capaianTurunan,
      rollupIncluded: included,
      rollupExcluded: excluded,
      capaianEfektif,
      predikat: this.predikat(capaianEfektif),
      paguEntered,
      paguChildren,
      pagu,
      realisasiAnggaranEntered: realEntered,
      realisasiAnggaranChildren: realChildren,
      realisasiAnggaran,
      rencanaAnggaran,
      capaianAnggaran,
      // Read rarely (inspector, reports): computed on access.
      get capaianRencana() {
        return ratio(this.realisasiAnggaran, this.rencanaAnggaran);
      },
      efisiensi: capaianEfektif && capaianAnggaran ? capaianEfektif.minus(capaianAnggaran) : null,
    };
  }
}

function indexAliases(nodes: Record<string, KNode>): Pick<Evaluation, 'aliases' | 'dependents'> {
  const aliases = new Map<string, { nodeId: string; indicatorId: string }>();
  const dependents = new Map<string, Set<string>>();
  for (const id in nodes) {
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

/** Evaluates a whole document at a year and triwulan. */
export function evaluate(doc: KDocument, params: EvalParams): Evaluation {
  const ev: Evaluation = { params, nodes: doc.nodes, project: doc.project, index: buildTreeIndex(doc.nodes), results: new Map(), ...indexAliases(doc.nodes), version: 1 };
  const evaluator = new Evaluator(doc, ev);
  if (ev.index.crossChildren.size > 0) {
    aggregateInOrder(ev, evaluator, new Set(Object.keys(doc.nodes)));
    return ev;
  }
  // Without crosscutting links the primary tree is the whole dependency order: children first.
  const order = depthFirstOrder(ev.index);
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    ev.results.set(id, evaluator.aggregate(id));
  }
  if (order.length < Object.keys(doc.nodes).length) {
    const left = new Set<string>();
    for (const id in doc.nodes) if (!ev.results.has(id)) left.add(id);
    aggregateInOrder(ev, evaluator, left);
  }
  return ev;
}

function structureChanged(ev: Evaluation, doc: KDocument, ids: Iterable<string>): boolean {
  for (const id of ids) {
    const before = ev.nodes[id];
    const after = doc.nodes[id];
    if (!before || !after) return true;
    if (before.parentId !== after.parentId || before.order !== after.order || before.level !== after.level) return true;
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
  }
  return false;
}

/**
 * Brings an evaluation up to date after the nodes in `changed` were edited, recomputing only those
 * nodes, the nodes whose formulas use their indicators, and the ancestors of all of them. A change
 * of structure (parents, order, crosscutting links, indicator aliases or formulas, added or removed
 * nodes) or of the project settings re-evaluates everything. Mutates and returns `ev`; result
 * objects of untouched nodes keep their identity.
 */
export function reevaluate(ev: Evaluation, doc: KDocument, changed: Iterable<string>): Evaluation {
  const ids = [...changed];
  if (ev.project !== doc.project || structureChanged(ev, doc, ids)) {
    const fresh = evaluate(doc, ev.params);
    Object.assign(ev, fresh, { version: ev.version + 1 });
    return ev;
  }
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
