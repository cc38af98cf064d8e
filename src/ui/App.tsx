import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense } from 'react';
import { useStore } from '../store/store';
import { TreeCanvas } from './canvas/TreeCanvas';
import { ConfirmHost } from './confirm';
import { ImageDropZone } from './export/ImageDropZone';
import { useT } from './hooks/useT';
import { Inspector } from './inspector/Inspector';
import { ReviewPanel } from './review/ReviewPanel';
import { ProjectMenu } from './shell/ProjectMenu';
import { SideTabs } from './shell/SideTabs';
import { Toolbar } from './shell/Toolbar';
import { TableView } from './table/TableView';
import { ToastHost } from './toast';
import { VersionsPanel } from './versions/VersionsPanel';

// The charts (recharts) load when first shown, keeping them out of the bundle parsed at start-up.
const AchievementView = lazy(() => import('./review/AchievementView').then((m) => ({ default: m.AchievementView })));

/** The application shell: toolbar, project bar, canvas / table / charts, side panel. */
export function App() {
  const screen = useStore((s) => s.screen);
  const lang = useStore((s) => s.lang);
  const sideOpen = useStore((s) => s.sideOpen);
  const sidePanel = useStore((s) => s.sidePanel);
  const projectId = useStore((s) => s.doc.project.id);
  const toggleSide = useStore((s) => s.toggleSide);
  const t = useT();
  return (
    <ReactFlowProvider>
      <div className="app" lang={lang}>
        <Toolbar />
        <ProjectMenu />
        <main className="main">
          <section className="work" aria-label={t(screen === 'canvas' ? 'canvas' : screen === 'table' ? 'table' : 'charts')}>
            {screen === 'canvas' ? <TreeCanvas key={projectId} /> : screen === 'charts' ? (
              <Suspense fallback={<p className="charts-loading">{t('chartsLoading')}</p>}>
                <AchievementView />
              </Suspense>
            ) : <TableView />}
            <button type="button" className="side-toggle" onClick={toggleSide} data-testid="btn-side" title={sideOpen ? t('hidePanel') : t('showPanel')} aria-expanded={sideOpen}>
              {sideOpen ? '⟩' : '⟨'}
            </button>
          </section>
          {sideOpen && (
            <aside className="side" data-testid="inspector-panel">
              <SideTabs />
              {sidePanel === 'review' ? <ReviewPanel /> : sidePanel === 'versions' ? <VersionsPanel /> : <Inspector />}
            </aside>
          )}
        </main>
        <ImageDropZone />
        <ConfirmHost />
        <ToastHost />
      </div>
    </ReactFlowProvider>
  );
}
