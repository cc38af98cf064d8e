import { useReactFlow, useStore as useFlowStore, useViewport } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Layout } from '../../domain/layout';
import { useStore } from '../../store/store';
import { LEVEL_COLOR } from '../../io/image/theme';
import { backgroundTask } from '../../lib/background';

const MAX_W = 220;
const MAX_H = 150;

/**
 * A cheap overview map: the whole layout drawn once into a bitmap (one rectangle per node, no DOM
 * per node), with the viewport drawn over it. Click or drag to move the view.
 */
export function Overview({ layout }: { layout: Layout }) {
  const base = useRef<HTMLCanvasElement>(null);
  const top = useRef<HTMLCanvasElement>(null);
  const nodes = useStore((s) => s.doc.nodes);
  const flow = useReactFlow();
  const vp = useViewport();
  // The pane's size as React Flow measured it: reading it from the DOM after every pan frame forced
  // a layout of the canvas in the middle of the frame.
  const paneW = useFlowStore((s) => s.width);
  const paneH = useFlowStore((s) => s.height);
  const scale = useMemo(() => Math.min(MAX_W / Math.max(layout.width, 1), MAX_H / Math.max(layout.height, 1)), [layout]);
  // The map takes the tree's shape, so a tall tree gives a narrow map rather than an empty box.
  const W = Math.max(60, Math.ceil(layout.width * scale));
  const H = Math.max(40, Math.ceil(layout.height * scale));

  useEffect(() => {
    // Drawn in a background task: the map can wait for the cards, and for a click just after
    // a project opens (≈ 20 ms at 20,000 nodes).
    let live = true;
    void backgroundTask().then(() => {
      const ctx = base.current?.getContext('2d');
      if (!live || !ctx) return;
      ctx.clearRect(0, 0, W, H);
      // One path per colour, filled once: 20,000 fillRect calls, each with its own fill style,
      // took about 45 ms on a 20,000-node tree.
      const paths = new Map<string, Path2D>();
      for (const id of layout.visible) {
        const b = layout.boxes.get(id);
        const n = nodes[id];
        if (!b || !n) continue;
        const color = LEVEL_COLOR[n.level] ?? '#888';
        let path = paths.get(color);
        if (!path) paths.set(color, (path = new Path2D()));
        path.rect(b.x * scale, b.y * scale, Math.max(1, b.w * scale), Math.max(1, b.h * scale));
      }
      for (const [color, path] of paths) {
        ctx.fillStyle = color;
        ctx.fill(path);
      }
    });
    return () => {
      live = false;
    };
    // Structure and colours only: redraw on layout change, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, scale, W, H]);

  useEffect(() => {
    const ctx = top.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, W, H);
    const x = (-vp.x / vp.zoom) * scale;
    const y = (-vp.y / vp.zoom) * scale;
    const w = (paneW / vp.zoom) * scale;
    const h = (paneH / vp.zoom) * scale;
    ctx.strokeStyle = '#dc2626';
    ctx.lineWidth = 2;
    ctx.strokeRect(x, y, Math.max(w, 3), Math.max(h, 3));
  }, [vp, scale, W, H, paneW, paneH]);

  const moveTo = (e: React.PointerEvent<HTMLCanvasElement>): void => {
    const r = e.currentTarget.getBoundingClientRect();
    const fx = (e.clientX - r.left) / scale;
    const fy = (e.clientY - r.top) / scale;
    void flow.setCenter(fx, fy, { zoom: flow.getZoom() });
  };

  return (
    <div className="overview" data-testid="overview" style={{ width: W + 2, height: H + 2 }}>
      <canvas ref={base} width={W} height={H} />
      <canvas
        ref={top}
        width={W}
        height={H}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => e.buttons === 1 && moveTo(e)}
      />
    </div>
  );
}
