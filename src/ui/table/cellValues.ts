import type { IndicatorResult, NodeResult } from '../../domain/evaluate';
import type { Indicator, KNode } from '../../domain/model';
import type { Actions } from '../../store/actions';
import { reasonKey, twVars } from '../fields/display';
import { fmtEditable, fmtPct, fmtRupiah, fmtTarget, fmtValue } from '../format';
import type { StringKey } from '../i18n';
import type { ColId } from './columns';

/** What one row knows: its node and indicator, their results, and the period. */
export interface CellCtx {
  node: KNode;
  ind: Indicator | undefined;
  result: NodeResult | undefined;
  indResult: IndicatorResult | undefined;
  year: number;
  tw: number;
}

export interface CellView {
  text: string;
  /** Tooltip (i18n key and values), e.g. why a capaian is missing. */
  title?: { key: StringKey; vars?: Record<string, string | number> };
  /** A placeholder, not a value. */
  muted?: boolean;
  /** Computed rather than entered (pagu from the children, realisation from a formula). */
  derived?: boolean;
}

const EMPTY: CellView = { text: '' };


/** The text a cell shows. Node cells are for the node's first row; the caller leaves them blank elsewhere. */
export function cellView(col: ColId, c: CellCtx): CellView {
  const y = String(c.year);
  const tw = twVars(c.tw);
  const r = c.result;
  const ir = c.indResult;
  switch (col) {
    case 'level':
      return { text: String(c.node.level) };
    case 'kode':
      return { text: c.node.kode };
    case 'sasaran':
      return c.node.sasaran.trim() ? { text: c.node.sasaran } : c.node.nama.trim() ? { text: c.node.nama, muted: true } : { text: '', muted: true, title: { key: 'emptySasaran' } };
    case 'indikator':
      return c.ind ? { text: c.ind.nama } : { text: '—', muted: true, title: { key: 'reasonNoIndicator' } };
    case 'satuan':
      return c.ind ? { text: c.ind.satuan } : EMPTY;
    case 'target':
      return c.ind ? { text: fmtTarget(c.ind.target[y]) } : EMPTY;
    case 'realisasi': {
      if (!c.ind || !ir) return EMPTY;
      if (!ir.realisasi) return { text: '—', muted: true, title: { key: 'reasonNoRealisasi', vars: tw } };
      if (!ir.stated) return { text: `${fmtValue(ir.realisasi)} ƒ`, derived: true, title: { key: 'realSourceFormula' } };
      return { text: fmtValue(ir.realisasi) };
    }
    case 'capaian': {
      if (c.ind && ir) return ir.capaian ? { text: `${fmtPct(ir.capaian)}%` } : { text: '—', muted: true, title: { key: reasonKey(ir.reason), vars: { year: c.year, ...tw } } };
      // A node without indicators shows its children's roll-up, marked as such.
      if (!c.ind && r?.capaianTurunan) return { text: `${fmtPct(r.capaianTurunan)}%`, derived: true, title: { key: 'mCapaianRollup' } };
      return c.ind ? EMPTY : { text: '—', muted: true, title: { key: 'reasonNoIndicator' } };
    }
    case 'predikat':
      return { text: r?.predikat ?? '' };
    case 'pagu':
      if (!r?.pagu) return { text: '—', muted: true, title: { key: 'paguNone' } };
      return r.paguEntered ? { text: fmtRupiah(r.pagu) } : { text: fmtRupiah(r.pagu), derived: true, title: { key: 'paguFromChildren' } };
    case 'realisasiAnggaran':
      if (!r?.realisasiAnggaran) return { text: '—', muted: true, title: { key: 'realNone', vars: tw } };
      return r.realisasiAnggaranEntered ? { text: fmtRupiah(r.realisasiAnggaran) } : { text: fmtRupiah(r.realisasiAnggaran), derived: true, title: { key: 'realFromChildren', vars: tw } };
    case 'pctAnggaran':
      if (r?.capaianAnggaran) return { text: `${fmtPct(r.capaianAnggaran)}%` };
      return { text: '—', muted: true, title: { key: !r?.pagu ? 'capAnggNoPagu' : r.pagu.isZero() ? 'capAnggPaguZero' : 'capAnggNoReal', vars: tw } };
  }
}

/** The stored value an editor starts from (the selected quarter's realisation, the entered pagu). */
export function editText(col: ColId, c: CellCtx): string {
  const y = String(c.year);
  switch (col) {
    case 'sasaran':
      return c.node.sasaran;
    case 'indikator':
      return c.ind?.nama ?? '';
    case 'satuan':
      return c.ind?.satuan ?? '';
    case 'target':
      return fmtTarget(c.ind?.target[y]);
    case 'realisasi':
      return fmtEditable(c.ind?.realisasiTw[y]?.[c.tw - 1] ?? null);
    case 'pagu':
      return fmtEditable(c.node.anggaran.pagu[y] ?? null);
    default:
      return '';
  }
}

/** Writes an edited cell through the store's actions: one undo step, none when nothing changed. */
export function commitCell(a: Actions, col: ColId, c: CellCtx, value: string | null): void {
  const y = String(c.year);
  const { node, ind } = c;
  switch (col) {
    case 'sasaran':
      if ((value ?? '') !== node.sasaran) a.updateNode(node.id, { sasaran: value ?? '' });
      return;
    case 'indikator':
      if (ind && (value ?? '') !== ind.nama) a.updateIndicator(node.id, ind.id, { nama: value ?? '' });
      return;
    case 'satuan':
      if (ind && (value ?? '') !== ind.satuan) a.updateIndicator(node.id, ind.id, { satuan: value ?? '' });
      return;
    case 'target':
      if (ind && value !== (ind.target[y] ?? null)) a.setTarget(node.id, ind.id, c.year, value);
      return;
    case 'realisasi':
      if (ind && value !== (ind.realisasiTw[y]?.[c.tw - 1] ?? null)) a.setIndicatorQuarter(node.id, ind.id, 'realisasiTw', c.year, c.tw, value);
      return;
    case 'pagu':
      if (value !== (node.anggaran.pagu[y] ?? null)) a.setPagu(node.id, c.year, value);
      return;
    default:
      return;
  }
}
