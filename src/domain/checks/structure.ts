import type { KNode } from '../model';
import { findCycles } from '../tree';
import { kodeOf, lazyFinding, makeFinding, nodeLabel, nodeName } from './format';
import type { CheckContext, Finding, Rule } from './types';
import { pausesBefore } from './types';

/**
 * Tree-shape rules: `level-step`, `orphan`, `cycle`, `code-not-nested`, `duplicate-code`,
 * `duplicate-sibling-name`, `branch-stops-early`. Crosscutting links count for levels, orphans
 * and cycles; codes, sibling names and branches follow the primary tree. Returned as separate
 * rules, whose findings `checkSteps` lists in this order.
 */
export function structureSteps(): Rule[] {
  return [
    function* cyclesAndLinks(ctx, out) {
      yield* checkLinks(ctx, checkCycles(ctx, out), out);
    },
    checkCodes,
    checkSiblingNames,
    checkBranches,
  ];
}

/**
 * Whether any parent link can lie on a cycle. Following primary parents from a node reached from a
 * root ends at that root, so without crosscutting links only the nodes no root reaches can be on
 * one. Saves the full cycle search (a `Map` and an array per node) on a well-formed tree.
 */
function mayHaveCycles(ctx: CheckContext): boolean {
  return ctx.index.crossChildren.size > 0 || ctx.reachable < ctx.order.length;
}

function checkCycles(ctx: CheckContext, out: Finding[]): Set<string> {
  const onCycle = new Set<string>();
  if (!mayHaveCycles(ctx)) return onCycle;
  const cycles = findCycles(ctx.nodes);
  const position = new Map<string, number>();
  if (cycles.length > 0) ctx.order.forEach((id, i) => position.set(id, i));
  for (const cycle of cycles) {
    for (const id of cycle) onCycle.add(id);
    // Lead to the member that comes first in tree order; show the links from it around the loop.
    let start = 0;
    cycle.forEach((id, i) => {
      if ((position.get(id) ?? 0) < (position.get(cycle[start] as string) ?? 0)) start = i;
    });
    const ring = [...cycle.slice(start), ...cycle.slice(0, start)];
    const first = ctx.nodes[ring[0] as string];
    if (!first) continue;
    const path = [...ring, ring[0] as string].map((id) => (ctx.nodes[id] ? kodeOf(ctx.nodes[id]) : id)).join(' → ');
    const label = nodeLabel(first);
    out.push(
      makeFinding(
        'cycle',
        first,
        { id: `${label.id} berada dalam lingkaran induk: ${path} (tiap panah menuju induk atau induk crosscutting).`, en: `${label.en} is on a loop of parent links: ${path} (each arrow points to a parent or crosscutting parent).` },
        { id: 'Putuskan salah satu hubungan induk atau crosscutting dalam lingkaran ini.', en: 'Break one of the parent or crosscutting links on this loop.' },
        { siklus: path, jumlahSimpul: String(ring.length) },
      ),
    );
  }
  return onCycle;
}

function* checkLinks(ctx: CheckContext, onCycle: Set<string>, out: Finding[]): Generator<void, void, void> {
  const { order, orderNodes } = ctx;
  for (let i = 0; i < order.length; i++) {
    if (pausesBefore(i)) yield;
    const n = orderNodes[i] as KNode;
    if (n.parentId !== null && n.parentId !== '') checkLink(ctx, onCycle, n, n.parentId, false, out);
    for (const c of n.crosscutting) checkLink(ctx, onCycle, n, c.parentId, true, out);
  }
}

