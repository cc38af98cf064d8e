import { memo } from 'react';
import { useStore } from '../../store/store';
import { PredikatBadge } from '../fields/PredikatBadge';
import { levelColor, testKey, twVars } from '../fields/display';
import { useActions } from '../hooks/useActions';
import { useNode, useResult } from '../hooks/useNode';
import { useT } from '../hooks/useT';
import { CellEditor } from './CellEditor';
import { cellView, commitCell, editText } from './cellValues';
import type { CellCtx } from './cellValues';
import { COLUMNS, GRID_TEMPLATE, TOTAL_WIDTH, isEditable } from './columns';

export interface TableRowProps {
  rowIndex: number;
  nodeId: string;
  ind: number;
  first: boolean;
  testSuffix: string;
  /** Offset from the top of the rows, px. */
  top: number;
  gridId: string;
  /** Active column in this row, -1 when the active cell is elsewhere. */
  activeCol: number;
  /** Column being edited in this row, -1 when none; `seed` replaces the text (typing started it). */
  editCol: number;
  editSeed: string | null;
  onCellDown: (row: number, col: number) => void;
  onCellDouble: (row: number, col: number) => void;
  onEditEnd: (refocus: boolean) => void;
}

/**
 * One line of the table. It reads its own node and result from the store, so an edit re-renders
 * only the rows of the nodes whose results changed.
 */
export const TableRow = memo(function TableRow(p: TableRowProps) {
  const t = useT();
  const a = useActions();
  const node = useNode(p.nodeId);
  const result = useResult(p.nodeId);
  const year = useStore((s) => s.year);
  const tw = useStore((s) => s.tw);
  const selected = useStore((s) => s.selectedId === p.nodeId);
  if (!node) return null;
  const key = testKey(node);
  const ind = p.ind >= 0 ? node.indicators[p.ind] : undefined;
  const ctx: CellCtx = { node, ind, result, indResult: ind ? result?.indicators.find((r) => r.id === ind.id) : undefined, year, tw };
  const cls = `tbl-row${selected ? ' tbl-row-selected' : ''}${p.first ? ' tbl-row-first' : ''}${p.editCol >= 0 ? ' tbl-row-editing' : ''}`;
  return (
    <div
      role="row"
      aria-rowindex={p.rowIndex + 2}
      aria-selected={selected}
      className={cls}
      data-testid={`row-${key}${p.testSuffix}`}
      style={{ transform: `translateY(${p.top}px)`, gridTemplateColumns: GRID_TEMPLATE, width: TOTAL_WIDTH }}
    >
      {COLUMNS.map((col, ci) => {
        const show = col.scope === 'ind' || p.first;
        const editable = isEditable(col, p);
        const active = ci === p.activeCol;
        const testId = editable ? `cell-${col.id}-${key}${col.scope === 'ind' ? p.testSuffix : ''}` : undefined;
        const view = show ? cellView(col.id, ctx) : null;
        const editing = ci === p.editCol;
        const className = `tbl-cell${col.numeric ? ' num' : ''}${active ? ' cell-active' : ''}${editable ? ' editable' : ''}${view?.muted && !editing ? ' muted' : ''}${view?.derived && !editing ? ' derived' : ''}${editing ? ' editing' : ''}`;
        return (
          <div
            key={col.id}
            id={`${p.gridId}-${p.rowIndex}-${ci}`}
            role="gridcell"
            aria-colindex={ci + 1}
            aria-readonly={editable ? undefined : true}
            className={className}
            data-testid={testId}
            title={view?.title ? t(view.title.key, view.title.vars) : view && view.text.length > 24 ? view.text : undefined}
            onMouseDown={() => p.onCellDown(p.rowIndex, ci)}
            onDoubleClick={() => p.onCellDouble(p.rowIndex, ci)}
          >
            {editing && col.edit ? (
              <CellEditor
                kind={col.edit}
                initial={p.editSeed ?? editText(col.id, ctx)}
                label={t(col.label, { year, ...twVars(tw) })}
                testId={testId ?? `cell-${col.id}`}
                onCommit={(v) => commitCell(a, col.id, ctx, v)}
                onEnd={p.onEditEnd}
              />
            ) : !view ? null : col.id === 'level' ? (
              <span className="lvl-cell" style={{ paddingLeft: node.level * 10 }}>
                <span className="lvl-dot" style={{ background: levelColor(node.level) }} />
                {t('levelN', { n: node.level })}
              </span>
            ) : col.id === 'predikat' ? (
              result?.predikat ? <PredikatBadge label={result.predikat} /> : null
            ) : (
              <span className="cell-text">{view.text || (col.id === 'sasaran' ? t('emptySasaran') : '')}</span>
            )}
          </div>
        );
      })}
    </div>
  );
});
