import { describe, expect, it } from 'vitest';
import { isTypingKey, moveCell } from './keys';

describe('moveCell', () => {
  const at = { row: 5, col: 3 };
  it.each([
    ['ArrowUp', false, { row: 4, col: 3 }],
    ['ArrowDown', false, { row: 6, col: 3 }],
    ['ArrowLeft', false, { row: 5, col: 2 }],
    ['ArrowRight', false, { row: 5, col: 4 }],
    ['Home', false, { row: 5, col: 0 }],
    ['End', false, { row: 5, col: 11 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 99, col: 11 }],
    ['PageDown', false, { row: 15, col: 3 }],
    ['PageUp', false, { row: 0, col: 3 }],
  ] as const)('%s (ctrl %s)', (key, ctrl, expected) => {
    expect(moveCell(at, key, ctrl, 100, 12, 10)).toEqual(expected);
  });
  it('stays inside the grid and ignores other keys', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', false, 3, 3, 1)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 2, col: 2 }, 'ArrowRight', false, 3, 3, 1)).toEqual({ row: 2, col: 2 });
    expect(moveCell({ row: 0, col: 0 }, 'a', false, 3, 3, 1)).toBeNull();
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', false, 0, 3, 1)).toBeNull();
  });
  it('knows which keys start typing into a cell', () => {
    expect(isTypingKey({ key: '7', ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
    expect(isTypingKey({ key: 'z', ctrlKey: true, metaKey: false, altKey: false })).toBe(false);
    expect(isTypingKey({ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false })).toBe(false);
  });
});