/** `orphan` and `level-step` for one link of `n` (primary or crosscutting) to `parentId`. */
function checkLink(ctx: CheckContext, onCycle: Set<string>, n: KNode, parentId: string, cross: boolean, out: Finding[]): void {
  const p = ctx.nodes[parentId];
  if (p && (n.level === p.level + 1 || (onCycle.has(n.id) && onCycle.has(p.id)))) return;
  const label = nodeLabel(n);
  const kind = cross ? { id: 'induk crosscutting', en: 'crosscutting parent' } : { id: 'induk', en: 'parent' };
  if (!p) {
    out.push(
      makeFinding(
        'orphan',
        n,
        { id: `${label.id} merujuk ${kind.id} "${parentId}" yang tidak ada.`, en: `${label.en} names a ${kind.en} "${parentId}" that does not exist.` },
        cross
          ? { id: 'Hapus hubungan crosscutting ini atau pilih induk yang ada.', en: 'Remove this crosscutting link or choose an existing parent.' }
          : { id: 'Pilih induk yang ada, atau kosongkan induk bila simpul ini memang akar.', en: 'Choose an existing parent, or clear the parent if this node is a root.' },
        { induk: parentId, hubungan: cross ? 'crosscutting' : 'utama' },
      ),
    );
    return;
  }
  const pl = nodeLabel(p);
  const should = p.level + 1;
  out.push(
    makeFinding(
      'level-step',
      n,
      {
        id: `${label.id} ada di level ${n.level}, sedangkan ${cross ? 'induk crosscutting-nya' : 'induknya'} ${pl.id} di level ${p.level}: anak seharusnya di level ${should}.`,
        en: `${label.en} is at level ${n.level} while its ${kind.en} ${pl.en} is at level ${p.level}: a child belongs at level ${should}.`,
      },
      n.level === 0
        ? { id: 'Level 0 tidak berinduk: jadikan akar atau ubah levelnya.', en: 'Level 0 has no parent: make it a root or change its level.' }
        : {
            id: `Ubah level simpul menjadi ${should > 5 ? 'lebih rendah' : should}, atau pilih ${kind.id} di level ${n.level - 1}.`,
            en: `Change the node's level to ${should > 5 ? 'a lower one' : should}, or choose a ${kind.en} at level ${n.level - 1}.`,
          },
      { level: String(n.level), levelInduk: String(p.level), levelSeharusnya: String(should), induk: kodeOf(p), hubungan: cross ? 'crosscutting' : 'utama' },
    ),
  );
}

/** Nomenclature-style code: dot-separated segments (`5.03.02.2.01`, `X.XX.01`). Free keys are not checked. */
const HIERARCHICAL = /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)+$/;

/** Whether `k` is `pk` followed by a dot and more (`5.03.02` under `5.03`), without building `pk + '.'`. */
function nestsUnder(k: string, pk: string): boolean {
  return k.length > pk.length && k.charCodeAt(pk.length) === 46 /* . */ && k.startsWith(pk);
}

function* checkCodes(ctx: CheckContext, out: Finding[]): Generator<void, void, void> {
  // First node with each code; how many use a code is counted for duplicates only (final by the
  // time a message is written), so a well-formed tree allocates nothing per code.
  const byCode = new Map<string, KNode>();
  let counts: Map<string, { count: number }> | undefined;
  const { order, orderNodes } = ctx;
  for (let i = 0; i < order.length; i++) {
    if (pausesBefore(i)) yield;
    const n = orderNodes[i] as KNode;
    const k = n.kode.trim();
    if (k === '') continue;
    const first = byCode.get(k);
    if (!first) byCode.set(k, n);
    else {
      counts ??= new Map();
      let seen = counts.get(k);
      if (!seen) counts.set(k, (seen = { count: 1 }));
      seen.count++;
      const counted = seen;
      out.push(
        lazyFinding('duplicate-code', n, () => {
          const name = nodeName(n);
          const fl = nodeLabel(first);
          const count = String(counted.count);
          return {
            message: { id: `Kode ${k} pada ${name} sudah dipakai oleh ${fl.id} (${count} simpul memakai kode ini).`, en: `Code ${k} of ${name} is already used by ${fl.en} (${count} nodes use this code).` },
            fix: { id: 'Beri setiap simpul kode yang unik.', en: 'Give every node a unique code.' },
            numbers: { kode: k, jumlah: count, pertama: first.id },
          };
        }),
      );
    }
    const p = n.parentId ? ctx.nodes[n.parentId] : undefined;
    if (!p) continue;
    const pk = p.kode.trim();
    // Nested codes (the usual case) need no pattern test.
    if (pk === '' || k === pk || nestsUnder(k, pk) || !HIERARCHICAL.test(k) || !HIERARCHICAL.test(pk)) continue;
    const name = nodeName(n);
    out.push(
      makeFinding(
        'code-not-nested',
        n,
        { id: `Kode ${k} pada ${name} tidak diawali kode induknya ${pk}.`, en: `Code ${k} of ${name} does not start with its parent's code ${pk}.` },
        { id: `Perbaiki kode (mis. ${pk}.…) atau pindahkan simpul ke induk yang benar.`, en: `Correct the code (e.g. ${pk}.…) or move the node under the right parent.` },
        { kode: k, kodeInduk: pk },
      ),
    );
  }
}

