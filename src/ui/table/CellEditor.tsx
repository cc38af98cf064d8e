import { useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { parseNumberInput, parseTargetInput, parseTextInput } from '../fields/parse';
import type { FieldParse } from '../fields/parse';
import { useT } from '../hooks/useT';
import type { EditKind } from './columns';

const PARSERS: Record<EditKind, (text: string) => FieldParse<string | null>> = {
  text: parseTextInput(false),
  number: parseNumberInput,
  target: parseTargetInput,
};

interface Props {
  kind: EditKind;
  initial: string;
  label: string;
  testId: string;
  onCommit: (value: string | null) => void;
  /** Editing ended; `refocus` returns the keyboard to the grid. */
  onEnd: (refocus: boolean) => void;
}

/**
 * In-place editor of a table cell: Enter commits (one undo step), Escape cancels. Leaving the
 * cell commits what reads and drops what does not. Text that does not read stays with a message.
 */
export function CellEditor({ kind, initial, label, testId, onCommit, onEnd }: Props) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<Extract<FieldParse<unknown>, { ok: false }> | null>(null);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const finish = (commit: boolean, refocus: boolean): void => {
    if (done.current) return;
    if (commit) {
      const r = PARSERS[kind](text);
      if (!r.ok) {
        if (refocus) {
          setError(r);
          return;
        }
      } else onCommit(r.value);
    }
    done.current = true;
    onEnd(refocus);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(true, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false, true);
    }
  };

  return (
    <div className="cell-editor">
      <input
        ref={input}
        className={`cell-input${kind === 'text' ? '' : ' fld-num'}`}
        value={text}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true, false)}
        onMouseDown={(e) => e.stopPropagation()}
        onDoubleClick={(e) => e.stopPropagation()}
      />
      {error ? (
        <div className="cell-error" role="alert" data-testid={`${testId}-error`}>
          {t(error.key, error.vars)}
        </div>
      ) : null}
    </div>
  );
}
