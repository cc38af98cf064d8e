import { makeProject, newId, SCHEMA_VERSION, settingsSchema, trustedIndicator, trustedNode } from '../../domain/model.ts';
import type { Indicator, KDocument, KNode, Level } from '../../domain/model.ts';
import { isBlank, quote } from './cells.ts';
import { parseRow, splitKodes } from './parseRow.ts';
import type { IndicatorDraft, NodeValue } from './parseRow.ts';
import { fileError, error, warning } from './problems.ts';
import { resolveLayout, rowNumberOf } from './readRows.ts';
import type { Layout } from './readRows.ts';
import { checkTree } from './tree.ts';
import type { FlatProblem, FlatReadOptions, FlatReadResult, FlatTable } from './types.ts';

interface Draft {
  kode: string;
  row: number;
  level: number | null;
  values: Map<string, NodeValue & { row: number }>;
  indicators: IndicatorDraft[];
}

/**
 * Reads a flat table (docs/flat-table.md) into a Kaskade document. Node id = `kode`; indicator
 * id = `kode#n` (n from 1, in row order). Nothing half-read: any error gives no document.
 *
 * The quarter columns and plain `pagu` / `target` belong to the selected year: `opts.year`, else
 * the year of a `tahun` column, else the last year of the `target_<year>` / `pagu_<year>`
 * columns, else the current year. The period runs over all those years.
 *
 * Extension columns (optional, beyond the contract):
 * - `alias` — the indicator's short name for formulas (e.g. `IP1`);
 * - `definisi`, `sumber_data` — the indicator's operational definition and data source;
 * - `kondisi_awal` — the indicator's baseline (a number);
 * - `desimal` — decimal places of the indicator's reported value (0–10, default 2);
 * - `rumus_turun` — `pengurangan` or `rasio`: how a `turun` indicator's capaian is computed;
 * - `bobot` — the node's weight in its parent's roll-up (a number);
 * - `crosscutting` — further parents of the node: their kodes separated by `;`;
 * - `target` (no year) — the annual target of the selected year, like plain `pagu`;
 * - `tahun` — the selected year (see above);
 * - `kode_induk` = `induk`, `indikator_kinerja` = `indikator`; quarter headers may be written
 *   `tw 1`, `tw_1` or `tw I`; polaritas also takes `higher` / `lower` / `range`.
 */
export function tableToDocument(table: FlatTable, opts: FlatReadOptions = {}): FlatReadResult {
  try {
    return read(table, opts);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [fileError('internal', `tabel tidak dapat dibaca: ${why}`, `the table cannot be read: ${why}`)] };
  }
}

const hasError = (ps: FlatProblem[]): boolean => ps.some((p) => p.severity === 'error');

function read(table: FlatTable, opts: FlatReadOptions): FlatReadResult {
  const layout = resolveLayout(table, opts);
  const problems = [...layout.problems];
  if (hasError(problems)) return { ok: false, problems };
  const header = (kind: string, fallback: string): string => layout.columns.find((c) => c.kind.kind === kind)?.header ?? fallback;
  const kodeHeader = header('kode', 'kode');
  const levelCol = layout.columns.find((c) => c.kind.kind === 'level');
  const drafts = new Map<string, Draft>();

  table.rows.forEach((raw: unknown, i) => {
    const cells = Array.isArray(raw) ? (raw as FlatTable['rows'][number]) : [];
    const row = rowNumberOf(layout, i);
    const parsed = parseRow(cells, layout, row, problems);
    if (!parsed) return;
    if (parsed.kode === '') {
      problems.push(error(row, kodeHeader, 'missing-kode', 'kode kosong', 'kode is empty'));
      return;
    }
    const levelBlank = levelCol !== undefined && isBlank(cells[levelCol.index]);
    const draft = drafts.get(parsed.kode);
    if (!draft) {
      if (levelBlank) problems.push(error(row, levelCol?.header ?? 'level', 'missing-level', 'level kosong', 'level is empty'));
      const values = new Map(parsed.values.map((v) => [v.key, { ...v, row }]));
      if (!values.has('induk')) values.set('induk', { key: 'induk', header: header('induk', 'induk'), value: '', row });
      drafts.set(parsed.kode, { kode: parsed.kode, row, level: parsed.level, values, indicators: parsed.indicator ? [parsed.indicator] : [] });
      return;
    }
    if (parsed.level !== null && draft.level !== null && parsed.level !== draft.level) {
      problems.push(conflict(row, levelCol?.header ?? 'level', parsed.kode, draft.row, String(draft.level), String(parsed.level)));
    }
    if (draft.level === null) draft.level = parsed.level;
    for (const v of parsed.values) {
      const before = draft.values.get(v.key);
      if (!before) draft.values.set(v.key, { ...v, row });
      else if (before.value !== v.value) {
        if (v.key.startsWith('custom:')) {
          problems.push(
            warning(row, v.header, 'custom-conflict', `kode ${quote(parsed.kode)} di baris ${before.row} berisi ${quote(before.value)}; nilai baris ${before.row} dipakai`, `kode ${quote(parsed.kode)} has ${quote(before.value)} on row ${before.row}; that value is kept`),
          );
        } else problems.push(conflict(row, v.header, parsed.kode, before.row, before.value, v.value));
      }
    }
    if (parsed.indicator) draft.indicators.push(parsed.indicator);
  });

  const entries = [...drafts.values()].map((d) => ({
    kode: d.kode,
    row: d.row,
    induk: d.values.get('induk')?.value ?? '',
    crosscutting: splitKodes(d.values.get('crosscutting')?.value ?? ''),
  }));
  problems.push(...checkTree(entries, header('induk', 'induk'), header('crosscutting', 'crosscutting')));
  if (hasError(problems)) return { ok: false, problems };
  return { ok: true, document: build(drafts, layout, opts), problems };
}

