import { describe, expect, it } from 'vitest';
import { checkChanged, ind0, ofRule, runCase, unchanged } from './fixtures';
import type { RuleCase } from './fixtures';

const cases: RuleCase[] = [
  {
    name: 'kumulatif quarter targets that do not sum to the annual target',
    rule: 'quarter-target-mismatch',
    severity: 'warning',
    bad: (n) => {
      const i = ind0(n, 'C1');
      i.agregasi = 'kumulatif';
      i.realisasiTw = { '2024': ['10', '10', '15', '15'] };
      i.targetTw = { '2024': ['10', '10', '10', '10'] };
    },
    node: 'C1',
    numbers: { tahun: '2024', agregasi: 'kumulatif', target: '50', jumlahTw: '40', selisih: '-10' },
    text: '10 + 10 + 10 + 10 = 40 ≠ target tahunan 50',
    textEn: '10 + 10 + 10 + 10 = 40 ≠ the annual target 50',
    clean: (n) => {
      const i = ind0(n, 'C1');
      i.agregasi = 'kumulatif';
      i.realisasiTw = { '2024': ['10', '10', '15', '15'] };
      i.targetTw = { '2024': ['10', '10', '15', '15'], '2025': ['1', null, null, null] };
    },
  },
  {
    name: 'nilai akhir TW IV target different from the annual target',
    rule: 'quarter-target-mismatch',
    severity: 'warning',
    bad: (n) => void (ind0(n, 'B').targetTw = { '2025': ['70', '70.5', '71', '71.5'] }),
    node: 'B',
    numbers: { tahun: '2025', agregasi: 'nilai_akhir', target: '72', targetTw4: '71.5', selisih: '-0.5' },
    text: 'target TW IV 71,5',
    textEn: 'TW IV target 71.5',
    clean: (n) => void (ind0(n, 'B').targetTw = { '2025': ['70', '70.5', '71', '72.00'] }),
  },
  {
    name: 'range targets compared bound by bound',
    rule: 'quarter-target-mismatch',
    severity: 'warning',
    bad: (n) => {
      const i = ind0(n, 'B');
      i.target['2024'] = '7-8';
      i.targetTw = { '2024': ['7-8', '7-8', '7-8', '7-9'] };
    },
    node: 'B',
    numbers: { target: '7-8', targetTw4: '7-9' },
    text: '7–9',
    clean: (n) => {
      const i = ind0(n, 'B');
      i.target['2024'] = '7-8';
      i.targetTw = { '2024': ['6-7', '7-8', '7-8', '7-8'] };
    },
  },
  {
    name: 'naik indicator whose target falls',
    rule: 'yearly-target-direction',
    severity: 'warning',
    bad: (n) => void (ind0(n, 'C1').target = { '2024': '50', '2025': '45', '2026': '70' }),
    node: 'C1',
    numbers: { polaritas: 'naik', tahunDari: '2024', targetDari: '50', tahunKe: '2025', targetKe: '45', jumlahPelanggaran: '1' },
    text: '2024: 50 → 2025: 45',
    clean: (n) => void (ind0(n, 'C1').target = { '2024': '50', '2025': '50', '2026': '70' }),
  },
  {
    name: 'turun indicator whose target rises (missing year skipped)',
    rule: 'yearly-target-direction',
    severity: 'warning',
    bad: (n) => {
      const i = ind0(n, 'C2');
      i.polaritas = 'turun';
      i.target = { '2024': '5', '2026': '6.5' };
    },
    node: 'C2',
    numbers: { polaritas: 'turun', tahunDari: '2024', tahunKe: '2026', targetKe: '6.5' },
    text: '6,5',
    textEn: '6.5',
    clean: (n) => {
      const i = ind0(n, 'C2');
      i.polaritas = 'turun';
      i.target = { '2024': '5', '2025': '4', '2026': '4' };
      i.realisasiTw = { '2024': [null, null, null, '5'] };
    },
  },
  {
    name: 'range polarity is not checked for direction',
    rule: 'yearly-target-direction',
    severity: 'warning',
    bad: (n) => void (ind0(n, 'C1').target = { '2024': '7-8', '2025': '6-9', '2026': '70' }),
    node: 'C1',
    numbers: { targetDari: '7-8', targetKe: '6-9' },
    clean: (n) => {
      const i = ind0(n, 'C1');
      i.polaritas = 'rentang';
      i.target = { '2024': '50', '2025': '6-9', '2026': '1' };
    },
  },
  {
    name: '"Jumlah …" on an outcome level',
    rule: 'outcome-worded-as-output',
    severity: 'warning',
    bad: (n) => void (ind0(n, 'B').nama = '  jumlah ASN yang mengikuti diklat'),
    node: 'B',
    numbers: { level: '2', levelOutcomeMaks: '2' },
    text: 'Jumlah',
    clean: (n) => {
      ind0(n, 'C1').nama = 'Jumlah ASN yang mengikuti diklat';
      ind0(n, 'B').nama = 'Jumlahnya bukan kata pertama';
      ind0(n, 'A').nama = 'Persentase jumlah ASN';
    },
  },
  {
    name: 'levelOutcomeMaks setting widens the outcome levels',
    rule: 'outcome-worded-as-output',
    severity: 'warning',
    bad: (n) => void (ind0(n, 'C1').nama = 'Jumlah ASN'),
    badSettings: { levelOutcomeMaks: 3 },
    node: 'C1',
    numbers: { level: '3', levelOutcomeMaks: '3' },
    clean: (n) => void (ind0(n, 'C1').nama = 'Jumlah ASN'),
  },
];

describe('target rules', () => {
  it.each(cases)('$rule: $name', (c) => {
    const { hit, found, cleanFound } = runCase(c);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit?.severity).toBe(c.severity);
    expect(hit?.numbers).toMatchObject(c.numbers ?? {});
    if (c.text) expect(hit?.message.id).toContain(c.text);
    if (c.textEn ?? c.text) expect(hit?.message.en).toContain(c.textEn ?? c.text);
    expect(cleanFound).toEqual([]);
  });

  it('quarter targets are compared at the indicator decimal places', () => {
    const found = checkChanged((n) => {
      const i = ind0(n, 'C1');
      i.agregasi = 'kumulatif';
      i.desimal = 1;
      i.target['2024'] = '100';
      i.realisasiTw = { '2024': ['100', null, null, null] };
      i.targetTw = { '2024': ['33.33', '33.33', '33.33', '0.03'] };
    });
    expect(ofRule(found, 'quarter-target-mismatch')).toEqual([]);
  });

  it('incomplete quarter targets are not compared', () => {
    const found = checkChanged((n) => void (ind0(n, 'C1').targetTw = { '2024': ['1', null, '2', '3'] }));
    expect(ofRule(found, 'quarter-target-mismatch')).toEqual([]);
  });

  it('reports every pair moving the wrong way in one finding', () => {
    const [f] = ofRule(
      checkChanged((n) => void (ind0(n, 'C1').target = { '2024': '50', '2025': '40', '2026': '30' })),
      'yearly-target-direction',
    );
    expect(f?.numbers.jumlahPelanggaran).toBe('2');
    expect(f?.message.id).toContain('2024: 50 → 2025: 40; 2025: 40 → 2026: 30');
  });

  it('an unchanged fixture has no target findings', () => {
    const found = checkChanged(unchanged);
    expect(found.filter((f) => ['quarter-target-mismatch', 'yearly-target-direction', 'outcome-worded-as-output'].includes(f.rule))).toEqual([]);
  });
});
