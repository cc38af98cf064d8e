import { parseTarget } from '../capaian';
import { periodYears } from '../model';
import type { KNode } from '../model';
import { indicatorLabel, makeFinding, nodeLabel } from './format';
import type { CheckContext, Finding } from './types';

/** Levels that must carry a sasaran and at least one indicator (level 5, aktivitas, often has none). */
const MAX_LEVEL_WITH_INDICATOR = 4;

/**
 * Completeness rules: `missing-sasaran` and `missing-indicator` (levels 0–4),
 * `indicator-missing-satuan`, `indicator-missing-target-year` (every year of the project period).
 * Polarity is not checked: the model always gives it a value (`naik` by default).
 */
export function checkCompleteness(ctx: CheckContext, out: Finding[]): void {
  const { periodeAwal, periodeAkhir } = ctx.doc.project;
  const years = periodYears(ctx.doc.project);
  const periode = `${periodeAwal}–${periodeAkhir}`;
  for (const id of ctx.order) {
    const n = ctx.nodes[id] as KNode;
    const label = nodeLabel(n);
    if (n.level <= MAX_LEVEL_WITH_INDICATOR && n.sasaran.trim() === '') {
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
      const il = { id: indicatorLabel(ind.nama, 'id'), en: indicatorLabel(ind.nama, 'en') };
      if (ind.satuan.trim() === '') {
        out.push(
          makeFinding(
            'indicator-missing-satuan',
            n,
            { id: `Indikator ${il.id} pada ${label.id} belum memiliki satuan.`, en: `Indicator ${il.en} of ${label.en} has no satuan (unit).` },
            { id: 'Isi satuannya (%, Indeks, Nilai, Dokumen, Orang, Laporan, …).', en: 'Fill in its unit (%, Indeks, Nilai, Dokumen, Orang, Laporan, …).' },
            { indikator: ind.nama, indikatorId: ind.id },
          ),
        );
      }
      const missing = years.filter((y) => parseTarget(ind.target[String(y)]) === null);
      if (missing.length === 0) continue;
      const list = missing.join(', ');
      out.push(
        makeFinding(
          'indicator-missing-target-year',
          n,
          { id: `Indikator ${il.id} pada ${label.id} belum bertarget untuk tahun ${list} (periode ${periode}).`, en: `Indicator ${il.en} of ${label.en} has no target for ${list} (period ${periode}).` },
          { id: 'Isi target tahunan untuk setiap tahun periode Renstra.', en: 'Enter an annual target for every year of the Renstra period.' },
          { indikator: ind.nama, indikatorId: ind.id, tahun: list, jumlahTahun: String(missing.length), periode: `${periodeAwal}-${periodeAkhir}` },
        ),
      );
    }
  }
}