/** Whitespace that `normalise` would change: a run of two, or any whitespace but a plain space. */
const UNTIDY_SPACE = /\s\s|[^\S ]/;
const normalise = (s: string): string => {
  const t = s.trim();
  // Most names are tidy already: test instead of always building a replaced copy.
  return (UNTIDY_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t).toLowerCase();
};

/**
 * A node's normalised sasaran and name. (They used to be kept per node object in a WeakMap; its
 * 20k entries, young values, cost every scavenge more than normalising again.)
 */
function normalisedNames(n: KNode): { a: string; b: string } {
  return { a: normalise(n.sasaran), b: normalise(n.nama) };
}

function* checkSiblingNames(ctx: CheckContext, out: Finding[]): Generator<void, void, void> {
  const seen = new Map<string, Map<string, KNode>>();
  const { order, orderNodes } = ctx;
  for (let i = 0; i < order.length; i++) {
    if (pausesBefore(i)) yield;
    const n = orderNodes[i] as KNode;
    const group = n.parentId ?? '';
    // An only child has no sibling to share a name with: a quarter of a generated tree. (Every
    // node naming an existing parent is in that parent's children list, so the list is the group.)
    if (group !== '' && ctx.index.children.get(group)?.length === 1 && ctx.nodes[group]) continue;
    let names = seen.get(group);
    if (!names) seen.set(group, (names = new Map()));
    // The node's distinct names, sasaran first; the first one a sibling already has is the duplicate.
    const { a, b } = normalisedNames(n);
    let dup: string | undefined;
    let other: KNode | undefined;
    if (a !== '') {
      other = names.get(a);
      if (other) dup = a;
      else names.set(a, n);
    }
    if (b !== '' && b !== a) {
      const withB = names.get(b);
      if (!withB) names.set(b, n);
      else if (dup === undefined) {
        dup = b;
        other = withB;
      }
    }
    if (dup === undefined || !other) continue;
    const text = normalise(n.sasaran) === dup ? n.sasaran.trim() : n.nama.trim();
    const label = nodeLabel(n);
    const ol = nodeLabel(other);
    out.push(
      makeFinding(
        'duplicate-sibling-name',
        n,
        { id: `${label.id} bernama sama dengan saudaranya ${ol.id}: "${text}".`, en: `${label.en} has the same name as its sibling ${ol.en}: "${text}".` },
        { id: 'Gabungkan kedua simpul, atau bedakan sasaran/namanya.', en: 'Merge the two nodes, or word their sasaran/names differently.' },
        { nama: text, sama: kodeOf(other) },
      ),
    );
  }
}

function* checkBranches(ctx: CheckContext, out: Finding[]): Generator<void, void, void> {
  const lowest = ctx.doc.project.settings.levelTerendah;
  const { order, orderNodes } = ctx;
  for (let i = 0; i < order.length; i++) {
    if (pausesBefore(i)) yield;
    const id = order[i] as string;
    const n = orderNodes[i] as KNode;
    if (n.level >= lowest || ctx.index.children.get(id)?.length || ctx.index.crossChildren.get(id)?.length) continue;
    const label = nodeLabel(n);
    out.push(
      makeFinding(
        'branch-stops-early',
        n,
        { id: `Cabang ${label.id} berhenti di level ${n.level}, belum sampai level terendah ${lowest}.`, en: `The branch ${label.en} stops at level ${n.level}, above the lowest level ${lowest}.` },
        { id: `Turunkan simpul ini sampai level ${lowest}, atau ubah pengaturan level terendah proyek.`, en: `Cascade this node down to level ${lowest}, or change the project's lowest-level setting.` },
        { level: String(n.level), levelTerendah: String(lowest) },
      ),
    );
  }
}
