import type { Agregasi, Polaritas } from '../../domain/model.ts';
import { cellText, isBlank, quote, readLevel, readNumber, readTarget } from './cells.ts';
import type { NumberRead } from './cells.ts';
import { normalizeHeader } from './columns.ts';
import type { IndTextField, Quarter } from './columns.ts';
import { error } from './problems.ts';
import type { Layout, ResolvedColumn } from './readRows.ts';
import type { Cell, FlatProblem } from './types.ts';

/** A node-level value of one row, as a canonical string so rows can be compared. */
export interface NodeValue {
  key: string;
  header: string;
  value: string;
}

type Quarters = [string | null, string | null, string | null, string | null];

/** The indicator fields one row carries. */
export interface IndicatorDraft {
  text: Partial<Record<IndTextField, string>>;
  polaritas?: Polaritas;
  agregasi?: Agregasi;
  rumusTurun?: 'pengurangan' | 'rasio';
  kondisiAwal?: string;
  desimal?: number;
  target: Record<string, string>;
  targetTw: Quarters | null;
  realisasiTw: Quarters | null;
}

export interface ParsedRow {
  row: number;
  kode: string;
  level: number | null;
  /** Node values keyed by field (`induk`, `sasaran`, `pagu_2024`, `custom:Catatan`, …). */
  values: NodeValue[];
  indicator: IndicatorDraft | null;
}

const POLARITAS: Record<string, Polaritas> = { naik: 'naik', turun: 'turun', rentang: 'rentang', higher: 'naik', lower: 'turun', range: 'rentang' };
const AGREGASI: Record<string, Agregasi> = { kumulatif: 'kumulatif', nilai_akhir: 'nilai_akhir' };
const RUMUS_TURUN: Record<string, 'pengurangan' | 'rasio'> = { pengurangan: 'pengurangan', rasio: 'rasio' };

function setQuarter(q: Quarters | null, i: Quarter, v: string): Quarters {
  const out: Quarters = q ?? [null, null, null, null];
  out[i] = v;
  return out;
}

/** Splits a crosscutting cell (`A; B`) into kodes, without blanks or repeats. */
export function splitKodes(text: string): string[] {
  return [...new Set(text.split(';').map((s) => s.trim()).filter((s) => s !== ''))];
}

/** Reads one data row; problems go to `problems`. Returns null for an empty row. */
export function parseRow(cells: Cell[], layout: Layout, row: number, problems: FlatProblem[]): ParsedRow | null {
  if (layout.columns.every((c) => isBlank(cells[c.index]))) return null;
  const values: NodeValue[] = [];
  const ind: IndicatorDraft = { text: {}, target: {}, targetTw: null, realisasiTw: null };
  let hasInd = false;
  let kode = '';
  let level: number | null = null;

  const num = (c: ResolvedColumn, read: NumberRead): string | null => {
    if (read.ok) return read.value;
    if (read.reason === 'ambiguous') {
      problems.push(
        error(row, c.header, 'ambiguous-number', `${quote(read.text)} bisa dibaca dua cara (ribuan atau desimal); tulis tanpa titik ribuan atau dengan koma desimal`, `${quote(read.text)} reads two ways (thousands or decimals); write it without grouping dots or with a decimal comma`),
      );
    } else {
      const unit = /^[\d.,\s-]+\s*\p{L}/u.test(read.text);
      problems.push(
        error(row, c.header, 'not-a-number', `${quote(read.text)} bukan angka${unit ? ' (pindahkan satuannya ke kolom satuan)' : ''}`, `${quote(read.text)} is not a number${unit ? ' (move the unit to the satuan column)' : ''}`),
      );
    }
    return null;
  };
  const choice = <T>(c: ResolvedColumn, table: Record<string, T>, text: string, code: string, allowed: string): T | undefined => {
    const v = table[normalizeHeader(text)];
    if (v === undefined) problems.push(error(row, c.header, code, `${quote(text)} tidak dikenal; pakai ${allowed}`, `${quote(text)} is not known; use ${allowed}`));
    return v;
  };

  for (const c of layout.columns) {
    const cell = cells[c.index];
    if (isBlank(cell)) continue;
    const text = cellText(cell);
    const k = c.kind;
    switch (k.kind) {
      case 'kode':
        kode = text;
        break;
      case 'level':
        level = readLevel(cell);
        if (level === null) problems.push(error(row, c.header, 'invalid-level', `${quote(text)} bukan level 0–5`, `${quote(text)} is not a level 0–5`));
        break;
      case 'tahun':
        break;
      case 'induk':
        values.push({ key: 'induk', header: c.header, value: text });
        break;
      case 'nodeText':
        values.push({ key: k.field, header: c.header, value: text });
        break;
      case 'custom':
        values.push({ key: `custom:${c.header}`, header: c.header, value: text });
        break;
      case 'crosscutting':
        values.push({ key: 'crosscutting', header: c.header, value: splitKodes(text).join(';') });
        break;
      case 'bobot':
      case 'pagu':
      case 'rencanaAnggaranTw':
      case 'realisasiAnggaranTw': {
        const v = num(c, readNumber(cell));
        const key = k.kind === 'pagu' ? `pagu:${c.year}` : k.kind === 'bobot' ? 'bobot' : `${k.kind}:${k.q}`;
        if (v !== null) values.push({ key, header: c.header, value: v });
        break;
      }
      case 'indText':
        hasInd = true;
        ind.text[k.field] = text;
        break;
      case 'polaritas':
        hasInd = true;
        ind.polaritas = choice(c, POLARITAS, text, 'invalid-polaritas', 'naik / turun / rentang');
        break;
      case 'agregasi':
        hasInd = true;
        ind.agregasi = choice(c, AGREGASI, text, 'invalid-agregasi', 'kumulatif / nilai_akhir');
        break;
      case 'rumusTurun':
        hasInd = true;
        ind.rumusTurun = choice(c, RUMUS_TURUN, text, 'invalid-rumus-turun', 'pengurangan / rasio');
        break;
      case 'desimal': {
        hasInd = true;
        const d = readNumber(cell);
        const n = d.ok && d.value !== null && /^\d+$/.test(d.value) ? Number(d.value) : -1;
        if (n >= 0 && n <= 10) ind.desimal = n;
        else problems.push(error(row, c.header, 'invalid-desimal', `${quote(text)} bukan jumlah desimal 0–10`, `${quote(text)} is not a number of decimals 0–10`));
        break;
      }
      case 'kondisiAwal': {
        const v = num(c, readNumber(cell));
        if (v !== null) {
          hasInd = true;
          ind.kondisiAwal = v;
        }
        break;
      }
      case 'target': {
        const v = num(c, readTarget(cell));
        if (v !== null) {
          hasInd = true;
          ind.target[String(c.year)] = v;
        }
        break;
      }
      case 'targetTw': {
        const v = num(c, readTarget(cell));
        if (v !== null) {
          hasInd = true;
          ind.targetTw = setQuarter(ind.targetTw, k.q, v);
        }
        break;
      }
      case 'realisasiTw': {
        const v = num(c, readNumber(cell));
        if (v !== null) {
          hasInd = true;
          ind.realisasiTw = setQuarter(ind.realisasiTw, k.q, v);
        }
        break;
      }
      case 'untitled':
        break;
    }
  }
  return { row, kode, level, values, indicator: hasInd ? ind : null };
}
