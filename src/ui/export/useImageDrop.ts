import { useCallback, useEffect, useRef, useState } from 'react';
import { useMsg, useT } from '../hooks/useT';
import { notify } from '../toast';
import { looksLikePng, openProjectFromPng } from './openFromImage';

function pngItem(dt: DataTransfer | null): boolean {
  if (!dt) return false;
  for (const item of Array.from(dt.items ?? [])) if (item.kind === 'file' && item.type === 'image/png') return true;
  return false;
}

/** Opens a PNG picture's project and says how it went. */
export function useOpenFromImage(): (file: File) => Promise<boolean> {
  const t = useT();
  const msg = useMsg();
  return useCallback(
    async (file: File) => {
      try {
        const r = await openProjectFromPng(file);
        if (r.ok) {
          notify(t('exOpened', { name: r.name }), 'ok');
          return true;
        }
        notify(r.reason === 'not-png' ? t('exNotPng') : r.reason === 'no-project' ? t('exNoProject') : msg(r.reason), 'error');
      } catch (e) {
        notify(`${t('exNoProject')} ${e instanceof Error ? e.message : String(e)}`, 'error');
      }
      return false;
    },
    [t, msg],
  );
}

/**
 * Dropping a Kaskade PNG anywhere on the window opens the project it carries as a new project.
 * Other drops are left alone. Returns whether a PNG is being dragged over the window.
 */
export function useImageDrop(): { dragging: boolean } {
  const open = useOpenFromImage();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  useEffect(() => {
    const over = (e: DragEvent): void => {
      if (!pngItem(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const enter = (e: DragEvent): void => {
      if (!pngItem(e.dataTransfer)) return;
      depth.current++;
      setDragging(true);
    };
    const leave = (e: DragEvent): void => {
      if (!pngItem(e.dataTransfer)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      const file = Array.from(e.dataTransfer?.files ?? []).find((f) => looksLikePng(f));
      depth.current = 0;
      setDragging(false);
      if (!file) return;
      e.preventDefault();
      void open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);
  return { dragging };
}
