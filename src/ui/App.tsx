import { ReactFlowProvider } from '@xyflow/react';
import { useStore } from '../store/store';
import { TreeCanvas } from './canvas/TreeCanvas';
import { ConfirmHost } from './confirm';
import { Inspector } from './inspector/Inspector';
import { ProjectMenu } from './shell/ProjectMenu';
import { Toolbar } from './shell/Toolbar';
import { TableView } from './table/TableView';
import { ToastHost } from './toast';

/** The application shell: toolbar, canvas or table, inspector. */
export function App() {
  const screen = useStore((s) => s.screen);
  const lang = useStore((s) => s.lang);
  return (
    <ReactFlowProvider>
      <div className="app" lang={lang}>
        <Toolbar />
        <ProjectMenu />
        <main className="main">
          <section className="work" aria-label={screen === 'canvas' ? 'Kanvas' : 'Tabel'}>
            {screen === 'canvas' ? <TreeCanvas /> : <TableView />}
          </section>
          <aside className="side" data-testid="inspector-panel">
            <Inspector />
          </aside>
        </main>
        <ConfirmHost />
        <ToastHost />
      </div>
    </ReactFlowProvider>
  );
}
