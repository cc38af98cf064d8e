/**
 * The part of the layout (layout coordinates) whose cards and edges are handed to React Flow:
 * the view plus half a view on every side, so a pan only changes it every half screen or so.
 */
export interface FlowWindow {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What the window is computed from: React Flow's transform `[x, y, zoom]` and pane size. */
export interface ViewState {
  transform: readonly [number, number, number] | readonly number[];
  width: number;
  height: number;
}

const MARGIN = 0.5;

function view(s: ViewState): FlowWindow {
  const [tx = 0, ty = 0, k = 1] = s.transform;
  // Before React Flow has measured its pane, assume the window's size.
  const width = s.width || (typeof window === 'undefined' ? 1920 : window.innerWidth);
  const height = s.height || (typeof window === 'undefined' ? 1080 : window.innerHeight);
  const zoom = k > 0 ? k : 1;
  return { x: -tx / zoom, y: -ty / zoom, w: width / zoom, h: height / zoom };
}

/** The window around the current view. */
export function windowFor(s: ViewState): FlowWindow {
  const v = view(s);
  return { x: v.x - v.w * MARGIN, y: v.y - v.h * MARGIN, w: v.w * (1 + 2 * MARGIN), h: v.h * (1 + 2 * MARGIN) };
}

/**
 * Whether `win` still serves the view: it contains the view, and is not much larger than it (after
 * zooming in, a smaller window means fewer nodes for React Flow to walk).
 */
export function windowServes(win: FlowWindow, s: ViewState): boolean {
  const v = view(s);
  return v.x >= win.x && v.y >= win.y && v.x + v.w <= win.x + win.w && v.y + v.h <= win.y + win.h && win.w <= v.w * (1 + 2 * MARGIN) * 3;
}
