import { describe, expect, it } from 'vitest';
import { runChecks } from '../../domain/checks';
import { evaluate } from '../../domain/evaluate';
import { generatePemda } from '../../domain/generate';
import { buildSumenep } from '../../samples/sumenep';
import { levelItems, pickBars, predikatDistribution, weakSpots } from './achievementModel';

describe('achievement model', () => {
  const doc = buildSumenep();
  const ev = evaluate(doc, { year: 2024, tw: 1 });
  const scale = doc.project.settings.predikat;

  it('takes programs with the engine figures', () => {
    const programs = levelItems(ev, 2, scale);
    const kepeg = programs.find((p) => p.kode === '5.03.02');
    expect(kepeg).toMatchObject({ capaian: 27.27, anggaran: 3.11, predikat: 'Sangat Rendah', tone: 4 });
    expect(kepeg?.label.startsWith('5.03.02 ')).toBe(true);
  });

  it('ranks best and worst, capped at N', () => {
    const kegiatan = levelItems(ev, 3, scale);
    const worst = pickBars(kegiatan, 'worst', 3);
    const best = pickBars(kegiatan, 'top', 3);
    expect(worst.bars).toHaveLength(3);
    expect(worst.ranked + worst.without).toBe(kegiatan.length);
    const w = worst.bars.map((b) => b.capaian as number);
    expect([...w].sort((a, b) => a - b)).toEqual(w);
    expect(best.bars[0]?.capaian).toBe(Math.max(...kegiatan.flatMap((k) => (k.capaian === null ? [] : [k.capaian]))));
  });

  it('counts the predikat bands, highest first, then those without capaian', () => {
    const items = levelItems(ev, 3, scale);
    const dist = predikatDistribution(items, scale, 'Tanpa capaian');
    expect(dist.map((d) => d.label)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah', 'Tanpa capaian']);
    expect(dist.reduce((s, d) => s + d.count, 0)).toBe(items.length);
  });

  it('picks the weak-spot findings of the cascade', () => {
    const spots = weakSpots(runChecks(doc, ev));
    // Sumenep's programs report their own capaian far from their kegiatan's: 5 divergences. Its
    // spending is entered on sub kegiatan that all have a realisation, so none spends without one.
    expect(spots.length).toBe(5);
    expect(new Set(spots.map((f) => f.rule))).toEqual(new Set(['rollup-divergence']));
  });

  it('stays bounded on a 20,000-node tree', () => {
    const big = generatePemda({ seed: 7, nodes: 20_000 });
    const bev = evaluate(big, { year: 2024, tw: 2 });
    const t0 = performance.now();
    const kegiatan = levelItems(bev, 3, big.project.settings.predikat);
    const { bars } = pickBars(kegiatan, 'worst', 50);
    const ms = performance.now() - t0;
    console.log(`achievement model: ${kegiatan.length} kegiatan of ${Object.keys(big.nodes).length} nodes in ${ms.toFixed(1)} ms`);
    expect(kegiatan.length).toBeGreaterThan(500);
    expect(bars).toHaveLength(50);
  });
});

describe('axis labels', () => {
  it('wraps long names on two lines at word boundaries and shortens the rest', async () => {
    const { wrapLabel } = await import('./AxisLabel');
    expect(wrapLabel('5.03.02 Program Kepegawaian Daerah', 36, 2)).toEqual(['5.03.02 Program Kepegawaian Daerah']);
    expect(wrapLabel('5.03.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota', 36, 2)).toEqual(['5.03.01 Program Penunjang Urusan', 'Pemerintahan Daerah Kabupaten / Kota']);
    const long = wrapLabel('5.03.01.2.07 Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 36, 2);
    expect(long).toHaveLength(2);
    expect(long[1]?.endsWith('…')).toBe(true);
    expect(long.every((l) => l.length <= 36)).toBe(true);
  });
});
