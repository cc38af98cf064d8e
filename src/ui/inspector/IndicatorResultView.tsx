import { targetToString } from '../../domain/capaian';
import type { IndicatorResult } from '../../domain/evaluate';
import type { Indicator } from '../../domain/model';
import { useStore } from '../../store/store';
import { reasonKey, twVars } from '../fields/display';
import { fmtPct, fmtTarget, fmtValue } from '../format';
import { useT } from '../hooks/useT';

interface Props {
  ind: Indicator;
  result: IndicatorResult;
  testPrefix: string;
}

/** What the evaluation made of one indicator in the selected period. */
export function IndicatorResultView({ ind, result: r, testPrefix: p }: Props) {
  const t = useT();
  const year = useStore((s) => s.year);
  const tv = twVars(useStore((s) => s.tw));
  const unit = ind.satuan ? ` ${ind.satuan}` : '';
  const source = r.stated ? t('realSourceEntered', tv) : r.computed ? t('realSourceFormula') : t('reasonNoRealisasi', tv);
  const mismatch = r.stated && r.computed && !r.stated.eq(r.computed) ? t('realFormulaMismatch', { stated: fmtValue(r.stated), computed: fmtValue(r.computed) }) : null;
  const why = r.capaian ? null : t(reasonKey(r.reason), { year, ...tv });
  return (
    <dl className="ind-result" aria-label={t('indResult')}>
      <div>
        <dt>{t('targetOf', { year })}</dt>
        <dd data-testid={`${p}-res-target`}>{r.target ? fmtTarget(targetToString(r.target)) + unit : '—'}</dd>
      </div>
      <div>
        <dt>{t('targetTwUpTo', tv)}</dt>
        <dd data-testid={`${p}-res-target-tw`}>{r.targetTw ? fmtTarget(targetToString(r.targetTw)) + unit : '—'}</dd>
      </div>
      <div>
        <dt>{t('realUsed', tv)}</dt>
        <dd data-testid={`${p}-res-realisasi`}>
          {r.realisasi ? fmtValue(r.realisasi) + unit : '—'}
          <span className="dd-note">{source}</span>
        </dd>
      </div>
      {ind.rumus.trim() ? (
        <div>
          <dt>{t('formulaValue')}</dt>
          <dd data-testid={`${p}-res-computed`}>
            {r.computed ? fmtValue(r.computed) + unit : '—'}
            {r.formulaMissing.length > 0 ? <span className="dd-note">{t('rumusMissing', { names: r.formulaMissing.join(', ') })}</span> : null}
            {mismatch ? <span className="dd-warn">{mismatch}</span> : null}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('capaian')}</dt>
        <dd data-testid={`${p}-res-capaian`} className="dd-strong">
          {r.capaian ? `${fmtPct(r.capaian)}%` : '—'}
          {why ? <span className="dd-note">{why}</span> : null}
        </dd>
      </div>
      <div>
        <dt>{t('capaianTwLabel', tv)}</dt>
        <dd data-testid={`${p}-res-capaian-tw`}>{r.capaianTw ? `${fmtPct(r.capaianTw)}%` : '—'}</dd>
      </div>
    </dl>
  );
}
