import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { ReactNode } from 'react';
import '../storage/storage.css';

/** A dialog over the app: Escape or the backdrop closes it; keys stay inside it. */
export function Modal({ title, onClose, children, testId, wide = false, footer }: { title: string; onClose: () => void; children: ReactNode; testId: string; wide?: boolean; footer?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  // A portal keeps the dialog clear of the styles and stacking of wherever it was opened from.
  return createPortal(
    <div
      className="modal-backdrop kmodal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      onKeyDown={(e) => {
        // Keys in the dialog belong to it, not to the canvas shortcuts behind it.
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className={`kmodal${wide ? ' kmodal-wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} data-testid={testId} ref={ref} tabIndex={-1}>
        <header className="kmodal-head">
          <h2>{title}</h2>
          <button type="button" className="kmodal-x" onClick={onClose} aria-label="Tutup / Close" data-testid={`${testId}-close`}>
            ×
          </button>
        </header>
        <div className="kmodal-body">{children}</div>
        {footer && <footer className="kmodal-foot">{footer}</footer>}
      </div>
    </div>,
    document.body,
  );
}
