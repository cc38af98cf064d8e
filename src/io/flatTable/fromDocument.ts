import { makeIndicator, periodYears } from '../../domain/model.ts';
import type { Indicator, KDocument, KNode } from '../../domain/model.ts';
import { fromSpreadsheetNumber } from '../../domain/numbers.ts';
import { compareSiblings } from '../../domain/tree.ts';
import { unambiguousPlain } from './cells.ts';
import { classifyHeader, H, QUARTERS } from './columns.ts';
import type { Cell, FlatTable } from './types.ts';

/** A canonical decimal as a numeric cell when a JS number holds it exactly, else as text. */
export function numberCell(value: string | null | undefined): Cell {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  if (Number.isFinite(n) && fromSpreadsheetNumber(n) === value) return n;
  return value.split(/(?<=\d)-/).map(unambiguousPlain).join('-');
}

interface Column {
  header: string;
  node?: (n: KNode, key: (id: string) => string | null) => Cell;
  ind?: (i: Indicator) => Cell;
  /** The same value on every row. */
  every?: Cell;
}

const text = (s: string): Cell => (s === '' ? null : s);
const quarter = (arr: (string | null)[] | undefined, q: number): Cell => numberCell(arr?.[q]);

/**
 * Nodes depth-first from the roots, siblings in sibling order; nodes not reached (a cycle) follow
 * in that order too. Nothing depends on the order the nodes are stored in.
 */
function treeOrder(doc: KDocument): KNode[] {
  const all = Object.values(doc.nodes).sort((a, b) => compareSiblings(a, b));
  const children = new Map<string | null, KNode[]>();
  for (const n of all) {
    const p = n.parentId !== null && doc.nodes[n.parentId] ? n.parentId : null;
    let list = children.get(p);
    if (!list) children.set(p, (list = []));
    list.push(n);
  }
  const out: KNode[] = [];
  const seen = new Set<string>();
  const visit = (start: KNode): void => {
    const stack = [start];
    while (stack.length > 0) {
      const n = stack.pop();
      if (!n || seen.has(n.id)) continue;
      seen.add(n.id);
      out.push(n);
      stack.push(...[...(children.get(n.id) ?? [])].reverse());
    }
  };
  for (const r of children.get(null) ?? []) visit(r);
  for (const n of all) visit(n);
  return out;
}

/**
 * Writes a document as a flat table: one row per indicator (a node without one gets one row),
 * nodes depth-first in tree order. Quarter columns hold `year`, named in a `tahun` column on
 * every row so the file reads back the same without choosing the year; annual targets and pagu
 * every year of the period (and any other year holding data). `kode` is the node's kode, or its id
 * when the kode is empty or used twice. Optional columns (bobot, crosscutting, definisi,
 * sumber_data, rumus_turun, kondisi_awal, desimal) appear only when used. Formula variables
 * (`variabel`) and quarter values of other years have no column and are not written.
 */
