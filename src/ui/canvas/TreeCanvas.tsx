import { Background, ReactFlow, useReactFlow, useStoreApi } from '@xyflow/react';
import type { NodeChange, NodeMouseHandler, OnNodeDrag } from '@xyflow/react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Layout } from '../../domain/layout';
import { FarCanvas, useFarIndex } from './FarCanvas';
import { FAR_ZOOM, hitTest, onCollapseControl } from './farCanvas';
import { getAppStore, useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { useActions } from '../hooks/useActions';
import { NodeCard } from './NodeCard';
import type { CardNode } from './NodeCard';
import { windowFor, windowServes } from './flowWindow';
import type { FlowWindow, ViewState } from './flowWindow';
import { Overview } from './Overview';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { useFlowElements, useTreeLayout } from './useFlowElements';
import { useHighlight } from './useHighlight';
import { notify } from '../toast';

const nodeTypes = { kaskade: NodeCard };
const currentSelection = (): string | null => getAppStore().getState().selectedId;
const isFar = (s: ViewState): boolean => (s.transform[2] ?? 1) < FAR_ZOOM;

/** Where the view starts: the tree's first card near the top, at reading zoom; none with a selection. */
function startViewport(layout: Layout): { x: number; y: number; zoom: number } | undefined {
  if (currentSelection()) return undefined;
  const first = layout.visible[0];
  const b = first ? layout.boxes.get(first) : undefined;
  return b ? { x: window.innerWidth * 0.35 - (b.x + b.w / 2) * 0.8, y: 40, zoom: 0.8 } : undefined;
}

/** The tree on the canvas: culled rendering, keyboard building, drag to re-parent. */
export function TreeCanvas() {
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const { dim, findings } = useHighlight();
  // The part of the tree React Flow is given follows the view (see useFlowElements).
  const flowStore = useStoreApi<CardNode>();
  const layout = useTreeLayout();
  // On first show (nothing selected), the tree's top. Put in React Flow's store before React Flow
  // first renders, and the window made for it, so the first render already shows the top cards:
  // moving the view after mounting rendered another part of the tree first, then this one.
  const [initialViewport] = useState(() => {
    const vp = startViewport(layout);
    if (vp) flowStore.setState({ transform: [vp.x, vp.y, vp.zoom] });
    return vp;
  });
  const [win, setWin] = useState<FlowWindow>(() => windowFor(flowStore.getState()));
  const winRef = useRef(win);
  // Zoomed out, the cards are drawn into a canvas (FarCanvas) and React Flow holds (almost) none.
  const [far, setFar] = useState(() => isFar(flowStore.getState()));
  useEffect(() => {
    const follow = (s: ViewState): void => {
      const f = isFar(s);
      setFar(f);
      // The window only matters for what React Flow is given, which zoomed out is nothing.
      if (f || windowServes(winRef.current, s)) return;
      winRef.current = windowFor(s);
      setWin(winRef.current);
    };
    follow(flowStore.getState());
    return flowStore.subscribe(follow);
  }, [flowStore]);
  const { nodes, edges, hidden } = useFlowElements(layout, dim, findings, drag, win, far);
  const farIndex = useFarIndex(layout);
  const select = useStore((s) => s.select);
  const lang = useStore((s) => s.lang);
  // Runs on every store change, so O(1): every node is a root or some node's child in the index
  // (which follows the document), while Object.keys (or for…in) walks all 20,000 keys.
  const empty = useStore((s) => s.evaluation.index.roots.length === 0 && s.evaluation.index.children.size === 0);
  const actions = useActions();
  const t = useT();
  const flow = useReactFlow();
  useCanvasKeyboard(layout);

  const onNodesChange = useCallback((changes: NodeChange<CardNode>[]) => {
    for (const c of changes) if (c.type === 'position' && c.position && c.dragging) setDrag({ id: c.id, x: c.position.x, y: c.position.y });
  }, []);

  const onNodeClick: NodeMouseHandler<CardNode> = useCallback((_e, n) => select(n.id), [select]);

  // Zoomed out, a card is a picture on the pane: find it under the pointer (2 px of slack).
  const cardAt = useCallback(
    (e: { clientX: number; clientY: number }): string | null => {
      const k = flow.getZoom();
      if (k >= FAR_ZOOM) return null;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      return hitTest(farIndex(), p.x, p.y, 2 / k);
    },
    [flow, farIndex],
  );
  // A click on a drawn card's collapse control ("▸ 12" / "▾") folds it, as on the DOM card.
  const onPaneClick = useCallback(
    (e: ReactMouseEvent) => {
      const id = cardAt(e);
      const b = id ? layout.boxes.get(id) : undefined;
      if (id && b) {
        const s = getAppStore().getState();
        const collapsed = s.collapsed.has(id);
        const text = collapsed ? `▸ ${hidden.get(id) ?? 0}` : (s.evaluation.index.children.get(id)?.length ?? 0) > 0 ? '▾' : null;
        const k = flow.getZoom();
        const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
        if (text && onCollapseControl(b, text, collapsed, p.x, p.y, 2 / k)) {
          s.toggleCollapsed(id);
          return;
        }
      }
      select(id);
    },
    [cardAt, layout, hidden, flow, select],
  );
  // Double click on a card zoomed out: select it and zoom in on it, to reading size.
  const onDoubleClick = useCallback(
    (e: ReactMouseEvent) => {
      const id = cardAt(e);
      const b = id ? layout.boxes.get(id) : undefined;
      if (!id || !b) return;
      select(id);
      void flow.setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom: 1, duration: 350 });
    },
    [cardAt, layout, select, flow],
  );
  // Zoomed out, the pointer shows which card a click would take, and its kode and sasaran.
  const hovered = useRef<string | null>(null);
  const hoverPane = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (far || !hoverPane.current) return;
    hoverPane.current.classList.remove('far-hover');
    hoverPane.current.removeAttribute('title');
    hoverPane.current = null;
    hovered.current = null;
  }, [far]);
  const onPaneMouseMove = useCallback(
    (e: ReactMouseEvent) => {
      const id = e.buttons ? null : cardAt(e);
      if (id === hovered.current) return;
      hovered.current = id;
      const pane = e.currentTarget as HTMLElement;
      hoverPane.current = pane;
      pane.classList.toggle('far-hover', id !== null);
      const n = id ? getAppStore().getState().doc.nodes[id] : undefined;
      if (n) pane.title = [n.kode, n.sasaran || n.nama].filter(Boolean).join(' · ');
      else pane.removeAttribute('title');
    },
    [cardAt],
  );

  const onNodeDragStop: OnNodeDrag<CardNode> = useCallback(
    (_e, n) => {
      setDrag(null);
      const b = layout.boxes.get(n.id);
      if (!b) return;
      const cx = n.position.x + b.w / 2;
      const cy = n.position.y + b.h / 2;
      if (Math.abs(n.position.x - b.x) < 4 && Math.abs(n.position.y - b.y) < 4) return;
      let target: string | null = null;
      for (const id of layout.visible) {
        if (id === n.id) continue;
        const o = layout.boxes.get(id);
        if (o && cx >= o.x && cx <= o.x + o.w && cy >= o.y && cy <= o.y + o.h) {
          target = id;
          break;
        }
      }
      if (!target) return;
      const r = actions.reparent(n.id, target);
      if (r.ok) notify(t('moved'), 'ok');
      else notify(`${t('moveRefused')}: ${r.reason[lang]}`, 'error');
      select(n.id);
    },
    [layout, actions, lang, t, select],
  );

  const focusSeq = useStore((s) => s.focusSeq);
  const handledFocus = useRef(focusSeq);
  useEffect(() => {
    if (focusSeq === handledFocus.current) return;
    const id = currentSelection();
    const b = id ? layout.boxes.get(id) : undefined;
    if (b) handledFocus.current = focusSeq;
    if (b) void flow.setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom: Math.max(flow.getZoom(), 0.7), duration: 250 });
    // Centre once per request, after the layout for it exists.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusSeq, layout]);

  // Coming back from the table with a node selected: centre it (once the pane is measured).
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const sel = currentSelection();
      const selBox = sel ? layout.boxes.get(sel) : undefined;
      if (selBox) void flow.setCenter(selBox.x + selBox.w / 2, selBox.y + selBox.h / 2, { zoom: 0.8 });
    });
    return () => cancelAnimationFrame(id);
    // Only on mount: later layout changes keep the user's viewport.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // React Flow renders once the pane's size is in its store: without it, its first render holds
  // no card (it culls to a 0 × 0 pane), and the cards came with a second render after it measured
  // the pane. The first time, the empty pane is measured here, before anything is painted.
  const wrapRef = useRef<HTMLDivElement>(null);
  const [paneSized, setPaneSized] = useState(() => flowStore.getState().width > 0);
  useLayoutEffect(() => {
    if (paneSized) return;
    const el = wrapRef.current;
    if (el && el.offsetWidth > 0 && el.offsetHeight > 0) flowStore.setState({ width: el.offsetWidth, height: el.offsetHeight });
    setPaneSized(true);
  }, [paneSized, flowStore]);

  return (
    <div ref={wrapRef} className={`canvas-wrap${far ? ' far' : ''}`} data-testid="canvas" onDoubleClick={far ? onDoubleClick : undefined}>
      {paneSized && (
        <ReactFlow<CardNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onNodeClick={onNodeClick}
          onNodeDragStop={onNodeDragStop}
          onPaneClick={onPaneClick}
          onPaneMouseMove={far ? onPaneMouseMove : undefined}
          onlyRenderVisibleElements
          defaultViewport={initialViewport}
          nodesConnectable={false}
          selectNodesOnDrag={false}
          elementsSelectable={false}
          nodeDragThreshold={6}
          minZoom={0.02}
          maxZoom={2.5}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          zoomOnDoubleClick={false}
          proOptions={{ hideAttribution: true }}
          tabIndex={0}
        >
          <Background gap={32} size={1} />
          <FarCanvas farIndex={farIndex} far={far} dim={dim} findings={findings} hidden={hidden} />
        </ReactFlow>
      )}
      {paneSized && <Overview layout={layout} />}
      {empty && (
        <div className="empty-hint">
          <p>{t('emptyProject')}</p>
          <button type="button" className="primary" onClick={() => actions.addRoot(0)} data-testid="btn-add-root">
            {t('addRoot')}
          </button>
        </div>
      )}
    </div>
  );
}
