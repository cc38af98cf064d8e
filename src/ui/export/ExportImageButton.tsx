import { Suspense, lazy, useState } from 'react';
import { useT } from '../hooks/useT';

// The dialog and the export engine load on first use only.
const ExportImageDialog = lazy(() => import('./ExportImageDialog').then((m) => ({ default: m.ExportImageDialog })));

/** Toolbar button: opens the picture export dialog (PNG, SVG, PDF; open from picture). */
export function ExportImageButton() {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title={t('exportImageTitle')} data-testid="btn-export-image">
        {t('exportImage')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportImageDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
