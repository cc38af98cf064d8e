import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import './ui/panels.css';
import { boot } from './ui/shell/boot';
import { App } from './ui/App';

const root = createRoot(document.getElementById('root') as HTMLElement);
boot()
  .then(() => root.render(<App />))
  .catch((e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    root.render(
      <div className="fatal" role="alert">
        <h1>Kaskade tidak dapat dimulai / Kaskade could not start</h1>
        <pre>{msg}</pre>
      </div>,
    );
  });
