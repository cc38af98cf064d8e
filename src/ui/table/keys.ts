export interface CellPos {
  row: number;
  col: number;
}

/**
 * Where a navigation key moves the active cell of a grid of `rows` × `cols`: arrows by one,
 * Home/End to the row's ends (with Ctrl: the grid's corners), PageUp/PageDown by `page` rows.
 * Null for any other key.
 */
export function moveCell(pos: CellPos, key: string, ctrl: boolean, rows: number, cols: number, page: number): CellPos | null {
  if (rows <= 0 || cols <= 0) return null;
  const clampR = (r: number): number => Math.max(0, Math.min(rows - 1, r));
  const clampC = (c: number): number => Math.max(0, Math.min(cols - 1, c));
  switch (key) {
    case 'ArrowUp':
      return { row: clampR(pos.row - 1), col: clampC(pos.col) };
    case 'ArrowDown':
      return { row: clampR(pos.row + 1), col: clampC(pos.col) };
    case 'ArrowLeft':
      return { row: clampR(pos.row), col: clampC(pos.col - 1) };
    case 'ArrowRight':
      return { row: clampR(pos.row), col: clampC(pos.col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: clampR(pos.row), col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: clampR(pos.row), col: cols - 1 };
    case 'PageUp':
      return { row: clampR(pos.row - Math.max(1, page)), col: clampC(pos.col) };
    case 'PageDown':
      return { row: clampR(pos.row + Math.max(1, page)), col: clampC(pos.col) };
    default:
      return null;
  }
}

/** A key that starts editing with itself as the first character (a printable key, no modifier). */
export function isTypingKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ';
}
