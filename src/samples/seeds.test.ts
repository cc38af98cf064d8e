import { describe, expect, it } from 'vitest';
import { predikatOf } from '../domain/capaian';
import { runChecks } from '../domain/checks';
import { evaluate } from '../domain/evaluate';
import type { NodeResult } from '../domain/evaluate';
import type { KDocument } from '../domain/model';
import type { Dec } from '../domain/numbers';
import { buildLkj2023 } from './lkj2023';
import { buildLumajang } from './lumajang';
import { buildSumenep } from './sumenep';

const r2 = (d: Dec | null | undefined): string | null => (d ? d.toFixed(2) : null);
const at = (doc: KDocument) => evaluate(doc, { year: doc.project.tahun, tw: doc.project.triwulan });
const byKode = (doc: KDocument, kode: string): string => {
  const n = Object.values(doc.nodes).find((x) => x.kode === kode);
  if (!n) throw new Error(`no node ${kode}`);
  return n.id;
};

describe('seed 000 — BKD Lumajang, TW I 2024', () => {
  const doc = buildLumajang();
  const ev = at(doc);
  const program = ev.results.get('lmj-2') as NodeResult;
  const byAlias = (alias: string) => {
    const i = doc.nodes['lmj-2']?.indicators.findIndex((x) => x.alias === alias) ?? -1;
    return program.indicators[i];
  };

  it('computes IP1, IP2, IP4 from the head counts, and IP3 as printed', () => {
    expect(r2(byAlias('IP1')?.computed)).toBe('12.40');
    expect(r2(byAlias('IP2')?.computed)).toBe('25.09');
    expect(r2(byAlias('IP3')?.realisasi)).toBe('4.99');
    expect(r2(byAlias('IP4')?.computed)).toBe('9.00');
  });

  it('gives IP 51,48, capaian 91,36%, capaian anggaran 21,47% and efisiensi 69,89', () => {
    expect(r2(byAlias('IP')?.realisasi)).toBe('51.48');
    expect(r2(byAlias('IP')?.capaian)).toBe('91.36');
    expect(r2(program.capaianAnggaran)).toBe('21.47');
    expect(r2(byAlias('IP')?.capaian?.minus(program.capaianAnggaran as Dec))).toBe('69.89');
    expect(program.pagu?.toFixed()).toBe('8328663601');
    expect(program.realisasiAnggaran?.toFixed()).toBe('1788251500');
  });

  it('flags the printed IP3 (4,99) against its formula (5,00)', () => {
    const f = runChecks(doc, ev).filter((x) => x.rule === 'composite-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]?.nodeId).toBe('lmj-2');
    expect(Object.values(f[0]?.numbers ?? {})).toEqual(expect.arrayContaining(['4.99', '5']));
  });
});

describe('seed 002 — BKPSDM Sumenep, TW I 2024', () => {
  const doc = buildSumenep();
  const ev = at(doc);
  const pagu = (kode: string) => ev.results.get(byKode(doc, kode))?.pagu?.toFixed();

  it('sums the programs’ pagu from their sub kegiatan', () => {
    expect(pagu('5.03.02')).toBe('1905955200');
    expect(pagu('5.04.02')).toBe('605768700');
    expect(pagu('5.03.01')).toBe('9722008231');
    expect(pagu('5.03.02.2.01')).toBe('519791600');
  });

  it('totals 12.233.732.131 with TW I realisasi 1.443.040.145', () => {
    const root = ev.results.get('smp-0') as NodeResult;
    expect(root.pagu?.toFixed()).toBe('12233732131');
    expect(root.realisasiAnggaran?.toFixed()).toBe('1443040145');
  });

  it('rates IP ASN 59 against 84 as 70,24% "Sedang"', () => {
    const node = ev.results.get('smp-1-1') as NodeResult;
    const i = doc.nodes['smp-1-1']?.indicators.findIndex((x) => x.id === 'smp-1-1-ip') ?? -1;
    const ip = node.indicators[i];
    expect(r2(ip?.capaian)).toBe('70.24');
    expect(predikatOf(ip?.capaian ?? null, doc.project.settings.predikat)).toBe('Sedang');
  });

  it('raises no budget error: the seed’s budget is consistent', () => {
    const budget = runChecks(doc, ev).filter((f) => f.rule === 'pagu-children-mismatch' || f.rule === 'realisasi-above-pagu');
    expect(budget).toEqual([]);
  });
});

describe('seed 001 — LKj 2023 as printed, with its inconsistencies', () => {
  const doc = buildLkj2023();
  const ev = at(doc);
  const findings = runChecks(doc, ev);

  it('catches IP = 12,38 + 25,44 + 4,99 + 29,04 stated as 66,90', () => {
    const ip = findings.find((f) => f.rule === 'composite-mismatch' && Object.values(f.numbers).includes('66.9'));
    expect(ip?.severity).toBe('error');
    expect(Object.values(ip?.numbers ?? {})).toContain('71.85');
  });

  it('catches IP4 printed as 29,04 against its formula of 24,09', () => {
    const ip4 = findings.find((f) => f.rule === 'composite-mismatch' && Object.values(f.numbers).includes('29.04'));
    expect(ip4).toBeDefined();
    expect(Object.values(ip4?.numbers ?? {}).some((v) => v.startsWith('24.'))).toBe(true);
  });

  it('catches the realisasi total far above its pagu', () => {
    const over = findings.find((f) => f.rule === 'realisasi-above-pagu');
    expect(over?.severity).toBe('error');
    expect(Object.values(over?.numbers ?? {})).toEqual(expect.arrayContaining(['67089765835']));
  });
});
