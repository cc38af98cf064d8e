import { useEffect } from 'react';
import type { RefObject } from 'react';

/** While `open`, a mouse press outside `box` calls `close` (drop-down menus). */
export function useClickAway(box: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent): void => {
      if (box.current && !box.current.contains(e.target as Node)) close();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [box, open, close]);
}
