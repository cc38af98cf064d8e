import type { Evaluation } from '../../domain/evaluate';
import { layoutTree } from '../../domain/layout';
import type { Box, LayoutMode } from '../../domain/layout';
import type { KDocument } from '../../domain/model';
import type { TreeIndex } from '../../domain/tree';
import type { Rect } from './plan';
import type { TreeScene } from './svg';

export type ExportScope = 'view' | 'subtree' | 'whole';

/** What the app is showing, as the export needs it. */
export interface SceneSource {
  doc: KDocument;
  evaluation: Evaluation;
  year: number;
  tw: number;
  layoutMode: LayoutMode;
  collapsed: ReadonlySet<string>;
  selectedId: string | null;
}

export interface SceneRequest {
  scope: ExportScope;
  /** Lay out as on screen (mode and collapsed branches) instead of compact with everything open. */
  asOnScreen: boolean;
  /** Visible area of the canvas in layout coordinates (scope 'view'). */
  viewRect?: Rect;
}

const NONE: ReadonlySet<string> = new Set();

function intersects(b: Box, r: Rect): boolean {
  return b.x < r.x + r.w && b.x + b.w > r.x && b.y < r.y + r.h && b.y + b.h > r.y;
}

/**
 * The nodes and boxes a picture shows. Whole tree and branch: the compact layout with every branch
 * open (or the screen's layout when asked); a branch is laid out on its own, from the selected node.
 * Current view: the screen's layout, nodes that touch the visible area.
 */
export function buildScene(src: SceneSource, req: SceneRequest): TreeScene & { region?: Rect } {
  const ev = src.evaluation;
  const onScreen = req.scope === 'view' || req.asOnScreen;
  const opts = { mode: onScreen ? src.layoutMode : ('compact' as const), collapsed: onScreen ? src.collapsed : NONE };
  let index: TreeIndex = ev.index;
  if (req.scope === 'subtree') {
    if (!src.selectedId || !src.doc.nodes[src.selectedId]) throw new Error('no selected node');
    index = { ...ev.index, roots: [src.selectedId] };
  }
  const layout = layoutTree(src.doc.nodes, index, opts);
  let ids: readonly string[] = layout.visible;
  let region: Rect | undefined;
  if (req.scope === 'view' && req.viewRect) {
    const r = req.viewRect;
    ids = layout.visible.filter((id) => {
      const b = layout.boxes.get(id);
      return b ? intersects(b, r) : false;
    });
    region = r;
  }
  return {
    nodes: src.doc.nodes,
    results: ev.results,
    project: src.doc.project,
    boxes: layout.boxes,
    children: ev.index.children,
    ids,
    year: src.year,
    tw: src.tw,
    ...(region ? { region } : {}),
  };
}
