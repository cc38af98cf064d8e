import type { Indicator, KDocument, KNode } from './model';

/** Which field of a node changed; indicator and budget fields carry their year and triwulan. */
export type DiffField =
  | 'kode'
  | 'nama'
  | 'sasaran'
  | 'fenomena'
  | 'penanggungJawab'
  | 'keterangan'
  | 'bobot'
  | 'level'
  | 'crosscutting'
  | 'custom'
  | 'indikator'
  | 'indikator.nama'
  | 'indikator.satuan'
  | 'indikator.alias'
  | 'indikator.polaritas'
  | 'indikator.agregasi'
  | 'indikator.rumus'
  | 'indikator.definisi'
  | 'indikator.sumberData'
  | 'indikator.rumusTurun'
  | 'indikator.kondisiAwal'
  | 'indikator.desimal'
  | 'indikator.variabel'
  | 'target'
  | 'targetTw'
  | 'realisasiTw'
  | 'pagu'
  | 'rencanaAnggaranTw'
  | 'realisasiAnggaranTw';

/** One field, old → new; null means "no value" (or the thing did not exist on that side). */
export interface FieldChange {
  field: DiffField;
  /** The indicator the change belongs to (by its name on the newer side, else the older). */
  indicator?: { id: string; nama: string };
  year?: string;
  /** Triwulan 1–4 for quarter fields. */
  tw?: number;
  /** Custom column or formula variable name. */
  key?: string;
  old: string | null;
  new: string | null;
  /** Whether the values are decimal strings (shown Indonesian style), targets included. */
  numeric: boolean;
}

export interface NodeDiff {
  id: string;
  kode: string;
  sasaran: string;
  level: number;
  /** Set when the parent changed (moved nodes only). */
  move?: { from: string | null; to: string | null };
  changes: FieldChange[];
}

/** Differences between two documents, from `a` (older) to `b` (newer). */
export interface DocumentDiff {
  added: NodeDiff[];
  removed: NodeDiff[];
  /** Nodes whose parent changed (they may also be in `changed`). */
  moved: NodeDiff[];
  /** Nodes with field-level changes (sibling order alone is not a change). */
  changed: NodeDiff[];
  /** Project-level fields (nama, instansi, periode, tahun…). */
  project: { field: string; old: string | null; new: string | null }[];
}

type Flat = Map<string, FieldChange>;

const TEXT_FIELDS = ['kode', 'nama', 'sasaran', 'fenomena', 'penanggungJawab', 'keterangan'] as const;
const IND_TEXT = ['nama', 'satuan', 'alias', 'polaritas', 'agregasi', 'rumus', 'definisi', 'sumberData', 'rumusTurun'] as const;

function put(m: Flat, key: string, c: Omit<FieldChange, 'old' | 'new'>, value: string | null): void {
  if (value === null || value === '') return;
  m.set(key, { ...c, old: null, new: value });
}

function quarters(m: Flat, key: string, base: Omit<FieldChange, 'old' | 'new' | 'year' | 'tw'>, rec: Record<string, (string | null)[]>): void {
  for (const [year, arr] of Object.entries(rec)) arr.forEach((v, q) => put(m, `${key}.${year}.${q}`, { ...base, year, tw: q + 1 }, v));
}

function flattenIndicator(m: Flat, ind: Indicator): void {
  const at = `i:${ind.id}`;
  const indicator = { id: ind.id, nama: ind.nama };
  m.set(at, { field: 'indikator', indicator, old: null, new: ind.nama || ind.id, numeric: false });
  for (const f of IND_TEXT) put(m, `${at}.${f}`, { field: `indikator.${f}`, indicator, numeric: false }, ind[f] ?? null);
  put(m, `${at}.kondisiAwal`, { field: 'indikator.kondisiAwal', indicator, numeric: true }, ind.kondisiAwal);
  put(m, `${at}.desimal`, { field: 'indikator.desimal', indicator, numeric: true }, String(ind.desimal));
  for (const [name, byPeriod] of Object.entries(ind.variabel)) {
    for (const [period, v] of Object.entries(byPeriod)) put(m, `${at}.var.${name}.${period}`, { field: 'indikator.variabel', indicator, key: name, year: period, numeric: true }, v);
  }
  for (const [year, v] of Object.entries(ind.target)) put(m, `${at}.target.${year}`, { field: 'target', indicator, year, numeric: true }, v);
  quarters(m, `${at}.targetTw`, { field: 'targetTw', indicator, numeric: true }, ind.targetTw);
  quarters(m, `${at}.realisasiTw`, { field: 'realisasiTw', indicator, numeric: true }, ind.realisasiTw);
}

