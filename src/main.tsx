import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import './ui/panels.css';
import { startPrefetch } from './persistence/prefetch';

// The last project's rows are read from IndexedDB while the application's code loads and
// compiles (it is a chunk of its own for that reason): the two took turns before.
startPrefetch();
import('./ui/start')
  .then((m) => m.start())
  .catch((e: unknown) => {
    const root = document.getElementById('root');
    if (root) root.textContent = `Kaskade tidak dapat dimulai / Kaskade could not start: ${e instanceof Error ? e.message : String(e)}`;
  });
