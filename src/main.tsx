import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
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