/** Every comparable value of a node under a stable key. */
function flatten(n: KNode): Flat {
  const m: Flat = new Map();
  for (const f of TEXT_FIELDS) put(m, f, { field: f, numeric: false }, n[f]);
  put(m, 'bobot', { field: 'bobot', numeric: true }, n.bobot);
  put(m, 'level', { field: 'level', numeric: true }, String(n.level));
  const cc = n.crosscutting.map((c) => (c.bobot ? `${c.parentId}×${c.bobot}` : c.parentId)).join(', ');
  put(m, 'crosscutting', { field: 'crosscutting', numeric: false }, cc);
  for (const [k, v] of Object.entries(n.custom)) put(m, `custom.${k}`, { field: 'custom', key: k, numeric: false }, v);
  for (const ind of n.indicators) flattenIndicator(m, ind);
  for (const [year, v] of Object.entries(n.anggaran.pagu)) put(m, `pagu.${year}`, { field: 'pagu', year, numeric: true }, v);
  quarters(m, 'rencana', { field: 'rencanaAnggaranTw', numeric: true }, n.anggaran.rencanaTw);
  quarters(m, 'realisasiAnggaran', { field: 'realisasiAnggaranTw', numeric: true }, n.anggaran.realisasiTw);
  return m;
}

/** Field-level changes from node `a` to node `b` (same id), in a stable order. */
export function diffNodes(a: KNode, b: KNode): FieldChange[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const out: FieldChange[] = [];
  for (const [key, cb] of fb) {
    const ca = fa.get(key);
    if (!ca) out.push(cb);
    // An indicator present on both sides is compared field by field, not by its presence line.
    else if (ca.new !== cb.new && cb.field !== 'indikator') out.push({ ...cb, old: ca.new, new: cb.new });
  }
  for (const [key, ca] of fa) if (!fb.has(key)) out.push({ ...ca, old: ca.new, new: null });
  return out;
}

const summary = (n: KNode, changes: FieldChange[] = []): NodeDiff => ({ id: n.id, kode: n.kode, sasaran: n.sasaran || n.nama, level: n.level, changes });

const PROJECT_FIELDS = ['nama', 'instansi', 'periodeAwal', 'periodeAkhir', 'tahun', 'triwulan'] as const;

/**
 * What changed from document `a` (older) to `b` (newer), node by node (matched by id): added,
 * removed, moved (parent changed) and changed nodes with every field old → new (texts, targets
 * per year and triwulan, realisasi, pagu and budget quarters, indicators added or removed).
 * Sibling order alone is not reported. Pure; documents are not modified.
 */
export function diffDocuments(a: KDocument, b: KDocument): DocumentDiff {
  const out: DocumentDiff = { added: [], removed: [], moved: [], changed: [], project: [] };
  for (const id in b.nodes) {
    const nb = b.nodes[id] as KNode;
    const na = a.nodes[id];
    if (!na) {
      out.added.push(summary(nb));
      continue;
    }
    if (na === nb) continue;
    const changes = diffNodes(na, nb);
    if (na.parentId !== nb.parentId) out.moved.push({ ...summary(nb, changes), move: { from: na.parentId, to: nb.parentId } });
    if (changes.length > 0) out.changed.push(summary(nb, changes));
  }
  for (const id in a.nodes) if (!b.nodes[id]) out.removed.push(summary(a.nodes[id] as KNode));
  for (const f of PROJECT_FIELDS) {
    const oa = a.project[f];
    const ob = b.project[f];
    if (oa !== ob) out.project.push({ field: f, old: String(oa), new: String(ob) });
  }
  const byKode = (x: NodeDiff, y: NodeDiff): number => x.level - y.level || (x.kode < y.kode ? -1 : x.kode > y.kode ? 1 : x.id < y.id ? -1 : 1);
  out.added.sort(byKode);
  out.removed.sort(byKode);
  out.moved.sort(byKode);
  out.changed.sort(byKode);
  return out;
}

/** How each node is marked on the canvas: moved wins over changed. */
export function diffMarks(d: DocumentDiff): Map<string, 'added' | 'changed' | 'moved' | 'removed'> {
  const m = new Map<string, 'added' | 'changed' | 'moved' | 'removed'>();
  for (const n of d.removed) m.set(n.id, 'removed');
  for (const n of d.changed) m.set(n.id, 'changed');
  for (const n of d.moved) m.set(n.id, 'moved');
  for (const n of d.added) m.set(n.id, 'added');
  return m;
}

/** Whether the two documents hold the same nodes and project fields. */
export function isEmptyDiff(d: DocumentDiff): boolean {
  return d.added.length + d.removed.length + d.moved.length + d.changed.length + d.project.length === 0;
}
