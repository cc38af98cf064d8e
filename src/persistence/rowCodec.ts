import { indicatorSchema, nodeSchema } from '../domain/model';
import type { Indicator, KNode } from '../domain/model';

/**
 * How a node is kept in its IndexedDB row: without the fields that equal the schema's defaults.
 * Most fields of most nodes are empty (`''`, `null`, `{}`, `[]`); leaving them out cuts a 20,000-node
 * project's rows from ≈ 15 to ≈ 11.5 MB, and the objects the browser must rebuild when reading
 * them, which is what opening a large project waits for. The defaults come from the schema itself
 * (`nodeSchema`, `indicatorSchema`), so a field added there with a default is filled in on read
 * without any change here.
 */
export type StoredNode = Partial<KNode> & Pick<KNode, 'id' | 'level'>;

type Json = unknown;

/** Deep equality of plain JSON-like values (the defaults are tiny: empty strings and containers). */
function same(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!same((a as Record<string, Json>)[k], (b as Record<string, Json>)[k])) return false;
  return true;
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/**
 * The schema's default of every field that has one (required fields get placeholders and are left
 * out). Deep-frozen, and shared by every node read: documents are immutable (every edit goes
 * through immer, which copies what it changes), so an empty `[]` or `{}` need not be copied 20,000
 * times.
 */
function defaultsOf<T extends object>(parsed: T, required: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  for (const k of required) delete out[k];
  return deepFreeze(out) as Partial<T>;
}

const NODE_DEFAULTS = defaultsOf(nodeSchema.parse({ id: '_', level: 0 }), ['id', 'level']);
const INDICATOR_DEFAULTS = defaultsOf(indicatorSchema.parse({ id: '_', nama: '_' }), ['id', 'nama']);

function strip<T extends object>(value: T, defaults: Partial<T>): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = value[k];
    if (k in defaults && same(v, defaults[k as keyof T])) continue;
    out[k] = v;
  }
  return out as Partial<T>;
}

/**
 * A template of the value: the required fields (undefined, so that a row without one still fails
 * the schema check) and then every defaulted field, in the schema's order. {@link fill} copies it
 * and writes over it what the row holds.
 */
function templateOf<T extends object>(required: readonly string[], defaults: Partial<T>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of required) out[k] = undefined;
  for (const k of Object.keys(defaults)) out[k] = (defaults as Record<string, unknown>)[k];
  return out;
}

/**
 * The value with its defaults back: a copy of the template (every node then gets the same object
 * shape, and copying a template is one step for the engine) with the row's own fields written
 * over it. Fields the schema does not know (it keeps them) follow, as they did. The row's fields
 * are visited once; looking each schema field up in rows of many different shapes was the larger
 * part of opening a project's rows.
 */
function fill<T extends object>(template: Record<string, unknown>, stored: Partial<T>): T {
  const out = { ...template };
  const src = stored as Record<string, unknown>;
  // (`__proto__` as a stored field name would set the copy's prototype: left out.)
  for (const k in src) if (k !== '__proto__') out[k] = src[k];
  return out as T;
}

const NODE_TEMPLATE = templateOf(['id', 'level'], NODE_DEFAULTS);
const INDICATOR_TEMPLATE = templateOf(['id', 'nama'], INDICATOR_DEFAULTS);

/** The row form of a node. */
export function packNode(node: KNode): StoredNode {
  const out = strip(node, NODE_DEFAULTS) as StoredNode;
  if (Array.isArray(out.indicators)) out.indicators = node.indicators.map((i) => strip(i, INDICATOR_DEFAULTS) as Indicator);
  return out;
}

/** The node a row holds, with every defaulted field back. Rows stored whole read as they are. */
export function unpackNode(stored: StoredNode): KNode {
  const node = fill<KNode>(NODE_TEMPLATE, stored);
  // (A row that is not an array here is damaged: left as it is for the schema check to name.)
  if (Array.isArray(stored.indicators)) node.indicators = stored.indicators.map((i) => fill<Indicator>(INDICATOR_TEMPLATE, i));
  return node;
}

/**
 * How many rows a project's nodes are spread over (row format 3). IndexedDB pays a fixed cost per
 * record read: 20,000 one-node rows take about twice as long to read as the same nodes in 64 rows
 * (measured in Chromium: ≈ 500 against ≈ 215 ms). An edit rewrites the one row of its node, which
 * holds 1/64 of the project. Changing this number changes which row a node is in: it needs a new
 * row format.
 */
export const BUCKETS = 64;

/** The row (0 … BUCKETS − 1) a node id is kept in: FNV-1a of the id's UTF-16 code units. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}