export function documentToTable(doc: KDocument, opts: { year: number }): FlatTable {
  const nodes = treeOrder(doc);
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const n of nodes) {
    let k = n.kode.trim();
    if (k === '' || used.has(k)) k = n.id;
    while (used.has(k)) k = `${k}~`;
    keys.set(n.id, k);
    used.add(k);
  }
  const key = (id: string): string | null => keys.get(id) ?? null;
  const y = String(opts.year);
  const inds = nodes.flatMap((n) => n.indicators);
  const years = new Set(periodYears(doc.project).map(String));
  for (const i of inds) for (const yr of Object.keys(i.target)) years.add(yr);
  for (const n of nodes) for (const yr of Object.keys(n.anggaran.pagu)) years.add(yr);
  const sortedYears = [...years].sort();

  const cols: Column[] = [
    { header: 'kode', node: (n) => key(n.id) },
    { header: 'induk', node: (n) => (n.parentId === null ? null : key(n.parentId)) },
    { header: 'level', node: (n) => n.level },
    { header: 'sasaran', node: (n) => text(n.sasaran) },
    { header: 'nama', node: (n) => text(n.nama) },
    { header: 'fenomena', node: (n) => text(n.fenomena) },
    { header: 'penanggung_jawab', node: (n) => text(n.penanggungJawab) },
    { header: 'keterangan', node: (n) => text(n.keterangan) },
  ];
  if (nodes.some((n) => n.bobot !== null)) cols.push({ header: 'bobot', node: (n) => numberCell(n.bobot) });
  if (nodes.some((n) => n.crosscutting.length > 0)) {
    cols.push({ header: 'crosscutting', node: (n, k) => text(n.crosscutting.map((c) => k(c.parentId)).filter((s): s is string => s !== null).join('; ')) });
  }
  cols.push(
    { header: 'indikator', ind: (i) => text(i.nama) },
    { header: 'alias', ind: (i) => text(i.alias) },
    { header: 'satuan', ind: (i) => text(i.satuan) },
    { header: 'polaritas', ind: (i) => i.polaritas },
    { header: 'agregasi', ind: (i) => i.agregasi },
    { header: 'rumus', ind: (i) => text(i.rumus) },
  );
  if (inds.some((i) => i.definisi !== '')) cols.push({ header: 'definisi', ind: (i) => text(i.definisi) });
  if (inds.some((i) => i.sumberData !== '')) cols.push({ header: 'sumber_data', ind: (i) => text(i.sumberData) });
  if (inds.some((i) => i.rumusTurun !== null)) cols.push({ header: 'rumus_turun', ind: (i) => i.rumusTurun });
  if (inds.some((i) => i.kondisiAwal !== null)) cols.push({ header: 'kondisi_awal', ind: (i) => numberCell(i.kondisiAwal) });
  const defaultDesimal = makeIndicator({ id: 'i', nama: '' }).desimal;
  if (inds.some((i) => i.desimal !== defaultDesimal)) cols.push({ header: 'desimal', ind: (i) => i.desimal });
  for (const yr of sortedYears) cols.push({ header: `target_${yr}`, ind: (i) => numberCell(i.target[yr]) });
  cols.push({ header: 'tahun', every: opts.year });
  for (const q of QUARTERS) cols.push({ header: H.tw('target', q), ind: (i) => quarter(i.targetTw[y], q) });
  for (const q of QUARTERS) cols.push({ header: H.tw('realisasi', q), ind: (i) => quarter(i.realisasiTw[y], q) });
  for (const yr of sortedYears) cols.push({ header: `pagu_${yr}`, node: (n) => numberCell(n.anggaran.pagu[yr]) });
  for (const q of QUARTERS) cols.push({ header: H.tw('rencana_anggaran', q), node: (n) => quarter(n.anggaran.rencanaTw[y], q) });
  for (const q of QUARTERS) cols.push({ header: H.tw('realisasi_anggaran', q), node: (n) => quarter(n.anggaran.realisasiTw[y], q) });

  const taken = new Set(cols.map((c) => c.header));
  const done = new Set<string>();
  for (const n of nodes) {
    for (const name of Object.keys(n.custom)) {
      if (done.has(name) || name.trim() === '') continue;
      done.add(name);
      let header = name.trim();
      while (classifyHeader(header).kind !== 'custom' || taken.has(header)) header = `${header} (kustom)`;
      taken.add(header);
      cols.push({ header, node: (m) => text(m.custom[name] ?? '') });
    }
  }

  const rows: Cell[][] = [];
  for (const n of nodes) {
    const list: (Indicator | null)[] = n.indicators.length > 0 ? n.indicators : [null];
    list.forEach((ind, i) => {
      rows.push(
        cols.map((c) => {
          if (c.every !== undefined) return c.every;
          if (c.node) return i === 0 ? c.node(n, key) : c.header === 'kode' ? key(n.id) : null;
          return ind && c.ind ? c.ind(ind) : null;
        }),
      );
    });
  }
  return { headers: cols.map((c) => c.header), rows, headerRow: 1 };
}
