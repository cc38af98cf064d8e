import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Layout } from '../../domain/layout';
import { subtreeIds } from '../../domain/edit';
import { childrenListsOf } from '../../domain/evaluate';
import { getAppStore, useStore } from '../../store/store';
import { confirmDialog } from '../confirm';
import { useActions } from '../hooks/useActions';
import { useT } from '../hooks/useT';
import { notify } from '../toast';
import { FAR_ZOOM } from './farCanvas';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}

/**
 * Keyboard building on the canvas: Tab child, Enter sibling, typing edits the sasaran, F2 edits,
 * arrows move the selection, Alt+arrows reorder, Delete removes (a subtree after confirmation),
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo, Ctrl+C / Ctrl+V copy and paste a branch.
 */
export function useCanvasKeyboard(layout: Layout): void {
  const actions = useActions();
  const flow = useReactFlow();
  const t = useT();
  const lang = useStore((s) => s.lang);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  useEffect(() => {
    const store = getAppStore();
    // `reading`: the card is about to be edited; zoomed out, its editor could not be read, so zoom in.
    const reveal = (id: string, reading = false): void => {
      const b = layoutRef.current.boxes.get(id);
      if (!b) return;
      const vp = flow.getViewport();
      if (reading && vp.zoom < FAR_ZOOM) {
        void flow.setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom: 1, duration: 200 });
        return;
      }
      const el = document.querySelector('.react-flow');
      const w = el?.clientWidth ?? window.innerWidth;
      const h = el?.clientHeight ?? window.innerHeight;
      const sx = b.x * vp.zoom + vp.x;
      const sy = b.y * vp.zoom + vp.y;
      if (sx < 0 || sy < 0 || sx + b.w * vp.zoom > w || sy + b.h * vp.zoom > h) void flow.setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom: Math.max(vp.zoom, 0.6), duration: 200 });
    };
    const selectAndReveal = (id: string | null | undefined): void => {
      if (!id) return;
      store.getState().select(id);
      requestAnimationFrame(() => reveal(id));
    };
    // Editing starts at once; keys typed before the editor is on screen are kept as its seed.
    const startEditing = (id: string, seed: string | null = null): void => {
      store.getState().setEditing(id, seed);
      requestAnimationFrame(() => reveal(id, true));
    };
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) || document.querySelector('.modal-backdrop')) return;
      const s = store.getState();
      if (s.screen !== 'canvas') return;
      if (s.editingId) {
        // The editor is not mounted or focused yet (a new card still being laid out or scrolled
        // to): keep what is typed, so the first letters of a sasaran are never lost.
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          s.setEditing(s.editingId, (s.editSeed ?? s.doc.nodes[s.editingId]?.sasaran ?? '') + e.key);
        } else if (e.key === 'Backspace') {
          e.preventDefault();
          s.setEditing(s.editingId, (s.editSeed ?? '').slice(0, -1));
        } else if (e.key === 'Escape') s.setEditing(null);
        else if (e.key === 'Enter') {
          e.preventDefault();
          if (s.editSeed !== null) actions.updateNode(s.editingId, { sasaran: s.editSeed.trim() });
          s.setEditing(null);
        }
        return;
      }
      const ctrl = e.ctrlKey || e.metaKey;
      const key = e.key;
      if (ctrl && (key === 'z' || key === 'Z')) {
        e.preventDefault();
        if (e.shiftKey) s.redo();
        else s.undo();
        return;
      }
      if (ctrl && (key === 'y' || key === 'Y')) {
        e.preventDefault();
        s.redo();
        return;
      }
      const sel = s.selectedId && s.doc.nodes[s.selectedId] ? s.selectedId : null;
      if (ctrl && key === 'c' && sel) {
        if (actions.copy(sel)) notify(t('copied'), 'ok');
        return;
      }
      if (ctrl && key === 'v' && sel) {
        if (actions.paste(sel)) notify(t('pasted'), 'ok');
        else notify(t('pasteRefused'), 'error');
        return;
      }
      if (ctrl || e.altKey ? !(e.altKey && key.startsWith('Arrow')) : false) return;
      if (!sel) {
        if (key === 'Tab' && Object.keys(s.doc.nodes).length === 0) {
          e.preventDefault();
          startEditing(actions.addRoot(0));
        } else if (key.startsWith('Arrow') || key === 'Tab') {
          e.preventDefault();
          selectAndReveal(s.evaluation.index.roots[0]);
        }
        return;
      }
      const node = s.doc.nodes[sel];
      if (!node) return;
      const index = s.evaluation.index;
      const siblings = node.parentId ? (index.children.get(node.parentId) ?? []) : index.roots;
      const i = siblings.indexOf(sel);
      switch (key) {
        case 'Tab': {
          e.preventDefault();
          if (e.shiftKey) return selectAndReveal(node.parentId);
          const r = actions.addChild(sel);
          if (r.ok && r.id) startEditing(r.id);
          else if (!r.ok) notify(r.reason[lang], 'error');
          return;
        }
        case 'Enter':
          e.preventDefault();
          startEditing(actions.addSibling(sel));
          return;
        case 'F2':
          e.preventDefault();
          startEditing(sel);
          return;
        case 'Escape':
          s.select(null);
          return;
        case 'Delete':
        case 'Backspace': {
          e.preventDefault();
          const n = subtreeIds(s.doc.nodes, sel, childrenListsOf(s.evaluation, s.doc.nodes)).length - 1;
          if (n === 0) actions.deleteSubtree(sel);
          else void confirmDialog(t('confirmDeleteSubtree', { n })).then((ok) => ok && actions.deleteSubtree(sel));
          return;
        }
        case 'ArrowUp':
        case 'ArrowDown':
        case 'ArrowLeft':
        case 'ArrowRight': {
          e.preventDefault();
          if (e.altKey) return actions.moveAmongSiblings(sel, key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : 1);
          if (key === 'ArrowUp') return selectAndReveal(node.parentId);
          if (key === 'ArrowDown') {
            if (s.collapsed.has(sel)) s.toggleCollapsed(sel);
            return selectAndReveal(index.children.get(sel)?.[0]);
          }
          return selectAndReveal(siblings[key === 'ArrowLeft' ? i - 1 : i + 1]);
        }
        default:
          if (key.length === 1 && !e.altKey) {
            e.preventDefault();
            startEditing(sel, key);
          }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, flow, t, lang]);
}
