import type { Msg } from '../domain/edit';
import { nextOrder } from '../domain/edit';
import { levelOf, newId } from '../domain/model';
import type { Indicator, KDocument, KNode, Level } from '../domain/model';

export type MergeResult =
  | { ok: true; document: KDocument; rootIds: string[]; added: number; shift: number; warnings: Msg[] }
  | { ok: false; reason: Msg };

export type IdMaker = (prefix: string) => string;

/** Nodes with no parent, or whose parent is not in the same document, in sibling order. */
export function rootsOf(nodes: Record<string, KNode>): KNode[] {
  return Object.values(nodes)
    .filter((n) => n.parentId === null || n.parentId === '' || !nodes[n.parentId])
    .sort((a, b) => a.order - b.order || (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
}

/**
 * How far the incoming tree's levels must move so its roots sit one level below `parent`; a
 * refusal (with the reason) when its roots differ in level or any node would leave 0–5.
 */
export function planLevelShift(parent: KNode, incoming: Record<string, KNode>): { ok: true; shift: number } | { ok: false; reason: Msg } {
  if (parent.level >= 5) {
    return { ok: false, reason: { id: 'Node Level 5 (aktivitas) tidak bisa diberi anak.', en: 'A Level 5 (activity) node cannot have children.' } };
  }
  const roots = rootsOf(incoming);
  if (roots.length === 0) return { ok: false, reason: { id: 'Berkas tidak berisi node.', en: 'The file holds no nodes.' } };
  const rootLevels = [...new Set(roots.map((r) => r.level))].sort();
  if (rootLevels.length > 1) {
    const ls = rootLevels.map((l) => `Level ${l}`).join(', ');
    return { ok: false, reason: { id: `Akar berkas berada di level yang berbeda (${ls}); hanya satu level akar yang bisa digabung.`, en: `The file's roots are at different levels (${ls}); only one root level can be merged.` } };
  }
  const shift = parent.level + 1 - (rootLevels[0] as number);
  let deepest: KNode | null = null;
  for (const n of Object.values(incoming)) if (!deepest || n.level > deepest.level) deepest = n;
  const top = rootLevels[0] as number;
  if (deepest && deepest.level + shift > 5) {
    const kode = deepest.kode || deepest.id;
    return {
      ok: false,
      reason: {
        id: `Berkas berisi Level ${top}–${deepest.level}; di bawah node Level ${parent.level} node ${kode} akan menjadi Level ${deepest.level + shift}, melewati Level 5. Pilih node yang lebih tinggi.`,
        en: `The file holds Levels ${top}–${deepest.level}; under a Level ${parent.level} node, node ${kode} would become Level ${deepest.level + shift}, beyond Level 5. Choose a higher node.`,
      },
    };
  }
  const shallow = Object.values(incoming).find((n) => n.level + shift < 0);
  if (shallow) {
    const kode = shallow.kode || shallow.id;
    return { ok: false, reason: { id: `Node ${kode} (Level ${shallow.level}) akan menjadi Level ${shallow.level + shift}, di bawah Level 0.`, en: `Node ${kode} (Level ${shallow.level}) would become Level ${shallow.level + shift}, below Level 0.` } };
  }
  return { ok: true, shift };
}

const IDENT_CHAR = '[A-Za-z0-9_.]';

/** Renames formula identifiers (whole names only, as the formula tokenizer reads them). */
export function renameInFormula(rumus: string, renames: ReadonlyMap<string, string>): string {
  let out = rumus;
  for (const [from, to] of renames) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<!${IDENT_CHAR})${escaped}(?!${IDENT_CHAR})`, 'g'), to);
  }
  return out;
}

/**
 * Gives every incoming node and indicator a fresh id (parent and crosscutting links follow; links
 * to nodes outside the file are dropped) and shifts levels by `shift`. Returns the re-keyed nodes
 * and the old → new node id map.
 */
export function rekeyNodes(nodes: Record<string, KNode>, shift: number, makeId: IdMaker = newId): { nodes: KNode[]; ids: Map<string, string>; droppedLinks: number } {
  const ids = new Map<string, string>();
  for (const id of Object.keys(nodes)) ids.set(id, makeId('n'));
  let droppedLinks = 0;
  const out: KNode[] = [];
  for (const n of Object.values(nodes)) {
    const crosscutting = n.crosscutting.filter((c) => ids.has(c.parentId)).map((c) => ({ ...c, parentId: ids.get(c.parentId) as string }));
    droppedLinks += n.crosscutting.length - crosscutting.length;
    out.push({
      ...structuredClone(n),
      id: ids.get(n.id) as string,
      level: (levelOf(n.level + shift) ?? n.level) as Level,
      parentId: n.parentId !== null && ids.has(n.parentId) ? (ids.get(n.parentId) as string) : null,
      crosscutting,
      indicators: n.indicators.map((i): Indicator => ({ ...structuredClone(i), id: makeId('i') })),
    });
  }
  return { nodes: out, ids, droppedLinks };
}

/** Alias renames so incoming aliases do not collide with the target's (formulas rewritten). */
function aliasRenames(target: KDocument, incoming: KNode[]): Map<string, string> {
  const taken = new Set<string>();
  for (const n of Object.values(target.nodes)) for (const i of n.indicators) if (i.alias) taken.add(i.alias);
  const renames = new Map<string, string>();
  const own = new Set<string>();
  for (const n of incoming) for (const i of n.indicators) if (i.alias) own.add(i.alias);
  for (const alias of own) {
    if (!taken.has(alias)) continue;
    let k = 2;
    while (taken.has(`${alias}_${k}`) || own.has(`${alias}_${k}`)) k++;
    renames.set(alias, `${alias}_${k}`);
    taken.add(`${alias}_${k}`);
  }
  return renames;
}

/**
 * Grafts another document (e.g. another agency's file) under `parentId` of `target`: fresh ids,
 * levels shifted so the file's roots sit one level below the chosen node, refused with the reason
 * when levels would leave 0–5. Indicator aliases that clash with the target's are renamed (and the
 * incoming formulas with them). Pure: returns the merged document, `target` is not touched.
 */
export function mergeSubtree(target: KDocument, parentId: string, incoming: KDocument, makeId: IdMaker = newId): MergeResult {
  const parent = target.nodes[parentId];
  if (!parent) return { ok: false, reason: { id: 'Pilih node tujuan di kanvas dulu.', en: 'Select the target node on the canvas first.' } };
  const plan = planLevelShift(parent, incoming.nodes);
  if (!plan.ok) return plan;
  const { nodes, ids, droppedLinks } = rekeyNodes(incoming.nodes, plan.shift, makeId);
  const renames = aliasRenames(target, nodes);
  if (renames.size > 0) {
    for (const n of nodes) {
      for (const i of n.indicators) {
        i.alias = renames.get(i.alias) ?? i.alias;
        i.rumus = renameInFormula(i.rumus, renames);
      }
    }
  }
  let order = nextOrder(target.nodes, parentId);
  const rootIds: string[] = [];
  const merged: Record<string, KNode> = { ...target.nodes };
  const sortedRoots = rootsOf(incoming.nodes).map((r) => ids.get(r.id) as string);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const rid of sortedRoots) {
    const r = byId.get(rid) as KNode;
    r.parentId = parentId;
    r.order = order++;
    rootIds.push(rid);
  }
  for (const n of nodes) merged[n.id] = n;
  const warnings: Msg[] = [];
  if (renames.size > 0) {
    const list = [...renames].map(([a, b]) => `${a} → ${b}`).join(', ');
    warnings.push({ id: `Alias indikator yang sudah dipakai diganti: ${list}.`, en: `Indicator aliases already in use were renamed: ${list}.` });
  }
  if (droppedLinks > 0) warnings.push({ id: `${droppedLinks} tautan crosscutting ke luar berkas dilepas.`, en: `${droppedLinks} crosscutting links to outside the file were dropped.` });
  const existingKodes = new Set(Object.values(target.nodes).map((n) => n.kode).filter((k) => k !== ''));
  const clash = nodes.filter((n) => n.kode !== '' && existingKodes.has(n.kode)).length;
  if (clash > 0) warnings.push({ id: `${clash} kode sudah ada di proyek ini; periksa sebelum ekspor ke tabel.`, en: `${clash} kodes already exist in this project; check them before exporting a table.` });
  return { ok: true, document: { ...target, nodes: merged }, rootIds, added: nodes.length, shift: plan.shift, warnings };
}
