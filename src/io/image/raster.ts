/** Browser only: SVG pictures to canvas, canvas to PNG/JPEG bytes. */

async function loadSvgImage(svg: string): Promise<{ img: HTMLImageElement; url: string }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  try {
    await img.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new Error('SVG could not be drawn');
  }
  return { img, url };
}

/**
 * Draws an SVG of `width` × `height` px onto a new canvas at `ratio` device px per px, on white.
 * One picture at a time: the caller frees the canvas (see {@link freeCanvas}) before the next.
 */
export async function svgToCanvas(svg: string, width: number, height: number, ratio = 1): Promise<HTMLCanvasElement> {
  const { img, url } = await loadSvgImage(svg);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasBytes(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (!blob) reject(new Error('canvas could not be encoded'));
        else blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
      },
      type,
      quality,
    );
  });
}

/** Releases a canvas's pixel memory now rather than at the next garbage collection. */
export function freeCanvas(canvas: HTMLCanvasElement): void {
  canvas.width = 0;
  canvas.height = 0;
}

/** Waits for the browser to paint (progress shows, cancel clicks land) between heavy steps. */
export function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}
