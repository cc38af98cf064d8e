import { describe, expect, it } from 'vitest';
import { makeNode } from '../model';
import type { KNode } from '../model';
import { at, baseNodes, check, checkChanged, docOf, ind0, ofRule, runCase, unchanged } from './fixtures';
import type { RuleCase } from './fixtures';

const none = unchanged;
const level5 = (n: Record<string, KNode>): void => {
  n.D = makeNode({ id: 'D', level: 4, parentId: 'C1', kode: '5.03.02.2.01.0001', sasaran: 'Terlaksananya diklat', indicators: [{ ...ind0(n, 'C1'), id: 'iD' }] });
  n.E = makeNode({ id: 'E', level: 5, parentId: 'D', nama: 'Penyelenggaraan Diklat' });
};

const cases: RuleCase[] = [
  { name: 'child two levels below its parent', rule: 'level-step', severity: 'error', bad: (n) => void (at(n, 'C1').level = 4), node: 'C1', numbers: { level: '4', levelInduk: '2', levelSeharusnya: '3', hubungan: 'utama' }, clean: none },
  {
    name: 'crosscutting parent on the wrong level',
    rule: 'level-step',
    severity: 'error',
    bad: (n) => void (at(n, 'C2').crosscutting = [{ parentId: 'A', bobot: null }]),
    node: 'C2',
    numbers: { levelInduk: '1', hubungan: 'crosscutting' },
    clean: (n) => void (at(n, 'C2').crosscutting = [{ parentId: 'B', bobot: null }]),
  },
  { name: 'parent that does not exist', rule: 'orphan', severity: 'error', bad: (n) => void (at(n, 'C1').parentId = 'X'), node: 'C1', numbers: { induk: 'X', hubungan: 'utama' }, text: '"X"', clean: none },
  {
    name: 'crosscutting link to a missing node',
    rule: 'orphan',
    severity: 'error',
    bad: (n) => void (at(n, 'C1').crosscutting = [{ parentId: 'Y', bobot: null }]),
    node: 'C1',
    numbers: { induk: 'Y', hubungan: 'crosscutting' },
    clean: none,
  },
  { name: 'primary cycle', rule: 'cycle', severity: 'error', bad: (n) => void (at(n, 'A').parentId = 'C1'), node: 'A', numbers: { siklus: '5.03 → 5.03.02.2.01 → 5.03.02 → 5.03', jumlahSimpul: '3' }, clean: none },
  {
    name: 'cycle through a crosscutting link',
    rule: 'cycle',
    severity: 'error',
    bad: (n) => void (at(n, 'B').crosscutting = [{ parentId: 'C1', bobot: null }]),
    node: 'B',
    numbers: { jumlahSimpul: '2' },
    clean: none,
  },
  { name: 'level 3 without sasaran', rule: 'missing-sasaran', severity: 'error', bad: (n) => void (at(n, 'C2').sasaran = '  '), node: 'C2', numbers: { level: '3' }, clean: level5 },
  { name: 'level 3 without indicator', rule: 'missing-indicator', severity: 'error', bad: (n) => void (at(n, 'C2').indicators = []), node: 'C2', numbers: { level: '3' }, clean: level5 },
  {
    name: 'indicator without satuan',
    rule: 'indicator-missing-satuan',
    severity: 'warning',
    bad: (n) => void (ind0(n, 'B').satuan = ' '),
    node: 'B',
    numbers: { indikator: 'Indeks Profesionalitas ASN', indikatorId: 'iB' },
    clean: none,
  },
  {
    name: 'indicator without 2025 and 2026 targets',
    rule: 'indicator-missing-target-year',
    severity: 'warning',
    bad: (n) => void (ind0(n, 'B').target = { '2024': '70' }),
    node: 'B',
    numbers: { tahun: '2025, 2026', jumlahTahun: '2', periode: '2024-2026' },
    text: '2025, 2026',
    clean: (n) => void (ind0(n, 'B').target = { '2023': '1', '2024': '70', '2025': '7-8', '2026': '74' }),
  },
  {
    name: 'code not under the parent code',
    rule: 'code-not-nested',
    severity: 'warning',
    bad: (n) => void (at(n, 'C2').kode = '5.04.01.2.02'),
    node: 'C2',
    numbers: { kode: '5.04.01.2.02', kodeInduk: '5.03.02' },
    clean: (n) => {
      // Free keys (no dotted segments) are not nomenclature codes and are not checked.
      at(n, 'B').kode = 'P1';
      at(n, 'C2').kode = 'K2';
    },
  },
  { name: 'code continuing a segment', rule: 'code-not-nested', severity: 'warning', bad: (n) => void (at(n, 'C2').kode = '5.03.021.01'), node: 'C2', numbers: { kodeInduk: '5.03.02' }, clean: none },
  {
    name: 'duplicate code',
    rule: 'duplicate-code',
    severity: 'error',
    bad: (n) => void (at(n, 'C2').kode = '5.03.02.2.01'),
    node: 'C2',
    numbers: { kode: '5.03.02.2.01', jumlah: '2', pertama: 'C1' },
    clean: (n) => void (at(n, 'A').kode = ''),
  },
  {
    name: 'duplicate sibling sasaran (case and spaces differ)',
    rule: 'duplicate-sibling-name',
    severity: 'warning',
    bad: (n) => void (at(n, 'C2').sasaran = ' meningkatnya KOMPETENSI  sdm '),
    node: 'C2',
    numbers: { sama: '5.03.02.2.01' },
    clean: (n) => {
      // The same wording under different parents (cousins) is fine.
      n.B2 = makeNode({ ...at(n, 'B'), id: 'B2', kode: '5.03.03', order: 5, sasaran: 'Lain' });
      n.C3 = makeNode({ ...at(n, 'C1'), id: 'C3', parentId: 'B2', kode: '5.03.03.2.01' });
    },
  },
  {
    name: 'duplicate sibling nama',
    rule: 'duplicate-sibling-name',
    severity: 'warning',
    bad: (n) => {
      at(n, 'C1').nama = 'Pengembangan Kompetensi';
      at(n, 'C2').nama = 'pengembangan kompetensi';
    },
    node: 'C2',
    numbers: { nama: 'pengembangan kompetensi' },
    clean: none,
  },
  {
    name: 'leaf above the lowest level',
    rule: 'branch-stops-early',
    severity: 'info',
    bad: none,
    badSettings: { levelTerendah: 4 },
    node: 'C1',
    numbers: { level: '3', levelTerendah: '4' },
    clean: none,
  },
];

