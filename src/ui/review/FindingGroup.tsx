import { useState } from 'react';
import { RULES } from '../../domain/checks';
import { useMsg, useT } from '../hooks/useT';
import { FindingItem } from './FindingItem';
import type { RuleGroup } from './reviewModel';

/** Items shown at first per rule; more on request (a 20,000-node tree can have thousands). */
const FIRST = 8;
const STEP = 50;

/** One rule's findings with their count; collapsible, and paged so large groups stay cheap. */
export function FindingGroup({ group, defaultOpen }: { group: RuleGroup; defaultOpen: boolean }) {
  const t = useT();
  const msg = useMsg();
  const [open, setOpen] = useState(defaultOpen);
  const [limit, setLimit] = useState(FIRST);
  const shown = group.items.slice(0, limit);
  const rest = group.items.length - shown.length;
  return (
    <section className="rv-group" data-testid={`review-rule-${group.rule}`}>
      <h4>
        <button type="button" className="rv-group-head" aria-expanded={open} onClick={() => setOpen(!open)} title={t('rvGroupToggle')} data-testid={`review-rule-toggle-${group.rule}`}>
          <span className="rv-caret" aria-hidden>
            {open ? '▾' : '▸'}
          </span>
          <span className="rv-group-title">{msg(RULES[group.rule].title)}</span>
          <span className={`rv-count rv-${group.severity}`} data-testid={`review-rule-count-${group.rule}`}>
            {group.open}
          </span>
          {group.acked > 0 && <span className="rv-count rv-count-ack">{t('rvAckCount', { n: group.acked })}</span>}
        </button>
      </h4>
      {open && (
        <ul className="rv-items">
          {shown.map((it, i) => (
            <FindingItem key={`${it.finding.rule}:${it.finding.nodeId ?? ''}:${i}`} finding={it.finding} ack={it.ack} />
          ))}
          {rest > 0 && (
            <li className="rv-more">
              <button type="button" onClick={() => setLimit(limit + STEP)} data-testid={`review-more-${group.rule}`}>
                {t('rvMore', { n: Math.min(rest, STEP) })}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
