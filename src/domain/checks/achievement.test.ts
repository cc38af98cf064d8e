import { describe, expect, it } from 'vitest';
import type { Indicator, KNode } from '../model';
import { at, checkChanged, cleanIndicator, ind0, ofRule, runCase, unchanged } from './fixtures';
import type { RuleCase } from './fixtures';

/** Replaces B's indicator by a composite one. */
const composite = (n: Record<string, KNode>, extra: Partial<Indicator>): void => {
  at(n, 'B').indicators = [cleanIndicator('iIP', 'Indeks Profesionalitas ASN', ['66.75', '67', '68'], { satuan: 'Indeks', ...extra })];
};
/** Seed 001: IP = IP1 + IP2 + IP3 + IP4 written as 66.90 with IP4 = 29.04 (71.85); 24.09 makes 66.90. */
const seed001 = (ip4: string) => (n: Record<string, KNode>) =>
  composite(n, {
    rumus: 'IP1 + IP2 + IP3 + IP4',
    variabel: { IP1: { '2024': '12.38' }, IP2: { '2024': '25.44' }, IP3: { '2024': '4.99' }, IP4: { '2024': ip4 } },
    realisasiTw: { '2024': [null, null, null, '66.90'] },
  });
/** Seed 000: IP3 printed 4,99 while its formula gives 5,00 (1569 × 17,25 / 5413 = 5,00005…). */
const seed000 = (stated: string) => (n: Record<string, KNode>) =>
  composite(n, {
    rumus: '(S2 X 17,25) / {Jumlah ASN}',
    variabel: { S2: { '2024-TW1': '1569' }, 'Jumlah ASN': { '2024': '5413' } },
    realisasiTw: { '2024': [stated, null, null, null] },
    target: { '2024': '5', '2025': '5', '2026': '5' },
  });
const setRealisasi = (n: Record<string, KNode>, id: string, v: string | null): void => {
  ind0(n, id).realisasiTw = { '2024': [null, null, null, v] };
};

