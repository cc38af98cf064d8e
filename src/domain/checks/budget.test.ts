import { describe, expect, it } from 'vitest';
import { makeNode } from '../model';
import type { KNode } from '../model';
import { at, checkChanged, ofRule, runCase, unchanged } from './fixtures';
import type { RuleCase } from './fixtures';

const pagu = (n: Record<string, KNode>, id: string, value: string | null): void => {
  // Replace the record rather than mutate it: model defaults share inner records between nodes.
  const a = at(n, id).anggaran;
  const next = { ...a.pagu };
  if (value === null) delete next['2024'];
  else next['2024'] = value;
  a.pagu = next;
};
const spend = (n: Record<string, KNode>, id: string, q: (string | null)[]): void => {
  at(n, id).anggaran.realisasiTw = { '2024': q };
};

/** Seed 002: Program Kepegawaian Daerah 1.905.955.200 = 519.791.600 + 499.727.200 + 519.180.600 + 367.255.800. */
const seed002 = (n: Record<string, KNode>, programPagu: string): void => {
  pagu(n, 'B', programPagu);
  pagu(n, 'C1', '519791600');
  pagu(n, 'C2', '499727200');
  n.C3 = makeNode({ ...at(n, 'C2'), id: 'C3', order: 3, kode: '5.03.02.2.03', sasaran: 'C3', anggaran: { pagu: { '2024': '519180600' }, rencanaTw: {}, realisasiTw: {} } });
  n.C4 = makeNode({ ...at(n, 'C2'), id: 'C4', order: 4, kode: '5.03.02.2.04', sasaran: 'C4', anggaran: { pagu: { '2024': '367255800' }, rencanaTw: {}, realisasiTw: {} } });
};

const cases: RuleCase[] = [
  {
    name: 'entered pagu above the sum of the children',
    rule: 'pagu-children-mismatch',
    severity: 'error',
    bad: (n) => {
      pagu(n, 'B', '1905955200');
      pagu(n, 'C1', '1000000000');
      pagu(n, 'C2', '800000000');
    },
    node: 'B',
    numbers: { tahun: '2024', pagu: '1905955200', jumlahAnak: '1800000000', selisih: '105955200' },
    text: 'Rp 1.905.955.200 ≠ jumlah anak-anaknya Rp 1.800.000.000: selisih Rp 105.955.200 (lebih besar)',
    textEn: 'Rp 1,905,955,200, ≠ the sum of its children, Rp 1,800,000,000: Rp 105,955,200 more',
    clean: (n) => seed002(n, '1905955200'),
  },
  {
    name: 'entered pagu below the sum (four children, seed 002 amounts)',
    rule: 'pagu-children-mismatch',
    severity: 'error',
    bad: (n) => seed002(n, '1900000000'),
    node: 'B',
    numbers: { jumlahAnak: '1905955200', selisih: '-5955200' },
    text: 'selisih Rp 5.955.200 (lebih kecil)',
    clean: (n) => pagu(n, 'B', '1500000'),
  },
  {
    name: 'entered spending differs from the children',
    rule: 'realisasi-children-mismatch',
    severity: 'error',
    bad: (n) => spend(n, 'B', ['300000', '250000', null, null]),
    tw: 2,
    node: 'B',
    numbers: { tw: '2', realisasiAnggaran: '550000', jumlahAnak: '600000', selisih: '-50000' },
    text: 's/d TW 2 2024',
    clean: (n) => spend(n, 'B', ['300000', '300000', null, null]),
  },
  {
    name: 'spending above the pagu',
    rule: 'realisasi-above-pagu',
    severity: 'error',
    bad: (n) => spend(n, 'C2', ['400000', '200000', null, null]),
    node: 'C2',
    numbers: { pagu: '500000', realisasiAnggaran: '600000', selisih: '100000', capaianAnggaran: '120' },
    text: 'Rp 600.000 melebihi pagu Rp 500.000 sebesar Rp 100.000 (120,00%)',
    clean: (n) => spend(n, 'C2', ['400000', '100000', null, null]),
  },
  {
    name: 'spending above the pagu up to the selected quarter only',
    rule: 'realisasi-above-pagu',
    severity: 'error',
    bad: (n) => spend(n, 'C2', ['600000', null, null, null]),
    tw: 1,
    node: 'C2',
    numbers: { tw: '1', realisasiAnggaran: '600000' },
    clean: (n) => spend(n, 'C2', ['400000', '400000', null, null]),
  },
  {
    name: 'pagu on a node and on only some of its children',
    rule: 'budget-on-node-and-children',
    severity: 'warning',
    bad: (n) => {
      pagu(n, 'B', '1000000');
      pagu(n, 'C2', null);
    },
    node: 'B',
    numbers: { pagu: '1000000', anakBerpagu: '1', anakTanpaPagu: '1', tanpaPagu: '5.03.02.2.02' },
    text: '5.03.02.2.02',
    // Entered on the node and on every child, equal to their sum: consistent, nothing reported.
    clean: (n) => pagu(n, 'B', '1500000'),
  },
];

describe('budget rules', () => {
  it.each(cases)('$rule: $name', (c) => {
    const { hit, found, cleanFound } = runCase(c);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit?.severity).toBe(c.severity);
    expect(hit?.numbers).toMatchObject(c.numbers ?? {});
    if (c.text) expect(hit?.message.id).toContain(c.text);
    if (c.textEn) expect(hit?.message.en).toContain(c.textEn);
    expect(cleanFound).toEqual([]);
  });

  it('a consistent budget on every level (seed 002) gives no budget finding', () => {
    const found = checkChanged((n) => seed002(n, '1905955200'));
    expect(found.filter((f) => RULES_BUDGET.has(f.rule))).toEqual([]);
  });

  it('overspending is reported where it happens, not again on a summed ancestor', () => {
    const found = ofRule(
      checkChanged((n) => spend(n, 'C1', ['2000000', null, null, null])),
      'realisasi-above-pagu',
    );
    expect(found.map((f) => f.nodeId)).toEqual(['C1']);
  });

  it('an ancestor with its own entered pagu is reported too', () => {
    const found = ofRule(
      checkChanged((n) => {
        spend(n, 'C1', ['2000000', null, null, null]);
        pagu(n, 'B', '1500000');
      }),
      'realisasi-above-pagu',
    );
    expect(found.map((f) => [f.nodeId, f.numbers.realisasiAnggaran])).toEqual([
      ['B', '2100000'],
      ['C1', '2000000'],
    ]);
  });

  it('an unchanged fixture has no budget findings', () => {
    expect(checkChanged(unchanged).filter((f) => RULES_BUDGET.has(f.rule))).toEqual([]);
  });
});

const RULES_BUDGET = new Set(['pagu-children-mismatch', 'realisasi-children-mismatch', 'realisasi-above-pagu', 'budget-on-node-and-children']);
