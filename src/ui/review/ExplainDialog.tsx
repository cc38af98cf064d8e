import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { explainNode } from '../../domain/explain';
import type { ExplainStep, IndicatorExplanation } from '../../domain/explain';
import { getAppStore, useStore } from '../../store/store';
import { PredikatBadge } from '../fields/PredikatBadge';
import { fmtPct, fmtTarget, fmtValue } from '../format';
import { dec } from '../../domain/numbers';
import { useMsg, useT } from '../hooks/useT';
import '../review.css';

const TW = ['I', 'II', 'III', 'IV'] as const;
/** Children listed by name; a node with hundreds of children shows the first ones and a count. */
const LIST_MAX = 40;

function Step({ s, testId }: { s: ExplainStep; testId?: string }) {
  const msg = useMsg();
  return (
    <div className={`why-step why-${s.tone}`} data-testid={testId ?? 'explain-step'}>
      <div className="why-step-label">{msg(s.label)}</div>
      <div className="why-step-text">{msg(s.text)}</div>
    </div>
  );
}

function Quarters({ ind }: { ind: IndicatorExplanation }) {
  const t = useT();
  if (!ind.quarters.some((q) => q.target !== null || q.realisasi !== null)) return null;
  return (
    <table className="why-quarters">
      <thead>
        <tr>
          <th scope="col">{t('whyQuarter')}</th>
          {ind.quarters.map((q) => (
            <th key={q.tw} scope="col" className={q.inPeriod ? '' : 'why-out'}>
              TW {TW[q.tw - 1]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('whyTarget')}</th>
          {ind.quarters.map((q) => (
            <td key={q.tw} className={q.inPeriod ? '' : 'why-out'}>
              {q.target ? fmtTarget(q.target) : '—'}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('whyRealisasi')}</th>
          {ind.quarters.map((q) => (
            <td key={q.tw} className={q.inPeriod ? '' : 'why-out'}>
              {fmtValue(dec(q.realisasi))}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function Indicator({ ind, i }: { ind: IndicatorExplanation; i: number }) {
  const t = useT();
  const pol = ind.polaritas === 'naik' ? t('whyPolNaik') : ind.polaritas === 'turun' ? t('whyPolTurun') : t('whyPolRentang');
  return (
    <article className="why-ind" data-testid={`explain-ind-${i}`}>
      <h4>
        {ind.nama || '—'}
        <span className="why-meta">
          {[ind.satuan, pol, ind.agregasi === 'kumulatif' ? t('whyKumulatif') : t('whyNilaiAkhir')].filter(Boolean).join(' · ')}
        </span>
      </h4>
      <Quarters ind={ind} />
      {ind.steps.map((s, k) => (
        <Step key={k} s={s} />
      ))}
    </article>
  );
}

/** "Mengapa X%?": the step-by-step explanation of a node's capaian, predikat and budget figures. */
export function ExplainDialog({ nodeId, onClose }: { nodeId: string; onClose: () => void }) {
  const t = useT();
  const msg = useMsg();
  const evalVersion = useStore((s) => s.evalVersion);
  const e = useMemo(() => (evalVersion ? explainNode(getAppStore().getState().evaluation, nodeId) : null), [evalVersion, nodeId]);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => opener?.focus?.();
  }, []);
  if (!e) return null;
  return createPortal(
    <div
      className="modal-backdrop why-backdrop"
      onMouseDown={(ev) => {
        if (ev.target === ev.currentTarget) onClose();
      }}
      onKeyDown={(ev) => {
        // Keys in the dialog belong to it, not to the canvas shortcuts behind it.
        ev.stopPropagation();
        if (ev.key === 'Escape') onClose();
      }}
    >
      <div className="why-dialog" role="dialog" aria-modal="true" aria-labelledby="why-question" data-testid="explain-dialog">
        <header className="why-head">
          <div>
            <h2 id="why-question" data-testid="explain-question">
              {msg(e.question)}
            </h2>
            <div className="why-node">
              <span className="rv-kode">{e.kode}</span> {e.name} · Level {e.level}
            </div>
          </div>
          <button type="button" className="why-close" ref={closeRef} onClick={onClose} data-testid="explain-close" aria-label={t('whyClose')}>
            ✕
          </button>
        </header>
        <div className="why-body">
          <p className="why-summary" data-testid="explain-summary">
            {msg(e.summary)}
          </p>
          <section>
            <h3>
              {t('whyIndicators')} ({e.indicators.length})
            </h3>
            {e.indicators.length === 0 ? <p className="rv-muted">{t('whyNoIndicators')}</p> : e.indicators.map((ind, i) => <Indicator key={ind.id} ind={ind} i={i} />)}
          </section>
          <section>
            <h3>{t('whyNode')}</h3>
            <Step s={e.own} testId="explain-own" />
          </section>
          <section>
            <h3>{t('whyRollup')}</h3>
            <Step s={e.rollup.step} testId="explain-rollup" />
            {e.rollup.included.length > 0 && (
              <ul className="why-children" aria-label={t('whyIncluded')}>
                {e.rollup.included.slice(0, LIST_MAX).map((c) => (
                  <li key={c.nodeId}>
                    <span className="rv-kode">{c.kode}</span> {c.name}: <strong>{fmtPct(dec(c.capaian))}%</strong> ({c.source === 'own' ? t('whySourceOwn') : t('whySourceRollup')}
                    {c.weight !== '1' ? `, ${t('whyWeight', { w: c.weight })}` : ''}
                    {c.crosscutting ? `, ${t('whyCross')}` : ''})
                  </li>
                ))}
                {e.rollup.included.length > LIST_MAX && <li className="rv-muted">+{e.rollup.included.length - LIST_MAX}</li>}
              </ul>
            )}
            {e.rollup.excluded.length > 0 && (
              <>
                <h4 className="why-sub">{t('whyExcluded')}</h4>
                <ul className="why-children why-excluded" data-testid="explain-excluded">
                  {e.rollup.excluded.slice(0, LIST_MAX).map((c) => (
                    <li key={c.nodeId}>
                      <span className="rv-kode">{c.kode}</span> {c.name}: {c.reason ? msg(c.reason) : '—'}
                    </li>
                  ))}
                  {e.rollup.excluded.length > LIST_MAX && <li className="rv-muted">+{e.rollup.excluded.length - LIST_MAX}</li>}
                </ul>
              </>
            )}
            {e.rollup.divergence && <p className="why-warn">{msg(e.rollup.divergence)}</p>}
          </section>
          <section>
            <h3>
              {t('whyPredikat')} <PredikatBadge label={e.predikat.value} />
            </h3>
            <Step s={e.predikat} testId="explain-predikat" />
          </section>
          <section>
            <h3>{t('whyBudget')}</h3>
            {e.budget.map((s, k) => (
              <Step key={k} s={s} testId={`explain-budget-${k}`} />
            ))}
          </section>
        </div>
      </div>
    </div>,
    document.body,
  );
}
