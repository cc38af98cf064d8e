import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { FieldParse } from './parse';
import { getAppStore } from '../../store/store';

type Failure = Extract<FieldParse<unknown>, { ok: false }>;

export interface FieldDraft {
  draft: string;
  /** Typed since the last commit or revert. */
  pending: boolean;
  error: Failure | null;
  change: (text: string) => void;
  /** Reads the draft and commits it when it differs; false (and an error) when it does not read. */
  commit: () => boolean;
  revert: () => void;
}

/**
 * The text a person is typing into a field, apart from the stored value: the store hears of it
 * once, on commit (blur, Enter), never per keystroke. While nothing is pending the draft follows
 * the stored value (undo, edits elsewhere). A field removed with a pending edit commits it.
 */
export function useFieldDraft<T>(value: T, format: (v: T) => string, parse: (text: string) => FieldParse<T>, onCommit: (v: T) => void): FieldDraft {
  const text = format(value);
  const [draft, setDraft] = useState(text);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const [seen, setSeen] = useState(text);
  if (seen !== text) {
    setSeen(text);
    if (!pending) setDraft(text);
  }

  const commit = (): boolean => {
    if (!pending) return true;
    const r = parse(draft);
    if (!r.ok) {
      setError(r);
      return false;
    }
    setPending(false);
    setError(null);
    setDraft(format(r.value));
    if (!Object.is(r.value, value)) onCommit(r.value);
    return true;
  };

  const latest = useRef(commit);
  useLayoutEffect(() => {
    latest.current = commit;
  });
  useEffect(() => {
    const ref = latest;
    return () => {
      ref.current();
    };
  }, []);

  return {
    draft,
    pending,
    error,
    change: (t) => {
      setDraft(t);
      setPending(true);
      setError(null);
    },
    commit,
    revert: () => {
      setDraft(text);
      setPending(false);
      setError(null);
    },
  };
}

/** Keys typed into a field stay there: the canvas's global shortcuts never see them. */
export function stopKeys(e: KeyboardEvent): void {
  e.stopPropagation();
}

/** Enter (Ctrl+Enter when multi-line) commits, Escape reverts; IME composition is left alone. */
export function handleFieldKeys(e: KeyboardEvent, d: FieldDraft, multiline = false): void {
  e.stopPropagation();
  if (e.nativeEvent.isComposing) return;
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && !d.pending && (e.key === 'z' || e.key === 'Z' || e.key === 'y' || e.key === 'Y')) {
    // Nothing typed here since the last commit: the keys mean the document's undo/redo, one
    // step per committed field edit, rather than the browser's undo inside this box.
    e.preventDefault();
    const s = getAppStore().getState();
    if (e.key === 'y' || e.key === 'Y' || e.shiftKey) s.redo();
    else s.undo();
    return;
  }
  if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    d.commit();
  } else if (e.key === 'Escape') {
    e.preventDefault();
    d.revert();
  }
}
