import { useEffect, useState } from 'react';

type Toast = { id: number; text: string; kind: 'ok' | 'error' | 'info' };
let listeners: ((t: Toast) => void)[] = [];
let seq = 0;

/** Shows a short message at the bottom of the screen (errors stay longer). */
export function notify(text: string, kind: Toast['kind'] = 'info'): void {
  const t = { id: ++seq, text, kind };
  for (const l of listeners) l(t);
}

export function ToastHost() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  useEffect(() => {
    const l = (t: Toast): void => {
      setToasts((ts) => [...ts.slice(-3), t]);
      setTimeout(() => setToasts((ts) => ts.filter((x) => x.id !== t.id)), t.kind === 'error' ? 7000 : 3000);
    };
    listeners.push(l);
    return () => {
      listeners = listeners.filter((x) => x !== l);
    };
  }, []);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} data-testid={`toast-${t.kind}`}>
          {t.text}
        </div>
      ))}
    </div>
  );
}
