import { createRoot } from 'react-dom/client';
import { boot } from './shell/boot';
import { App } from './App';

/** Opens storage and the last project, then renders the app (or says why it cannot start). */
export function start(): void {
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
}
