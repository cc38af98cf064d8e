import { useLayoutEffect, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { useActions } from '../hooks/useActions';

/** Edits a node's sasaran in place: Enter commits (one undo step), Escape cancels. */
export function InlineEditor({ id, initial }: { id: string; initial: string }) {
  const seed = useStore((s) => s.editSeed);
  const [text, setText] = useState(seed ?? initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const actions = useActions();
  const setEditing = useStore((s) => s.setEditing);
  const done = useRef(false);
  // Focus before the browser paints, so no key can land between mounting and focusing.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const finish = (commit: boolean): void => {
    if (done.current) return;
    done.current = true;
    if (commit && text !== initial) actions.updateNode(id, { sasaran: text.trim() });
    setEditing(null);
    document.querySelector<HTMLElement>('.react-flow')?.focus();
  };
  return (
    <textarea
      ref={ref}
      className="card-editor nodrag nowheel"
      data-testid="inline-editor"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
    />
  );
}
