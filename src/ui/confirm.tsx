import { useEffect, useRef, useState } from 'react';
import { useStore } from '../store/store';

type Pending = { text: string; resolve: (ok: boolean) => void };
let show: ((p: Pending) => void) | null = null;

/** Asks the user to confirm; resolves false when cancelled (Escape, Batal). */
export function confirmDialog(text: string): Promise<boolean> {
  return new Promise((resolve) => {
    if (show) show({ text, resolve });
    else resolve(false);
  });
}

export function ConfirmHost() {
  const [pending, setPending] = useState<Pending | null>(null);
  const lang = useStore((s) => s.lang);
  const okRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    show = setPending;
    return () => {
      show = null;
    };
  }, []);
  useEffect(() => {
    if (pending) okRef.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const close = (ok: boolean): void => {
    pending.resolve(ok);
    setPending(null);
  };
  return (
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        // Keys in the dialog belong to it, not to the canvas shortcuts behind it.
        e.stopPropagation();
        if (e.key === 'Escape') close(false);
      }}
    >
      <div className="modal" role="alertdialog" aria-modal="true" data-testid="confirm-dialog">
        <p>{pending.text}</p>
        <div className="modal-actions">
          <button type="button" onClick={() => close(false)} data-testid="confirm-cancel">
            {lang === 'id' ? 'Batal' : 'Cancel'}
          </button>
          <button type="button" className="danger" ref={okRef} onClick={() => close(true)} data-testid="confirm-ok">
            {lang === 'id' ? 'Hapus' : 'Delete'}
          </button>
        </div>
      </div>
    </div>
  );
}