function conflict(row: number, column: string, kode: string, firstRow: number, a: string, b: string): FlatProblem {
  const show = (s: string, empty: string): string => (s === '' ? empty : quote(s));
  return error(
    row,
    column,
    'conflicting-row',
    `kode ${quote(kode)} sudah ada di baris ${firstRow} dengan nilai lain: ${show(a, '(kosong)')} ≠ ${show(b, '(kosong)')}; baris ${row} hanya boleh mengisi kolom indikator`,
    `kode ${quote(kode)} is already on row ${firstRow} with another value: ${show(a, '(empty)')} ≠ ${show(b, '(empty)')}; row ${row} may fill only indicator columns`,
  );
}

type Quarters = [string | null, string | null, string | null, string | null];

function build(drafts: Map<string, Draft>, layout: Layout, opts: FlatReadOptions): KDocument {
  const year = String(layout.selectedYear);
  const nodes: Record<string, KNode> = {};
  const nextOrder = new Map<string, number>();
  let lastTw = 0;
  const noteTw = (q: Quarters | null): void => {
    q?.forEach((v, i) => {
      if (v !== null) lastTw = Math.max(lastTw, i + 1);
    });
  };
  for (const d of drafts.values()) {
    const get = (key: string): string => d.values.get(key)?.value ?? '';
    const induk = get('induk');
    const order = nextOrder.get(induk) ?? 0;
    nextOrder.set(induk, order + 1);
    const pagu: Record<string, string> = {};
    const custom: Record<string, string> = {};
    let rencana: Quarters | null = null;
    let realisasi: Quarters | null = null;
    for (const [key, v] of d.values) {
      const [kind, arg = ''] = splitKey(key);
      if (kind === 'pagu') pagu[arg] = v.value;
      else if (kind === 'custom') custom[arg] = v.value;
      else if (kind === 'rencanaAnggaranTw') rencana = put(rencana, Number(arg), v.value);
      else if (kind === 'realisasiAnggaranTw') realisasi = put(realisasi, Number(arg), v.value);
    }
    noteTw(realisasi);
    const indicators = d.indicators.map((ind, i): Indicator => {
      noteTw(ind.realisasiTw);
      return trustedIndicator({
        id: `${d.kode}#${i + 1}`,
        nama: ind.text.nama ?? '',
        alias: ind.text.alias ?? '',
        satuan: ind.text.satuan ?? '',
        rumus: ind.text.rumus ?? '',
        definisi: ind.text.definisi ?? '',
        sumberData: ind.text.sumberData ?? '',
        polaritas: ind.polaritas ?? 'naik',
        agregasi: ind.agregasi ?? 'kumulatif',
        rumusTurun: ind.rumusTurun ?? null,
        kondisiAwal: ind.kondisiAwal ?? null,
        ...(ind.desimal !== undefined ? { desimal: ind.desimal } : {}),
        target: ind.target,
        targetTw: ind.targetTw ? { [year]: ind.targetTw } : {},
        realisasiTw: ind.realisasiTw ? { [year]: ind.realisasiTw } : {},
      });
    });
    nodes[d.kode] = trustedNode({
      id: d.kode,
      kode: d.kode,
      level: (d.level ?? 0) as Level,
      parentId: induk === '' ? null : induk,
      order,
      sasaran: get('sasaran'),
      nama: get('nama'),
      fenomena: get('fenomena'),
      penanggungJawab: get('penanggungJawab'),
      keterangan: get('keterangan'),
      bobot: d.values.get('bobot')?.value ?? null,
      crosscutting: splitKodes(get('crosscutting')).map((parentId) => ({ parentId, bobot: null })),
      indicators,
      anggaran: {
        pagu,
        rencanaTw: rencana ? { [year]: rencana } : {},
        realisasiTw: realisasi ? { [year]: realisasi } : {},
      },
      custom,
    });
  }
  const tw = opts.tw !== undefined && Number.isInteger(opts.tw) && opts.tw >= 1 && opts.tw <= 4 ? opts.tw : lastTw || 4;
  // A flat file carries no settings: its deepest level is the lowest level its branches aim for
  // (an agency without aktivitas rows should not get a note on every sub kegiatan).
  let deepest = 0;
  for (const n of Object.values(nodes)) deepest = Math.max(deepest, n.level);
  const project = makeProject({
    settings: settingsSchema.parse({ levelTerendah: deepest }),
    id: newId('p'),
    nama: projectName(opts.fileName ?? ''),
    periodeAwal: layout.periodeAwal,
    periodeAkhir: layout.periodeAkhir,
    tahun: layout.selectedYear,
    triwulan: tw,
  });
  return { schemaVersion: SCHEMA_VERSION, project, nodes, acknowledgements: [] };
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

function put(q: Quarters | null, i: number, v: string): Quarters {
  const out: Quarters = q ?? [null, null, null, null];
  if (i >= 0 && i < 4) out[i] = v;
  return out;
}

/** `data/Pohon Kinerja 2024.xlsx` → `Pohon Kinerja 2024`. */
export function projectName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]*$/, '').trim();
}