const cases: RuleCase[] = [
  {
    name: 'seed 001: IP stated 66,90 vs formula 71,85',
    rule: 'composite-mismatch',
    severity: 'error',
    bad: seed001('29.04'),
    node: 'B',
    numbers: { indikatorId: 'iIP', tertulis: '66.9', hasilRumus: '71.85', selisih: '-4.95', rumus: 'IP1 + IP2 + IP3 + IP4' },
    text: 'tertulis 66,90, tetapi rumusnya (IP1 + IP2 + IP3 + IP4) menghasilkan 71,85',
    textEn: 'states 66.90, but its formula (IP1 + IP2 + IP3 + IP4) gives 71.85',
    clean: seed001('24.09'),
  },
  {
    name: 'seed 000: IP3 printed 4,99 vs formula 5,00',
    rule: 'composite-mismatch',
    severity: 'error',
    bad: seed000('4.99'),
    tw: 1,
    node: 'B',
    numbers: { tertulis: '4.99', hasilRumus: '5', selisih: '-0.01' },
    text: 'menghasilkan 5,00',
    textEn: 'gives 5.00',
    // The stated value is rounded to the indicator's decimals too: 4,996 reads as 5,00.
    clean: seed000('4.996'),
  },
  {
    name: 'composite over other nodes’ indicator aliases',
    rule: 'composite-mismatch',
    severity: 'error',
    bad: (n) => {
      ind0(n, 'C1').alias = 'K1';
      ind0(n, 'C2').alias = 'K2';
      composite(n, { rumus: 'K1 + K2', realisasiTw: { '2024': [null, null, null, '120'] } });
    },
    node: 'B',
    numbers: { tertulis: '120', hasilRumus: '130' },
    clean: (n) => {
      ind0(n, 'C1').alias = 'K1';
      ind0(n, 'C2').alias = 'K2';
      composite(n, { rumus: 'K1 + K2', realisasiTw: { '2024': [null, null, null, '130.00'] } });
    },
  },
  {
    name: 'syntax error',
    rule: 'formula-error',
    severity: 'error',
    bad: (n) => composite(n, { rumus: 'IP1 + * 2', variabel: { IP1: { '2024': '1' } } }),
    node: 'B',
    numbers: { jenis: 'syntax', kolom: '7', rumus: 'IP1 + * 2' },
    text: 'kolom 7',
    textEn: 'column 7',
    clean: (n) => composite(n, { rumus: 'IP1 + 2', variabel: { IP1: { '2024': '1' } }, realisasiTw: {} }),
  },
  {
    name: 'unknown name',
    rule: 'formula-error',
    severity: 'error',
    bad: (n) => composite(n, { rumus: 'IP1 + Foo', variabel: { IP1: { '2024': '1' } } }),
    node: 'B',
    numbers: { jenis: 'unknown-name', nama: 'Foo', kolom: '7' },
    text: "'Foo'",
    clean: (n) => composite(n, { rumus: 'IP1 + Foo', variabel: { IP1: { '2024': '1' }, Foo: { '2024': '2' } }, realisasiTw: {} }),
  },
  {
    name: 'division by zero',
    rule: 'formula-error',
    severity: 'error',
    bad: (n) => composite(n, { rumus: 'a / b', variabel: { a: { '2024': '1' }, b: { '2024': '0' } } }),
    node: 'B',
    numbers: { jenis: 'division-by-zero', kolom: '3' },
    clean: (n) => composite(n, { rumus: 'a / b', variabel: { a: { '2024': '1' }, b: { '2025': '0' } } }),
  },
  {
    name: 'own capaian 100 vs roll-up 60',
    rule: 'rollup-divergence',
    severity: 'warning',
    bad: (n) => setRealisasi(n, 'C1', '10'),
    node: 'B',
    numbers: { capaian: '100', capaianTurunan: '60', selisih: '40', ambang: '25' },
    text: 'sendiri 100,00%, sedangkan capaian turunan dari anak-anaknya 60,00%: selisih 40,00 poin (> 25)',
    textEn: "is 100.00% while its children's roll-up is 60.00%: 40.00 points apart (> 25)",
    clean: (n) => setRealisasi(n, 'C1', '10'),
    cleanSettings: { ambangSelisih: '40' },
  },
  {
    name: 'spending without any indicator realisation',
    rule: 'spending-without-realisation',
    severity: 'warning',
    bad: (n) => setRealisasi(n, 'C2', null),
    node: 'C2',
    numbers: { tahun: '2024', tw: '4', realisasiAnggaran: '100000', jumlahIndikator: '1' },
    text: 'Rp 100.000',
    textEn: 'Rp 100,000',
    clean: (n) => {
      setRealisasi(n, 'C2', null);
      at(n, 'C2').anggaran.realisasiTw = {};
    },
  },
  {
    name: 'realisation 160% of the target',
    rule: 'target-too-easy',
    severity: 'info',
    bad: (n) => setRealisasi(n, 'C1', '80'),
    node: 'C1',
    numbers: { capaian: '160', target: '50', realisasi: '80', ambang: '150' },
    text: '160,00%',
    textEn: 'reaches 160.00% (realisation 80, target 50), ≥ 150%',
    clean: (n) => setRealisasi(n, 'C1', '70'),
  },
  {
    name: 'turun indicator far below its target',
    rule: 'target-too-easy',
    severity: 'info',
    bad: (n) => {
      const i = ind0(n, 'C2');
      i.polaritas = 'turun';
      i.target = { '2024': '10', '2025': '9', '2026': '8' };
      setRealisasi(n, 'C2', '4');
    },
    node: 'C2',
    numbers: { capaian: '160' },
    clean: (n) => setRealisasi(n, 'C2', '80'),
    cleanSettings: { ambangTerlaluMudah: '200' },
  },
];

/**
 * Mid-year (TW II): B's indicator is kumulatif (TW I + TW II of an annual 100, quarter targets 25
 * each), C1's and C2's are nilai akhir and on their TW II targets (45 of 50, 72 of 80). On the
 * annual basis B stands at 50% and its children at 90%; against the targets up to TW II all three
 * stand at 100%.
 */
function midYear(n: Record<string, KNode>, bRealisasi: string, c1 = '45', c2 = '72', quarterTargets = true): void {
  const b = ind0(n, 'B');
  b.agregasi = 'kumulatif';
  b.target = { '2024': '100', '2025': '100', '2026': '100' };
  b.targetTw = { '2024': ['25', '25', '25', '25'] };
  b.realisasiTw = { '2024': [bRealisasi, bRealisasi, null, null] };
  const nilaiAkhir = (id: string, tw: [string, string, string, string], value: string): void => {
    const i = ind0(n, id);
    if (quarterTargets) i.targetTw = { '2024': tw };
    i.realisasiTw = { '2024': [null, value, null, null] };
  };
  nilaiAkhir('C1', ['40', '45', '48', '50'], c1);
  nilaiAkhir('C2', ['70', '72', '76', '80'], c2);
}

