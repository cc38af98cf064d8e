import { useState } from 'react';
import type { KNode } from '../../domain/model';
import { useActions } from '../hooks/useActions';
import { useResult } from '../hooks/useNode';
import { useT } from '../hooks/useT';
import { IndicatorEditor } from './IndicatorEditor';
import { Section } from './Section';

/** The node's indicators, each with its editor; add and remove. */
export function IndicatorList({ node }: { node: KNode }) {
  const t = useT();
  const a = useActions();
  const result = useResult(node.id);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section title={t('secIndicators', { n: node.indicators.length })} data-testid="insp-sec-indicators">
      {node.indicators.length === 0 ? <p className="insp-hint">{t('noIndicators')}</p> : null}
      {node.indicators.map((ind, i) => (
        <IndicatorEditor key={ind.id} nodeId={node.id} ind={ind} index={i} result={result?.indicators.find((r) => r.id === ind.id)} autoFocus={ind.id === added} />
      ))}
      <button type="button" className="btn-add" data-testid="insp-ind-add" onClick={() => setAdded(a.addIndicator(node.id))}>
        + {t('addIndicator')}
      </button>
    </Section>
  );
}
