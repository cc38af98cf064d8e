import { useId, useMemo } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../hooks/useT';
import { parseTextInput } from './parse';
import { handleFieldKeys, useFieldDraft } from './useFieldDraft';

export interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  /** A textarea: Enter adds a line, Ctrl+Enter commits. */
  multiline?: boolean;
  /** Single-line text shown wrapped over `rows` lines (long statements): Enter commits, no line breaks. */
  wrap?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: string;
  /** The label is still there for screen readers, just not shown (grids with column headings). */
  hideLabel?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  className?: string;
  'data-testid'?: string;
}

const same = (s: string): string => s;

/** A text input that commits once per edit: on blur or Enter; Escape puts the stored text back. */
export function TextField({ label, value, onCommit, multiline = false, wrap = false, rows = 3, placeholder, hint, hideLabel, disabled, autoFocus, className, 'data-testid': testId }: TextFieldProps) {
  const id = useId();
  const t = useT();
  const hintText = hint ?? (multiline ? t('ctrlEnterHint') : undefined);
  const parse = useMemo(() => parseTextInput(multiline), [multiline]);
  const area = multiline || wrap;
  const d = useFieldDraft(value, same, parse, onCommit);
  const common = {
    id,
    value: d.draft,
    placeholder,
    disabled,
    autoFocus,
    'data-testid': testId,
    'aria-describedby': hintText ? `${id}-hint` : undefined,
    onBlur: () => void d.commit(),
    onKeyDown: (e: KeyboardEvent) => handleFieldKeys(e, d, multiline),
  };
  return (
    <div className={`fld${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'fld-label sr-only' : 'fld-label'}>
        {label}
      </label>
      {area ? (
        <textarea {...common} rows={rows} className="fld-input fld-textarea" onChange={(e) => d.change(multiline ? e.target.value : e.target.value.replace(/[\r\n]+/g, ' '))} />
      ) : (
        <input {...common} type="text" className="fld-input" onChange={(e) => d.change(e.target.value)} />
      )}
      {hintText ? (
        <div id={`${id}-hint`} className="fld-hint">
          {hintText}
        </div>
      ) : null}
    </div>
  );
}
