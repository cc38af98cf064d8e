import { useStore } from '../../store/store';
import { useNode } from '../hooks/useNode';
import { useT } from '../hooks/useT';
import '../panels.css';
import { BudgetSection } from './BudgetSection';
import { CrosscutSection } from './CrosscutSection';
import { IndicatorList } from './IndicatorList';
import { InspectorHeader } from './InspectorHeader';
import { NodeSection } from './NodeSection';
import { ResultSummary } from './ResultSummary';

/** The right-hand panel: results and every field of the selected node. Takes no props. */
export function Inspector() {
  const selectedId = useStore((s) => s.selectedId);
  const node = useNode(selectedId);
  const t = useT();
  if (!node) {
    return (
      <div className="insp insp-empty" data-testid="insp-empty">
        <h2 className="insp-title">{t('inspTitle')}</h2>
        <p>{t('inspEmpty')}</p>
      </div>
    );
  }
  // Keyed by node: switching nodes starts every field afresh (a pending edit commits on blur first).
  return (
    <div className="insp" data-testid="inspector" key={node.id}>
      <InspectorHeader node={node} />
      <ResultSummary nodeId={node.id} />
      <NodeSection node={node} />
      <IndicatorList node={node} />
      <BudgetSection node={node} />
      <CrosscutSection node={node} />
    </div>
  );
}
