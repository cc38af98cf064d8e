/** Browser only: the current canvas view captured from the DOM with html-to-image (1.11.11). */

const CHROME = ['react-flow__minimap', 'react-flow__controls', 'react-flow__panel', 'react-flow__handle', 'react-flow__background', 'react-flow__attribution', 'overview', 'card-tools', 'card-collapse', 'card-findings'];

const BADGES = ['badge', 'rollup'];

/** Keeps the picture free of UI chrome (buttons, the overview map, handles, controls), and of the capaian badges when asked. */
export function captureFilter(badges: boolean): (node: HTMLElement) => boolean {
  const hidden = badges ? CHROME : [...CHROME, ...BADGES];
  return (node) => {
    const cl = node.classList;
    if (!cl) return true;
    for (const c of hidden) if (cl.contains(c)) return false;
    return true;
  };
}

/**
 * The element (the React Flow pane) drawn at `ratio` picture px per screen px, so that at canvas
 * zoom z a ratio of 1/z gives 1 layout px per picture px: the cards' text at full size, never the
 * screen's shrunken text.
 */
export async function captureView(el: HTMLElement, ratio: number, fontEmbedCSS: string, badges: boolean): Promise<HTMLCanvasElement> {
  const { toCanvas } = await import('html-to-image');
  return toCanvas(el, {
    pixelRatio: ratio,
    backgroundColor: '#ffffff',
    fontEmbedCSS,
    filter: captureFilter(badges),
    skipAutoScale: true,
    cacheBust: false,
  });
}
