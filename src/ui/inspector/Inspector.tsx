import { memo, useDeferredValue } from 'react';
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

/**
 * The right-hand panel: results and every field of the selected node. Takes no props.
 *
 * The panel follows a new selection in a render of lower priority (`useDeferredValue`): the
 * selected card is painted first, and the panel, which costs most of a selection's render
 * (≈ 40 ms on a 20,000-node tree), comes in the frames after. `data-inspected-id` names the node
 * shown.
 */
export function Inspector() {
  const selectedId = useStore((s) => s.selectedId);
  const shownId = useDeferredValue(selectedId);
  return <InspectorPanel nodeId={shownId} />;
}

const InspectorPanel = memo(function InspectorPanel({ nodeId }: { nodeId: string | null }) {
  const node = useNode(nodeId);
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
    <div className="insp" data-testid="inspector" data-inspected-id={node.id} key={node.id}>
      <InspectorHeader node={node} />
      <ResultSummary nodeId={node.id} />
      <NodeSection node={node} />
      <IndicatorList node={node} />
      <BudgetSection node={node} />
      <CrosscutSection node={node} />
    </div>
  );
});