describe('structural rules', () => {
  it.each(cases)('$rule: $name', (c) => {
    const { hit, found, cleanFound } = runCase(c);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit?.severity).toBe(c.severity);
    expect(hit?.numbers).toMatchObject(c.numbers ?? {});
    if (c.text) expect(hit?.message.id).toContain(c.text);
    if (c.textEn ?? c.text) expect(hit?.message.en).toContain(c.textEn ?? c.text);
    expect(cleanFound).toEqual([]);
  });

  it('the clean fixture has no finding at all', () => {
    expect(check(docOf(baseNodes()))).toEqual([]);
  });

  it('nodes on a cycle get no level-step finding for the cycle links', () => {
    const found = checkChanged((n) => void (at(n, 'A').parentId = 'C1'));
    expect(ofRule(found, 'level-step')).toEqual([]);
    expect(ofRule(found, 'cycle')).toHaveLength(1);
  });

  it('a self-parent is a cycle of one node', () => {
    const f = ofRule(
      checkChanged((n) => void (at(n, 'C2').parentId = 'C2')),
      'cycle',
    );
    expect(f.map((x) => [x.nodeId, x.numbers.jumlahSimpul])).toEqual([['C2', '1']]);
  });

  it('level 5 without sasaran or indicator and a leaf at the lowest level are fine', () => {
    const found = checkChanged(level5, { levelTerendah: 5 });
    expect(found.filter((f) => f.nodeId === 'D' || f.nodeId === 'E')).toEqual([]);
    expect(found.map((f) => [f.rule, f.nodeId])).toEqual([['branch-stops-early', 'C2']]);
  });

  it('a level 0 node with a parent is told to become a root', () => {
    const [f] = ofRule(checkChanged((n) => void (at(n, 'B').level = 0)), 'level-step');
    expect(f?.fix.en).toContain('root');
  });

  it('the duplicate is reported on every later node, naming the first', () => {
    const found = ofRule(
      checkChanged((n) => {
        at(n, 'C2').kode = '5.03';
        at(n, 'C1').kode = '5.03';
      }),
      'duplicate-code',
    );
    expect(found.map((f) => [f.nodeId, f.numbers.pertama, f.numbers.jumlah])).toEqual([
      ['C1', 'A', '3'],
      ['C2', 'A', '3'],
    ]);
  });
});

describe('sibling names', () => {
  it('finds duplicates in text beyond ASCII, and none between names one letter apart', () => {
    const dup = checkChanged((n) => {
      at(n, 'C1').sasaran = 'Évaluasi Kinerja Daerah';
      at(n, 'C2').sasaran = '  évaluasi\u00a0kinerja   DAERAH ';
    });
    expect(ofRule(dup, 'duplicate-sibling-name').map((f) => f.nodeId)).toEqual(['C2']);
    const apart = checkChanged((n) => {
      at(n, 'C1').sasaran = 'Évaluasi Kinerja Daerah';
      at(n, 'C2').sasaran = 'Évaluasi Kinerja Daerak';
    });
    expect(ofRule(apart, 'duplicate-sibling-name')).toEqual([]);
  });
});
