import { useStore } from '../../store/store';
import type { SidePanel } from '../../store/viewSlice';
import { useFindings } from '../hooks/useFindings';
import { useT } from '../hooks/useT';

const TABS: { id: SidePanel; label: 'tabInspector' | 'tabReview' | 'tabVersions' }[] = [
  { id: 'inspector', label: 'tabInspector' },
  { id: 'review', label: 'tabReview' },
  { id: 'versions', label: 'tabVersions' },
];

/** Switches the side panel between the node details, the check panel and versions. */
export function SideTabs() {
  const panel = useStore((s) => s.sidePanel);
  const setPanel = useStore((s) => s.setSidePanel);
  const errors = useFindings().filter((f) => f.severity === 'error').length;
  const t = useT();
  return (
    <div className="side-tabs" role="tablist">
      {TABS.map((tab) => (
        <button key={tab.id} type="button" role="tab" aria-selected={panel === tab.id} className={panel === tab.id ? 'on' : ''} onClick={() => setPanel(tab.id)} data-testid={`side-tab-${tab.id}`}>
          {t(tab.label)}
          {tab.id === 'review' && errors > 0 ? <span className="tab-count">{errors}</span> : null}
        </button>
      ))}
    </div>
  );
}
