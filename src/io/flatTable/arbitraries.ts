/**
 * fast-check generators for the flat table tests: small documents in the form the reader
 * produces (node id = kode, indicator id = `kode#n`, sibling order 0..n-1, quarter values only
 * in the selected year), so a round trip must give them back exactly.
 */
import fc from 'fast-check';
import { makeIndicator, makeNode, makeProject, SCHEMA_VERSION } from '../../domain/model.ts';
import type { Indicator, KDocument, KNode, Level } from '../../domain/model.ts';
import { D, toCanonical } from '../../domain/numbers.ts';

export const decimalArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 100_000_000_000 }).map((n) => toCanonical(new D(n))),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 8 }))
    .map(([n, k]) => toCanonical(new D(n.toString()).div(new D(10).pow(k)))),
  fc.constantFrom('1.234', '-1.234', '0.125', '12.5', '1905955200', '91.36', '0', '0.0000001', '123456789012345678901234.5', '-5'),
);

export const targetArb: fc.Arbitrary<string> = fc.oneof(decimalArb, fc.tuple(decimalArb, decimalArb).map(([a, b]) => `${a}-${b}`));

const TRICKY = ['=SUM(A1:A9)', '-abc', '+62 812', '@cmd', "'=x", "''-y", 'a;b,c', 'say "hi"', 'baris\nkedua', '1.234', 'Persentase (%)', 'Rp 1.000', '=1+1', '-'];

/** Text as the reader gives it back: trimmed, no CR or other control characters. */
export const textArb: fc.Arbitrary<string> = fc
  .oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(...TRICKY), fc.constant(''))
  .map((s) => [...s].filter((ch) => ch === '\n' || (ch >= ' ' && ch !== '\u007f')).join('').trim());

export const kodeArb: fc.Arbitrary<string> = fc
  .oneof(fc.stringMatching(/^[A-Za-z0-9.=+@'-]{1,9}$/), fc.constantFrom('5.03.02', '5.03.02.2.01', '-1', '=A1', '1.10', '007'))
  .filter((s) => s.trim() === s && s !== '');

const quartersArb = <T>(v: fc.Arbitrary<T>): fc.Arbitrary<[T | null, T | null, T | null, T | null]> =>
  fc.tuple(fc.option(v), fc.option(v), fc.option(v), fc.option(v)).filter((q) => q.some((x) => x !== null));

const CUSTOM_KEYS = ['Catatan', 'Sumber Anggaran', 'kode rekening'];

function indicatorArb(years: string[], tahun: string) {
  return fc.record({
    nama: textArb,
    alias: textArb,
    satuan: textArb,
    rumus: textArb,
    definisi: textArb,
    sumberData: textArb,
    polaritas: fc.constantFrom('naik' as const, 'turun' as const, 'rentang' as const),
    agregasi: fc.constantFrom('kumulatif' as const, 'nilai_akhir' as const),
    rumusTurun: fc.constantFrom(null, 'pengurangan' as const, 'rasio' as const),
    kondisiAwal: fc.option(decimalArb),
    desimal: fc.integer({ min: 0, max: 10 }),
    target: fc.dictionary(fc.constantFrom(...years), targetArb, { maxKeys: years.length }),
    targetTw: fc.option(quartersArb(targetArb)).map((q) => (q ? { [tahun]: q } : {})),
    realisasiTw: fc.option(quartersArb(decimalArb)).map((q) => (q ? { [tahun]: q } : {})),
  });
}

function nodePartArb(i: number, kodes: string[], years: string[], tahun: string) {
  const others = kodes.filter((_, j) => j !== i);
  return fc.record({
    parent: i === 0 ? fc.constant(null) : fc.option(fc.nat(i - 1)),
    level: fc.integer({ min: 0, max: 5 }),
    sasaran: textArb,
    nama: textArb,
    fenomena: textArb,
    penanggungJawab: textArb,
    keterangan: textArb,
    bobot: fc.option(decimalArb),
    crosscutting: others.length > 0 ? fc.subarray(others) : fc.constant<string[]>([]),
    custom: fc.dictionary(fc.constantFrom(...CUSTOM_KEYS), textArb.filter((s) => s !== ''), { maxKeys: 3 }),
    indicators: fc.array(indicatorArb(years, tahun), { maxLength: 3 }),
    pagu: fc.dictionary(fc.constantFrom(...years), decimalArb, { maxKeys: years.length }),
    rencanaTw: fc.option(quartersArb(decimalArb)).map((q) => (q ? { [tahun]: q } : {})),
    realisasiTw: fc.option(quartersArb(decimalArb)).map((q) => (q ? { [tahun]: q } : {})),
  });
}

export const documentArb: fc.Arbitrary<KDocument> = fc
  .record({
    awal: fc.integer({ min: 2020, max: 2026 }),
    span: fc.integer({ min: 0, max: 3 }),
    pick: fc.nat(),
    tw: fc.integer({ min: 1, max: 4 }),
    kodes: fc.uniqueArray(kodeArb, { minLength: 1, maxLength: 7 }),
  })
  .chain(({ awal, span, pick, tw, kodes }) => {
    const years = Array.from({ length: span + 1 }, (_, k) => String(awal + k));
    const tahun = years[pick % years.length] ?? String(awal);
    return fc.tuple(...kodes.map((_, i) => nodePartArb(i, kodes, years, tahun))).map((parts) => {
      const nodes: Record<string, KNode> = {};
      const next = new Map<string | null, number>();
      parts.forEach((p, i) => {
        const kode = kodes[i] ?? '';
        const parentId = p.parent === null ? null : (kodes[p.parent] ?? null);
        const order = next.get(parentId) ?? 0;
        next.set(parentId, order + 1);
        const indicators = p.indicators.map((ind, k): Indicator => makeIndicator({ ...ind, id: `${kode}#${k + 1}` }));
        nodes[kode] = makeNode({
          id: kode,
          kode,
          level: p.level as Level,
          parentId,
          order,
          sasaran: p.sasaran,
          nama: p.nama,
          fenomena: p.fenomena,
          penanggungJawab: p.penanggungJawab,
          keterangan: p.keterangan,
          bobot: p.bobot,
          crosscutting: p.crosscutting.map((parentId) => ({ parentId, bobot: null })),
          custom: p.custom,
          indicators,
          anggaran: { pagu: p.pagu, rencanaTw: p.rencanaTw, realisasiTw: p.realisasiTw },
        });
      });
      const project = makeProject({ id: 'p1', periodeAwal: awal, periodeAkhir: awal + span, tahun: Number(tahun), triwulan: tw });
      return { schemaVersion: SCHEMA_VERSION, project, nodes, acknowledgements: [] };
    });
  });
