import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { getAppStore, useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import '../panels.css';
import { COLUMNS, HEADER_HEIGHT, ROW_HEIGHT, TOTAL_WIDTH, columnSpan, isEditable } from './columns';
import { isTypingKey, moveCell } from './keys';
import { buildTableRows, firstRowIndex, structureStamp } from './rows';
import type { TableRowModel } from './rows';
import { TableHeader } from './TableHeader';
import { TableRow } from './TableRow';

interface Active {
  /** Row key (survives rows being inserted above) and column index. */
  key: string;
  col: number;
}
interface Editing extends Active {
  seed: string | null;
}

/**
 * The cascading matrix of the whole tree: one row per indicator in depth-first order, virtualised
 * (fixed row height, sticky header). Keyboard: arrows/Home/End/PageUp/PageDown move the active
 * cell; Enter, F2, double-click or typing edits it; Enter commits, Escape cancels. Takes no props.
 */
export function TableView() {
  const t = useT();
  const gridId = useId().replace(/:/g, '');
  const index = useStore((s) => s.evaluation.index);
  const stamp = useStore((s) => structureStamp(s.doc.nodes));
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  // Rows follow the structure only; each row reads its own node, so value edits need no rebuild.
  const rows = useMemo(() => (stamp ? buildTableRows(getAppStore().getState().doc.nodes, index) : []), [index, stamp]);
  const rowOf = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  const firstOf = useMemo(() => firstRowIndex(rows), [rows]);
  const [active, setActive] = useState<Active | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virt = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (i) => rows[i]?.key ?? i,
  });

  const activeRow = active ? rowOf.get(active.key) : undefined;
  const editRow = editing ? rowOf.get(editing.key) : undefined;

  // Latest values for the stable callbacks handed to the (memoised) rows.
  const latest = useRef({ rows, selectedId });
  useLayoutEffect(() => {
    latest.current = { rows, selectedId };
  });

  /** Scrolls a row into view only when it is not fully visible (scrolling a 900,000 px list is not free). */
  const revealRow = useCallback(
    (row: number, align: 'auto' | 'center') => {
      const el = scrollRef.current;
      if (el) {
        const top = HEADER_HEIGHT + row * ROW_HEIGHT;
        if (top >= el.scrollTop + HEADER_HEIGHT && top + ROW_HEIGHT <= el.scrollTop + el.clientHeight) return;
      }
      virt.scrollToIndex(row, { align });
    },
    [virt],
  );

  const revealColumn = (col: number): void => {
    const el = scrollRef.current;
    if (!el) return;
    const { left, right } = columnSpan(col);
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
  };

  const activate = useCallback(
    (row: number, col: number) => {
      const r = latest.current.rows[row];
      if (!r) return;
      setActive({ key: r.key, col });
      if (latest.current.selectedId !== r.nodeId) select(r.nodeId);
    },
    [select],
  );

  const startEdit = useCallback((row: number, col: number, seed: string | null) => {
    const r = latest.current.rows[row];
    if (!r || !isEditable(COLUMNS[col], r)) return false;
    setActive({ key: r.key, col });
    setEditing({ key: r.key, col, seed });
    return true;
  }, []);

  const onCellDouble = useCallback((row: number, col: number) => void startEdit(row, col, null), [startEdit]);
  const onEditEnd = useCallback((refocus: boolean) => {
    setEditing(null);
    if (refocus) scrollRef.current?.focus({ preventScroll: true });
  }, []);

  // Opening the table (or selecting elsewhere, e.g. by search) brings the selected node's row into view.
  const selectedRow = selectedId ? firstOf.get(selectedId) : undefined;
  const opened = useRef(false);
  useEffect(() => {
    if (selectedRow === undefined) return;
    revealRow(selectedRow, opened.current ? 'auto' : 'center');
    opened.current = true;
    // The keyboard carries on from the selected node, unless the active cell is already on one of its rows.
    const cur = latest.current.rows[selectedRow];
    if (!cur) return;
    setActive((a) => {
      const onNode = a ? latest.current.rows[rowOf.get(a.key) ?? -1]?.nodeId : undefined;
      return onNode === cur.nodeId ? a : { key: cur.key, col: a?.col ?? 2 };
    });
  }, [selectedRow, revealRow, rowOf]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (editing || rows.length === 0) return;
    const pos = { row: activeRow ?? selectedRow ?? 0, col: active?.col ?? 2 };
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const next = moveCell(pos, e.key, e.ctrlKey || e.metaKey, rows.length, COLUMNS.length, page);
    if (next) {
      e.preventDefault();
      e.stopPropagation();
      activate(next.row, next.col);
      revealRow(next.row, 'auto');
      revealColumn(next.col);
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      e.stopPropagation();
      if (activeRow === undefined) activate(pos.row, pos.col);
      else startEdit(pos.row, pos.col, null);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.stopPropagation();
      if (startEdit(pos.row, pos.col, '')) e.preventDefault();
    } else if (isTypingKey(e)) {
      if (startEdit(pos.row, pos.col, e.key)) {
        e.preventDefault();
        e.stopPropagation();
      }
    }
  };

  const items = virt.getVirtualItems();
  const activeId = activeRow !== undefined && active ? `${gridId}-${activeRow}-${active.col}` : undefined;
  return (
    <div className="tbl" data-testid="table-view">
      <div
        ref={scrollRef}
        className="tbl-scroll"
        role="grid"
        tabIndex={0}
        aria-label={t('tableLabel')}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS.length}
        aria-activedescendant={items.some((it) => it.index === activeRow) ? activeId : undefined}
        style={{ scrollPaddingTop: HEADER_HEIGHT }}
        onKeyDown={onKeyDown}
      >
        <TableHeader />
        {rows.length === 0 ? (
          <p className="tbl-empty">{t('tableEmpty')}</p>
        ) : (
          <div className="tbl-body" style={{ height: virt.getTotalSize(), width: TOTAL_WIDTH }}>
            {items.map((it) => {
              const r = rows[it.index] as TableRowModel;
              return (
                <TableRow
                  key={r.key}
                  rowIndex={it.index}
                  nodeId={r.nodeId}
                  ind={r.ind}
                  first={r.first}
                  testSuffix={r.testSuffix}
                  top={it.start - HEADER_HEIGHT}
                  gridId={gridId}
                  activeCol={it.index === activeRow && active ? active.col : -1}
                  editCol={it.index === editRow && editing ? editing.col : -1}
                  editSeed={it.index === editRow && editing ? editing.seed : null}
                  onCellDown={activate}
                  onCellDouble={onCellDouble}
                  onEditEnd={onEditEnd}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
