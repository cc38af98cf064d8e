import type { PredikatBand } from '../../domain/model';
import { predikatTone } from '../fields/display';
import { useT } from '../hooks/useT';
import { ANGGARAN_COLOR, useToneColors } from './chartStyle';

/** What the bar colours mean: capaian kinerja coloured by its predikat band, capaian anggaran in one colour. */
export function CapaianLegend({ scale }: { scale: readonly PredikatBand[] }) {
  const t = useT();
  const tones = useToneColors();
  return (
    <div className="ach-legend" aria-hidden>
      <span className="ach-legend-head">{t('achCapaian')}:</span>
      {scale.map((b) => (
        <span key={b.label} className="ach-legend-item">
          <i style={{ background: tones[predikatTone(b.label, scale) ?? 0] }} />
          {b.label}
        </span>
      ))}
      <span className="ach-legend-item ach-legend-sep">
        <i style={{ background: ANGGARAN_COLOR }} />
        {t('achAnggaran')}
      </span>
    </div>
  );
}