describe('rollup-divergence before TW IV', () => {
  const divergences = (change: (n: Record<string, KNode>) => void, tw = 2) => ofRule(checkChanged(change, {}, tw), 'rollup-divergence');

  it('is not reported when the gap is only the aggregation kinds measured against the annual target', () => {
    const found = divergences((n) => midYear(n, '25'));
    expect(found).toEqual([]);
    // Without quarter targets on the children there is nothing else to go by: the annual basis stands.
    const annualOnly = divergences((n) => midYear(n, '25', '45', '72', false));
    expect(annualOnly.map((f) => [f.nodeId, f.numbers])).toEqual([['B', { capaian: '50', capaianTurunan: '90', selisih: '40', ambang: '25' }]]);
  });

  it('is reported, with both comparisons, when the quarter targets show the gap too', () => {
    // B: 80 of 100 (80%), 80 of 50 to TW II (160%); C1 20 of 45 (44,44%), C2 36 of 72 (50%).
    const found = divergences((n) => midYear(n, '40', '20', '36'));
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f?.nodeId).toBe('B');
    expect(f?.numbers).toEqual({ capaian: '80', capaianTurunan: '42.5', selisih: '37.5', ambang: '25', tw: '2', capaianTw: '160', capaianTurunanTw: '47.22', selisihTw: '112.78' });
    expect(f?.message.id).toContain('selisih 37,50 poin (> 25). Terhadap target s/d TW 2 pun keduanya berselisih 112,78 poin (sendiri 160,00%, turunan 47,22%).');
    expect(f?.message.en).toContain('37.50 points apart (> 25). Against the targets up to TW 2 they are still 112.78 points apart (own 160.00%, roll-up 47.22%).');
  });

  it('at TW IV compares against the annual target only', () => {
    // B's quarter targets sum to 40 of its annual 100: 40% for the year, 100% against its quarters.
    const found = ofRule(
      checkChanged((n) => {
        const b = ind0(n, 'B');
        b.agregasi = 'kumulatif';
        b.targetTw = { '2024': ['10', '10', '10', '10'] };
        b.realisasiTw = { '2024': ['10', '10', '10', '10'] };
        b.target = { '2024': '100', '2025': '100', '2026': '100' };
        // The children at 100% on both bases.
        ind0(n, 'C1').targetTw = { '2024': ['50', '50', '50', '50'] };
        ind0(n, 'C2').targetTw = { '2024': ['80', '80', '80', '80'] };
      }),
      'rollup-divergence',
    );
    // (A, at 100%, is 60 points above B too.)
    expect(found.map((f) => [f.nodeId, f.numbers.capaian, f.numbers.capaianTurunan, f.numbers.tw])).toEqual([
      ['A', '100', '40', undefined],
      ['B', '40', '100', undefined],
    ]);
  });
});

describe('achievement rules', () => {
  it.each(cases)('$rule: $name', (c) => {
    const { hit, found, cleanFound } = runCase(c);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit?.severity).toBe(c.severity);
    expect(hit?.numbers).toMatchObject(c.numbers ?? {});
    if (c.text) expect(hit?.message.id).toContain(c.text);
    if (c.textEn ?? c.text) expect(hit?.message.en).toContain(c.textEn ?? c.text);
    expect(cleanFound).toEqual([]);
  });

  it('a formula whose inputs have no value in the period is not an error', () => {
    const found = checkChanged((n) => composite(n, { rumus: 'a + 1', variabel: { a: { '2025': '1' } } }));
    expect(ofRule(found, 'formula-error')).toEqual([]);
    expect(ofRule(found, 'composite-mismatch')).toEqual([]);
  });

  it('spending without realisation is flagged where it is entered, not again on summed ancestors', () => {
    // At TW II no indicator of the fixture has a realisation yet (they report at TW IV).
    const at2 = ofRule(checkChanged(unchanged, {}, 2), 'spending-without-realisation');
    expect(at2.map((f) => [f.nodeId, f.numbers.realisasiAnggaran])).toEqual([
      ['C1', '500000'],
      ['C2', '100000'],
    ]);
    const withB = ofRule(
      checkChanged((n) => void (at(n, 'B').anggaran.realisasiTw = { '2024': ['600000', null, null, null] }), {}, 2),
      'spending-without-realisation',
    );
    expect(withB.map((f) => f.nodeId)).toEqual(['B', 'C1', 'C2']);
  });

  it('a capaian cap below the threshold silences target-too-easy', () => {
    const found = checkChanged((n) => setRealisasi(n, 'C1', '80'), { capaianCap: '120' });
    expect(ofRule(found, 'target-too-easy')).toEqual([]);
  });

  it('an unchanged fixture has no achievement findings', () => {
    expect(checkChanged(unchanged)).toEqual([]);
  });
});
