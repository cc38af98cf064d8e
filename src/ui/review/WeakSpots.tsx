import { useMemo, useState } from 'react';
import { RULES } from '../../domain/checks';
import type { Finding } from '../../domain/checks';
import { useStore } from '../../store/store';
import { useMsg, useT } from '../hooks/useT';
import { WEAK_RULES, weakSpots } from './achievementModel';

const FIRST = 12;

/** The cascade's weak spots from the checker's findings; a click leads to the node on the canvas. */
export function WeakSpots({ findings, onPick }: { findings: readonly Finding[]; onPick: (id: string) => void }) {
  const t = useT();
  const msg = useMsg();
  const nodes = useStore((s) => s.doc.nodes);
  const [limit, setLimit] = useState(FIRST);
  const spots = useMemo(() => weakSpots(findings), [findings]);
  const counts = useMemo(() => WEAK_RULES.map((r) => [r, spots.filter((f) => f.rule === r).length] as const), [spots]);
  if (spots.length === 0) return <p className="rv-empty">{t('achWeakNone')}</p>;
  return (
    <>
      <p className="ach-weak-counts">
        {counts.map(([r, c]) => (
          <span key={r} className={`rv-count rv-${RULES[r].severity}`}>
            {msg(RULES[r].title)}: {c}
          </span>
        ))}
      </p>
      <ul className="ach-weak">
        {spots.slice(0, limit).map((f, i) => {
          const n = f.nodeId ? nodes[f.nodeId] : undefined;
          return (
            <li key={`${f.rule}:${f.nodeId ?? ''}:${i}`}>
              <button type="button" onClick={() => f.nodeId && onPick(f.nodeId)} data-testid={`weak-${f.rule}-${f.kode}`} title={t('rvGoTo')}>
                <span className="ach-weak-rule">{msg(RULES[f.rule].title)}</span>
                <span className="rv-item-node">
                  <span className="rv-kode">{f.kode}</span>
                  <span className="rv-name">{n ? n.nama.trim() || n.sasaran.trim() : ''}</span>
                </span>
                <span className="rv-msg">{msg(f.message)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {spots.length > limit && (
        <button type="button" className="rv-more-btn" onClick={() => setLimit(limit + 50)}>
          {t('rvMore', { n: Math.min(50, spots.length - limit) })}
        </button>
      )}
    </>
  );
}
