import type { ViewCapture } from '../../io/image/exportJob';
import { FAR_ZOOM } from '../canvas/farCanvas';

/** The React Flow pane on the canvas, if the canvas is showing. */
export function canvasPane(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="canvas"] .react-flow');
}

/**
 * The canvas as shown, read from the DOM (the viewport element's transform), so the export does
 * not depend on being mounted inside the ReactFlowProvider.
 */
export function currentView(): ViewCapture | null {
  const el = canvasPane();
  const vp = el?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!el || !vp) return null;
  const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform === 'none' ? undefined : getComputedStyle(vp).transform);
  const zoom = m.a || 1;
  return { element: el, zoom, bitmap: zoom < FAR_ZOOM, rect: { x: -m.e / zoom, y: -m.f / zoom, w: el.clientWidth / zoom, h: el.clientHeight / zoom } };
}
