import { useMemo, useState } from 'react';
import { RULES } from '../../domain/checks';
import type { RuleId } from '../../domain/checks';
import { reviewStatus } from '../../domain/review';
import { useStore } from '../../store/store';
import { twVars } from '../fields/display';
import { useMsg, useT } from '../hooks/useT';
import { FindingGroup } from './FindingGroup';
import { useReviewFindings } from './useReviewFindings';
import { NO_REVIEW_FILTER, filterOptions, groupFindings, ruleOptions } from './reviewModel';
import type { ReviewFilter } from './reviewModel';
import '../review.css';

const SEV_KEY = { error: 'rvSevError', warning: 'rvSevWarning', info: 'rvSevInfo' } as const;

/**
 * Pemeriksaan: the checker's findings grouped by severity and rule, with the readiness summary
 * ("Siap diajukan" only with zero errors), filters by rule, level and penanggung jawab, and
 * acknowledgement of warnings with a reason. A click on a finding leads to its node. No props.
 */
export function ReviewPanel() {
  const t = useT();
  const msg = useMsg();
  const { findings, pending } = useReviewFindings();
  const nodes = useStore((s) => s.doc.nodes);
  const acks = useStore((s) => s.doc.acknowledgements);
  const year = useStore((s) => s.year);
  const tw = useStore((s) => s.tw);
  const [filter, setFilter] = useState<ReviewFilter>(NO_REVIEW_FILTER);
  const status = useMemo(() => reviewStatus(findings, acks), [findings, acks]);
  const groups = useMemo(() => groupFindings(findings, nodes, acks, filter), [findings, nodes, acks, filter]);
  const rules = useMemo(() => ruleOptions(findings), [findings]);
  const opts = useMemo(() => filterOptions(findings, nodes), [findings, nodes]);
  const set = (patch: Partial<ReviewFilter>): void => setFilter({ ...filter, ...patch });
  return (
    <div className="rv" data-testid="review-panel">
      <header className="rv-head">
        <h2 className="rv-title">{t('rvTitle')}</h2>
        <div className={`rv-ready ${status.ready ? 'rv-ready-ok' : 'rv-ready-bad'}${pending ? ' rv-pending' : ''}`} data-testid="review-readiness" data-pending={pending || undefined} role="status">
          {status.ready ? t('rvReady') : t('rvNotReady', { n: status.errors })}
        </div>
        <p className="rv-counts" data-testid="review-counts">
          {t('rvCounts', { e: status.errors, w: status.openWarnings, a: status.acknowledged.length, i: status.info })}
        </p>
        <p className="rv-muted">
          {status.ready ? t('rvReadyHint') : t('rvNotReadyHint')} {t('rvPeriod', { year, ...twVars(tw) })}
        </p>
      </header>
      <div className="rv-filters">
        <label>
          <span>{t('rvFilterRule')}</span>
          <select value={filter.rule ?? ''} onChange={(e) => set({ rule: (e.target.value || null) as RuleId | null })} data-testid="review-filter-rule">
            <option value="">{t('all')}</option>
            {rules.map((r) => (
              <option key={r} value={r}>
                {msg(RULES[r].title)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('filterLevel')}</span>
          <select value={filter.level ?? ''} onChange={(e) => set({ level: e.target.value === '' ? null : Number(e.target.value) })} data-testid="review-filter-level">
            <option value="">{t('all')}</option>
            {opts.levels.map((l) => (
              <option key={l} value={l}>
                {t('levelN', { n: l })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('filterPj')}</span>
          <select value={filter.pj ?? ''} onChange={(e) => set({ pj: e.target.value || null })} data-testid="review-filter-pj">
            <option value="">{t('all')}</option>
            {opts.pjs.map((p) => (
              <option key={p} value={p} title={p}>
                {p.length > 48 ? `${p.slice(0, 47)}…` : p}
              </option>
            ))}
          </select>
        </label>
        <label className="rv-check">
          <input type="checkbox" checked={filter.showAck} onChange={(e) => set({ showAck: e.target.checked })} data-testid="review-show-ack" />
          <span>{t('rvShowAck')}</span>
        </label>
      </div>
      <div className="rv-groups">
        {findings.length === 0 ? <p className="rv-empty">{t('rvNone')}</p> : groups.length === 0 ? <p className="rv-empty">{t('rvNoMatch')}</p> : null}
        {groups.map((g) => (
          <section key={g.severity} className={`rv-sev rv-sev-${g.severity}`} data-testid={`review-sev-${g.severity}`}>
            <h3>
              {t(SEV_KEY[g.severity])} <span className={`rv-count rv-${g.severity}`}>{g.open}</span>
            </h3>
            {g.rules.map((r) => (
              // Keyed by filter too: changing the filters starts the groups afresh (open, first page).
              <FindingGroup key={`${r.rule}|${filter.rule ?? ''}|${filter.level ?? ''}|${filter.pj ?? ''}`} group={r} defaultOpen={g.severity !== 'info' || filter.rule !== null} />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
