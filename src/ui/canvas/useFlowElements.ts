import { useMemo, useRef } from 'react';
import type { Edge } from '@xyflow/react';
import { layoutTree } from '../../domain/layout';
import type { Box, Layout } from '../../domain/layout';
import { descendantsOf } from '../../domain/tree';
import { useStore } from '../../store/store';
import type { CardNode } from './NodeCard';
import type { FlowWindow } from './flowWindow';

export interface FlowElements {
  nodes: CardNode[];
  edges: Edge[];
  /** Number of hidden descendants of each collapsed node. */
  hidden: ReadonlyMap<string, number>;
}

/** Whether the box around two cards (what React Flow culls an edge by) overlaps the window. */
const spanOverlaps = (a: Box, b: Box, w: FlowWindow): boolean =>
  Math.max(a.x + a.w, b.x + b.w) >= w.x && Math.min(a.x, b.x) <= w.x + w.w && Math.max(a.y + a.h, b.y + b.h) >= w.y && Math.min(a.y, b.y) <= w.y + w.h;
const boxOverlaps = (b: Box, w: FlowWindow): boolean => b.x + b.w >= w.x && b.x <= w.x + w.w && b.y + b.h >= w.y && b.y <= w.y + w.h;

/** The canvas layout of the tree (`layoutTree`), recomputed when the structure changes. */
export function useTreeLayout(): Layout {
  const index = useStore((s) => s.evaluation.index);
  const nodesRecord = useStore((s) => s.doc.nodes);
  const collapsed = useStore((s) => s.collapsed);
  const mode = useStore((s) => s.layoutMode);
  // Layout depends on structure only: the index is rebuilt exactly when structure changes.
  const nodesRef = useRef(nodesRecord);
  nodesRef.current = nodesRecord;
  return useMemo(() => layoutTree(nodesRef.current, index, { mode, collapsed }), [index, mode, collapsed]);
}

/**
 * React Flow nodes and edges derived from the document, the layout (`useTreeLayout`) and the view. Every node is
 * given its size, `measured` and handles up front so React Flow never mounts off-screen nodes to
 * measure them, and node objects keep their identity unless something they show changed.
 *
 * Only the part of the tree around the view (`win`, see flowWindow.ts) is handed to React Flow:
 * the cards and edges that overlap it, both ends of those edges, the selected and dragged cards,
 * and the four cards on the edges of the whole layout (so `fitView` still frames the whole
 * tree). React Flow walks every node and edge it holds on each pan frame, selection and
 * measurement; at 20,000 nodes that, not the few hundred cards on screen, was the cost.
 * What is drawn does not change: React Flow still culls to the view, and the window contains it.
 *
 * Zoomed out (`far`, see FarCanvas) the tree is drawn into a canvas instead, and React Flow holds
 * only the card being edited or dragged, and the four outer cards, invisible, for `fitView`.
 */
