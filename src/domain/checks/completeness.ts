import { isTargetText, parseTarget } from '../capaian';
import { periodYears } from '../model';
import type { KNode } from '../model';
import { indicatorLabel, makeFinding, nodeLabel } from './format';
import type { Bilingual, CheckContext, Finding } from './types';
import { pausesBefore } from './types';

/** Levels that must carry a sasaran and at least one indicator (level 5, aktivitas, often has none). */
const MAX_LEVEL_WITH_INDICATOR = 4;

/**
 * Completeness rules: `missing-sasaran` and `missing-indicator` (levels 0–4),
 * `indicator-missing-satuan`, `indicator-missing-target-year` (every year of the project period).
 * Polarity is not checked: the model always gives it a value (`naik` by default).
 */
export function* checkCompleteness(ctx: CheckContext, out: Finding[]): Generator<void, void, void> {
  const { periodeAwal, periodeAkhir } = ctx.doc.project;
  const years = periodYears(ctx.doc.project);
  const periode = `${periodeAwal}–${periodeAkhir}`;
  const yearKeys = years.map(String);
  const { order, orderNodes } = ctx;
  for (let i = 0; i < order.length; i++) {
    if (pausesBefore(i)) yield;
    const n = orderNodes[i] as KNode;
    // Labels are built only for a node with a finding: on a healthy tree that is almost none.
    if (n.level <= MAX_LEVEL_WITH_INDICATOR && n.sasaran.trim() === '') {
      const label = nodeLabel(n);
      out.push(
        makeFinding(
          'missing-sasaran',
          n,
          { id: `${label.id} (level ${n.level}) belum memiliki sasaran kinerja.`, en: `${label.en} (level ${n.level}) has no sasaran kinerja.` },
          { id: 'Tuliskan kondisi yang ingin dicapai simpul ini sebagai sasaran.', en: 'Write the condition this node aims at as its sasaran.' },
          { level: String(n.level) },
        ),
      );
    }
    if (n.level <= MAX_LEVEL_WITH_INDICATOR && n.indicators.length === 0) {
      const label = nodeLabel(n);
      out.push(
        makeFinding(
          'missing-indicator',
          n,
          { id: `${label.id} (level ${n.level}) belum memiliki indikator.`, en: `${label.en} (level ${n.level}) has no indicator.` },
          { id: 'Tambahkan minimal satu indikator beserta satuan dan targetnya.', en: 'Add at least one indicator with its satuan and targets.' },
          { level: String(n.level) },
        ),
      );
    }
    for (const ind of n.indicators) {
      if (ind.satuan.trim() === '') {
        const label = nodeLabel(n);
        const l = indicatorNames(ind.nama);
        out.push(
          makeFinding(
            'indicator-missing-satuan',
            n,
            { id: `Indikator ${l.id} pada ${label.id} belum memiliki satuan.`, en: `Indicator ${l.en} of ${label.en} has no satuan (unit).` },
            { id: 'Isi satuannya (%, Indeks, Nilai, Dokumen, Orang, Laporan, …).', en: 'Fill in its unit (%, Indeks, Nilai, Dokumen, Orang, Laporan, …).' },
            { indikator: ind.nama, indikatorId: ind.id },
          ),
        );
      }
      // No memo per Indicator object: the test is a scan of a few short texts, and a WeakMap
      // entry per indicator cost more (insertion, and every scavenge after) than it saved.
      if (!missesTargetYear(ind.target, yearKeys)) continue;
      const missing = years.filter((y) => parseTarget(ind.target[String(y)]) === null);
      const list = missing.join(', ');
      const label = nodeLabel(n);
      const l = indicatorNames(ind.nama);
      out.push(
        makeFinding(
          'indicator-missing-target-year',
          n,
          { id: `Indikator ${l.id} pada ${label.id} belum bertarget untuk tahun ${list} (periode ${periode}).`, en: `Indicator ${l.en} of ${label.en} has no target for ${list} (period ${periode}).` },
          { id: 'Isi target tahunan untuk setiap tahun periode Renstra.', en: 'Enter an annual target for every year of the Renstra period.' },
          { indikator: ind.nama, indikatorId: ind.id, tahun: list, jumlahTahun: String(missing.length), periode: `${periodeAwal}-${periodeAkhir}` },
        ),
      );
    }
  }
}

const indicatorNames = (nama: string): Bilingual => ({ id: indicatorLabel(nama, 'id'), en: indicatorLabel(nama, 'en') });

/** Whether some year of the period has no valid annual target (no array per indicator). */
function missesTargetYear(target: Record<string, string>, yearKeys: readonly string[]): boolean {
  for (const y of yearKeys) if (!isTargetText(target[y])) return true;
  return false;
}
