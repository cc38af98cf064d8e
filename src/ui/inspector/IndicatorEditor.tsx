import type { IndicatorResult } from '../../domain/evaluate';
import type { Agregasi, Indicator, Polaritas } from '../../domain/model';
import { useStore } from '../../store/store';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useActions } from '../hooks/useActions';
import { useT } from '../hooks/useT';
import { FormulaField } from './FormulaField';
import { IndicatorResultView } from './IndicatorResultView';
import { IndicatorTargets } from './IndicatorTargets';
import { QuarterGrid } from './QuarterGrid';

const DESIMAL = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

interface Props {
  nodeId: string;
  ind: Indicator;
  index: number;
  result: IndicatorResult | undefined;
  autoFocus: boolean;
}

/** Every field of one indicator, its targets and quarters for the selected year, and its result. */
export function IndicatorEditor({ nodeId, ind, index, result, autoFocus }: Props) {
  const t = useT();
  const a = useActions();
  const year = useStore((s) => s.year);
  const p = `insp-ind-${index}`;
  const upd = (patch: Parameters<typeof a.updateIndicator>[2]): void => a.updateIndicator(nodeId, ind.id, patch);
  const y = String(year);
  return (
    <fieldset className="ind" data-testid={p}>
      <legend className="ind-legend">
        {t('indicatorN', { n: index + 1 })}
        {ind.alias ? <span className="ind-alias">{ind.alias}</span> : null}
      </legend>
      <button type="button" className="btn-remove ind-remove" data-testid={`${p}-remove`} aria-label={t('removeIndicatorN', { n: index + 1 })} title={t('removeIndicatorN', { n: index + 1 })} onClick={() => a.removeIndicator(nodeId, ind.id)}>
        ✕
      </button>
      <TextField label={t('fIndikator')} value={ind.nama} onCommit={(v) => upd({ nama: v })} wrap rows={2} autoFocus={autoFocus} data-testid={`${p}-nama`} />
      <div className="fld-row">
        <TextField label={t('fAlias')} value={ind.alias} onCommit={(v) => upd({ alias: v })} className="fld-mono" hint={t('aliasHint')} data-testid={`${p}-alias`} />
        <TextField label={t('fSatuan')} value={ind.satuan} onCommit={(v) => upd({ satuan: v })} placeholder="%" data-testid={`${p}-satuan`} />
      </div>
      <div className="fld-row fld-row-3">
        <SelectField
          label={t('fPolaritas')}
          value={ind.polaritas}
          options={[
            { value: 'naik', label: t('polNaik') },
            { value: 'turun', label: t('polTurun') },
            { value: 'rentang', label: t('polRentang') },
          ]}
          onChange={(v) => upd({ polaritas: v as Polaritas })}
          title={t('polHint')}
          data-testid={`${p}-polaritas`}
        />
        <SelectField
          label={t('fAgregasi')}
          value={ind.agregasi}
          options={[
            { value: 'kumulatif', label: t('aggKumulatif') },
            { value: 'nilai_akhir', label: t('aggNilaiAkhir') },
          ]}
          onChange={(v) => upd({ agregasi: v as Agregasi })}
          data-testid={`${p}-agregasi`}
        />
        <SelectField label={t('fDesimal')} value={String(ind.desimal)} options={DESIMAL} onChange={(v) => upd({ desimal: Number(v) })} data-testid={`${p}-desimal`} />
      </div>
      {ind.polaritas === 'turun' ? (
        <SelectField
          label={t('fRumusTurun')}
          value={ind.rumusTurun ?? ''}
          options={[
            { value: '', label: t('rtProject') },
            { value: 'pengurangan', label: t('rtPengurangan') },
            { value: 'rasio', label: t('rtRasio') },
          ]}
          onChange={(v) => upd({ rumusTurun: v === 'pengurangan' || v === 'rasio' ? v : null })}
          data-testid={`${p}-rumus-turun`}
        />
      ) : null}
      <FormulaField nodeId={nodeId} ind={ind} testId={`${p}-rumus`} />
      <IndicatorTargets nodeId={nodeId} ind={ind} testPrefix={p} />
      <QuarterGrid
        caption={t('quartersOf', { year })}
        rows={[
          { label: t('target'), kind: 'target', values: ind.targetTw[y], testId: (q) => `${p}-target-tw${q}`, onCommit: (q, v) => a.setIndicatorQuarter(nodeId, ind.id, 'targetTw', year, q, v) },
          { label: t('realisasi'), kind: 'number', values: ind.realisasiTw[y], testId: (q) => `${p}-realisasi-tw${q}`, onCommit: (q, v) => a.setIndicatorQuarter(nodeId, ind.id, 'realisasiTw', year, q, v) },
        ]}
      />
      {result ? <IndicatorResultView ind={ind} result={result} testPrefix={p} /> : null}
      <details className="ind-more">
        <summary>{t('moreFields')}</summary>
        <TextField label={t('fDefinisi')} value={ind.definisi} onCommit={(v) => upd({ definisi: v })} multiline rows={3} data-testid={`${p}-definisi`} />
        <TextField label={t('fSumberData')} value={ind.sumberData} onCommit={(v) => upd({ sumberData: v })} data-testid={`${p}-sumber-data`} />
      </details>
    </fieldset>
  );
}
