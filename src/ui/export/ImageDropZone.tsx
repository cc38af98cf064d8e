import { useT } from '../hooks/useT';
import { useImageDrop } from './useImageDrop';

const overlay: React.CSSProperties = {
  position: 'fixed',
  inset: 12,
  zIndex: 70,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  border: '3px dashed #1d4ed8',
  borderRadius: 16,
  background: 'rgb(239 246 255 / 0.85)',
  color: '#1e3a8a',
  fontSize: 20,
  fontWeight: 700,
  pointerEvents: 'none',
};

/** Listens for a Kaskade PNG dropped on the window (see useImageDrop) and shows where to drop it. */
export function ImageDropZone() {
  const { dragging } = useImageDrop();
  const t = useT();
  if (!dragging) return null;
  return (
    <div style={overlay} data-testid="image-drop-zone">
      {t('exDropHint')}
    </div>
  );
}
