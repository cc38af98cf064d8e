import { useMemo, useRef } from 'react';
import type { Edge } from '@xyflow/react';
import { layoutTree } from '../../domain/layout';
import type { Layout } from '../../domain/layout';
import { descendantsOf } from '../../domain/tree';
import { useStore } from '../../store/store';
import type { CardNode } from './NodeCard';

export interface FlowElements {
  layout: Layout;
  nodes: CardNode[];
  edges: Edge[];
}

/**
 * React Flow nodes and edges derived from the document, the layout and the view. Every node is
 * given its size, `measured` and handles up front so React Flow never mounts off-screen nodes to
 * measure them, and node objects keep their identity unless something they show changed.
 */
export function useFlowElements(dim: ((id: string) => boolean) | null, findings: ReadonlyMap<string, number>, drag: { id: string; x: number; y: number } | null): FlowElements {
  const index = useStore((s) => s.evaluation.index);
  const nodesRecord = useStore((s) => s.doc.nodes);
  const collapsed = useStore((s) => s.collapsed);
  const mode = useStore((s) => s.layoutMode);
  const selectedId = useStore((s) => s.selectedId);
  // Layout depends on structure only: the index is rebuilt exactly when structure changes.
  const nodesRef = useRef(nodesRecord);
  nodesRef.current = nodesRecord;
  const layout = useMemo(() => layoutTree(nodesRef.current, index, { mode, collapsed }), [index, mode, collapsed]);

  const hidden = useMemo(() => {
    const m = new Map<string, number>();
    for (const id of collapsed) m.set(id, descendantsOf(index, id).length);
    return m;
  }, [index, collapsed]);

  const cache = useRef(new Map<string, CardNode>());
  const nodes = useMemo(() => {
    const prev = cache.current;
    const next = new Map<string, CardNode>();
    const out: CardNode[] = [];
    for (const id of layout.visible) {
      const b = layout.boxes.get(id);
      if (!b) continue;
      const x = drag && drag.id === id ? drag.x : b.x;
      const y = drag && drag.id === id ? drag.y : b.y;
      const selected = id === selectedId;
      const isDim = dim ? dim(id) : false;
      const f = findings.get(id) ?? 0;
      const hc = hidden.get(id) ?? 0;
      const old = prev.get(id);
      let n: CardNode;
      if (old && old.position.x === x && old.position.y === y && old.width === b.w && old.height === b.h && old.selected === selected && old.data.dim === isDim && old.data.findings === f && old.data.hiddenCount === hc) n = old;
      else
        n = {
          id,
          type: 'kaskade',
          position: { x, y },
          width: b.w,
          height: b.h,
          measured: { width: b.w, height: b.h },
          selected,
          draggable: true,
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
  }, [layout, selectedId, dim, findings, hidden, drag]);

  const edges = useMemo(() => {
    const out: Edge[] = [];
    for (const id of layout.visible) {
      const n = nodesRef.current[id];
      if (!n) continue;
      const b = layout.boxes.get(id);
      if (n.parentId && layout.boxes.has(n.parentId)) {
        out.push(
          b?.stacked
            ? { id: `e-${id}`, source: n.parentId, target: id, sourceHandle: 'bl', targetHandle: 'l', type: 'smoothstep', className: 'edge-stack', selectable: false }
            : { id: `e-${id}`, source: n.parentId, target: id, sourceHandle: 'b', targetHandle: 't', type: 'smoothstep', selectable: false },
        );
      }
      for (const c of n.crosscutting) {
        if (layout.boxes.has(c.parentId)) out.push({ id: `x-${id}-${c.parentId}`, source: c.parentId, target: id, sourceHandle: 'b', targetHandle: 't', type: 'default', className: 'edge-cross', selectable: false, label: 'crosscutting' });
      }
    }
    return out;
  }, [layout]);

  return { layout, nodes, edges };
}
