import { ReactFlowProvider } from '@xyflow/react';
import { useStore } from '../store/store';
import { TreeCanvas } from './canvas/TreeCanvas';
import { ConfirmHost } from './confirm';
import { Inspector } from './inspector/Inspector';
import { ProjectMenu } from './shell/ProjectMenu';
import { Toolbar } from './shell/Toolbar';
import { TableView } from './table/TableView';
import { ToastHost } from './toast';
import { useT } from './hooks/useT';

/** The application shell: toolbar, canvas or table, inspector. */
export function App() {
  const screen = useStore((s) => s.screen);
  const lang = useStore((s) => s.lang);
  const sideOpen = useStore((s) => s.sideOpen);
  const toggleSide = useStore((s) => s.toggleSide);
  const t = useT();
  return (
    <ReactFlowProvider>
      <div className="app" lang={lang}>
        <Toolbar />
        <ProjectMenu />
        <main className="main">
          <section className="work" aria-label={screen === 'canvas' ? 'Kanvas' : 'Tabel'}>
            {screen === 'canvas' ? <TreeCanvas /> : <TableView />}
            <button type="button" className="side-toggle" onClick={toggleSide} data-testid="btn-side" title={sideOpen ? t('hidePanel') : t('showPanel')} aria-expanded={sideOpen}>
              {sideOpen ? '⟩' : '⟨'}
            </button>
          </section>
          {sideOpen && (
            <aside className="side" data-testid="inspector-panel">
              <Inspector />
            </aside>
          )}
        </main>
        <ConfirmHost />
        <ToastHost />
      </div>
    </ReactFlowProvider>
  );
}