export function useFlowElements(layout: Layout, dim: ((id: string) => boolean) | null, findings: ReadonlyMap<string, number>, drag: { id: string; x: number; y: number } | null, win: FlowWindow | null, far = false): FlowElements {
  const index = useStore((s) => s.evaluation.index);
  const nodesRecord = useStore((s) => s.doc.nodes);
  const collapsed = useStore((s) => s.collapsed);
  const selectedId = useStore((s) => s.selectedId);
  const editingId = useStore((s) => s.editingId);
  const nodesRef = useRef(nodesRecord);
  nodesRef.current = nodesRecord;

  const hidden = useMemo(() => {
    const m = new Map<string, number>();
    for (const id of collapsed) m.set(id, descendantsOf(index, id).length);
    return m;
  }, [index, collapsed]);

  // The cards on the outer edges of the layout: with them, React Flow's bounds are the layout's.
  const extremes = useMemo(() => {
    let left: string | null = null;
    let right: string | null = null;
    let top: string | null = null;
    let bottom: string | null = null;
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const id of layout.visible) {
      const b = layout.boxes.get(id);
      if (!b) continue;
      if (b.x < x0) [x0, left] = [b.x, id];
      if (b.x + b.w > x1) [x1, right] = [b.x + b.w, id];
      if (b.y < y0) [y0, top] = [b.y, id];
      if (b.y + b.h > y1) [y1, bottom] = [b.y + b.h, id];
    }
    return [left, right, top, bottom].filter((id): id is string => id !== null);
  }, [layout]);

  // What React Flow is given: ids in layout order, and the edges overlapping the window with both
  // their cards. Edge objects are made when first needed and kept for the layout's lifetime.
  const edgeCache = useRef<{ layout: Layout | null; edges: Map<string, Edge> }>({ layout: null, edges: new Map() });
  const part = useMemo(() => {
    if (far) return { ids: extremes, has: new Set(extremes), edges: [] as Edge[] };
    if (edgeCache.current.layout !== layout) edgeCache.current = { layout, edges: new Map() };
    const made = edgeCache.current.edges;
    const edge = (id: string, make: () => Edge): Edge => {
      let e = made.get(id);
      if (!e) made.set(id, (e = make()));
      return e;
    };
    const keep = new Set<string>(extremes);
    const edges: Edge[] = [];
    const nodes = nodesRef.current;
    for (const id of layout.visible) {
      const n = nodes[id];
      const b = layout.boxes.get(id);
      if (!n || !b) continue;
      const parentId = n.parentId;
      const pb = parentId ? layout.boxes.get(parentId) : undefined;
      if (parentId && pb && (!win || spanOverlaps(pb, b, win))) {
        edges.push(
          edge(`e-${id}`, () =>
            b.stacked
              ? { id: `e-${id}`, source: parentId, target: id, sourceHandle: 'bl', targetHandle: 'l', type: 'smoothstep', className: 'edge-stack', selectable: false }
              : { id: `e-${id}`, source: parentId, target: id, sourceHandle: 'b', targetHandle: 't', type: 'smoothstep', selectable: false },
          ),
        );
        keep.add(parentId);
        keep.add(id);
      }
      for (const c of n.crosscutting) {
        const cb = layout.boxes.get(c.parentId);
        if (!cb || (win && !spanOverlaps(cb, b, win))) continue;
        const eid = `x-${id}-${c.parentId}`;
        edges.push(edge(eid, () => ({ id: eid, source: c.parentId, target: id, sourceHandle: 'b', targetHandle: 't', type: 'default', className: 'edge-cross', selectable: false, label: 'crosscutting' })));
        keep.add(c.parentId);
        keep.add(id);
      }
    }
    if (!win) return { ids: layout.visible, has: null, edges };
    const ids: string[] = [];
    for (const id of layout.visible) {
      const b = layout.boxes.get(id);
      if (keep.has(id) || (b && boxOverlaps(b, win))) ids.push(id);
    }
    return { ids, has: new Set(ids), edges };
  }, [layout, extremes, win, far]);

  const cache = useRef(new Map<string, CardNode>());
  const nodes = useMemo(() => {
    const prev = cache.current;
    const next = new Map<string, CardNode>();
    const out: CardNode[] = [];
    // The selected and the dragged card are always there, wherever the view is; zoomed out, the
    // edited and the dragged one.
    const extra = (far ? [editingId, drag?.id] : [selectedId, drag?.id]).filter((id): id is string => Boolean(id && part.has && !part.has.has(id) && layout.boxes.has(id)));
    for (const id of extra.length ? [...part.ids, ...new Set(extra)] : part.ids) {
      const b = layout.boxes.get(id);
      if (!b) continue;
      const x = drag && drag.id === id ? drag.x : b.x;
      const y = drag && drag.id === id ? drag.y : b.y;
      const selected = id === selectedId;
      const isDim = dim ? dim(id) : false;
      const f = findings.get(id) ?? 0;
      const hc = hidden.get(id) ?? 0;
      // Zoomed out, the outer cards only give React Flow the tree's bounds: the canvas draws them.
      const anchor = far && id !== editingId && id !== drag?.id;
      const className = anchor ? 'far-anchor' : undefined;
      const old = prev.get(id);
      let n: CardNode;
      if (old && old.position.x === x && old.position.y === y && old.width === b.w && old.height === b.h && old.selected === selected && old.data.dim === isDim && old.data.findings === f && old.data.hiddenCount === hc && old.className === className) n = old;
      else
        n = {
          id,
          type: 'kaskade',
          position: { x, y },
          width: b.w,
          height: b.h,
          measured: { width: b.w, height: b.h },
          selected,
          draggable: !anchor,
          ...(className ? { className } : {}),
          data: { hiddenCount: hc, dim: isDim, findings: f },
          handles: [
            { id: 't', type: 'target', position: 'top' as never, x: b.w / 2 - 4, y: -4, width: 8, height: 8 },
            { id: 'l', type: 'target', position: 'left' as never, x: -4, y: b.h / 2 - 4, width: 8, height: 8 },
            { id: 'b', type: 'source', position: 'bottom' as never, x: b.w / 2 - 4, y: b.h - 4, width: 8, height: 8 },
            { id: 'bl', type: 'source', position: 'bottom' as never, x: 10, y: b.h - 4, width: 8, height: 8 },
          ],
        };
      next.set(id, n);
      out.push(n);
    }
    cache.current = next;
    return out;
  }, [layout, part, selectedId, editingId, far, dim, findings, hidden, drag]);

  return { nodes, edges: part.edges, hidden };
}
