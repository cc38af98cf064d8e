import { Background, ReactFlow, useReactFlow, useStoreApi } from '@xyflow/react';
import type { NodeChange, NodeMouseHandler, OnNodeDrag } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getAppStore, useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { useActions } from '../hooks/useActions';
import { NodeCard } from './NodeCard';
import type { CardNode } from './NodeCard';
import { windowFor, windowServes } from './flowWindow';
import type { FlowWindow, ViewState } from './flowWindow';
import { Overview } from './Overview';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { useFlowElements } from './useFlowElements';
import { useHighlight } from './useHighlight';
import { notify } from '../toast';

const nodeTypes = { kaskade: NodeCard };
const currentSelection = (): string | null => getAppStore().getState().selectedId;

/** The tree on the canvas: culled rendering, keyboard building, drag to re-parent. */
export function TreeCanvas() {
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const { dim, findings } = useHighlight();
  // The part of the tree React Flow is given follows the view (see useFlowElements).
  const flowStore = useStoreApi<CardNode>();
  const [win, setWin] = useState<FlowWindow>(() => windowFor(flowStore.getState()));
  const winRef = useRef(win);
  useEffect(() => {
    const follow = (s: ViewState): void => {
      if (windowServes(winRef.current, s)) return;
      winRef.current = windowFor(s);
      setWin(winRef.current);
    };
    follow(flowStore.getState());
    return flowStore.subscribe(follow);
  }, [flowStore]);
  const { layout, nodes, edges } = useFlowElements(dim, findings, drag, win);
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

  // On first show: centre the selected node (coming back from the table), else the tree's top.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const sel = currentSelection();
      const selBox = sel ? layout.boxes.get(sel) : undefined;
      if (selBox) {
        void flow.setCenter(selBox.x + selBox.w / 2, selBox.y + selBox.h / 2, { zoom: 0.8 });
        return;
      }
      const first = layout.visible[0];
      const b = first ? layout.boxes.get(first) : undefined;
      if (b) void flow.setViewport({ x: window.innerWidth * 0.35 - (b.x + b.w / 2) * 0.8, y: 40, zoom: 0.8 });
    });
    return () => cancelAnimationFrame(id);
    // Only on mount: later layout changes keep the user's viewport.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="canvas-wrap" data-testid="canvas">
      <ReactFlow<CardNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={() => select(null)}
        onlyRenderVisibleElements
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
      </ReactFlow>
      <Overview layout={layout} />
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
