import { useId } from 'react';
import { useT } from '../hooks/useT';
import type { FieldParse } from './parse';
import { handleFieldKeys, useFieldDraft } from './useFieldDraft';

export interface ParsedFieldProps<T> {
  label: string;
  value: T;
  onCommit: (value: T) => void;
  format: (v: T) => string;
  parse: (text: string) => FieldParse<T>;
  placeholder?: string;
  hint?: string;
  hideLabel?: boolean;
  disabled?: boolean;
  className?: string;
  /** Right-aligned digits for amounts. */
  numeric?: boolean;
  'data-testid'?: string;
}

/**
 * An input whose text is read (parsed) on commit. Text that does not read stays in the field with
 * a message under it saying what is wrong, and nothing is committed until it is fixed or reverted.
 */
export function ParsedField<T>({ label, value, onCommit, format, parse, placeholder, hint, hideLabel, disabled, className, numeric = true, 'data-testid': testId }: ParsedFieldProps<T>) {
  const id = useId();
  const t = useT();
  const d = useFieldDraft(value, format, parse, onCommit);
  const describedBy = [d.error ? `${id}-err` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`fld${d.error ? ' fld-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'fld-label sr-only' : 'fld-label'}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={`fld-input${numeric ? ' fld-num' : ''}`}
        value={d.draft}
        placeholder={placeholder}
        disabled={disabled}
        data-testid={testId}
        aria-invalid={d.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => d.change(e.target.value)}
        onBlur={() => void d.commit()}
        onKeyDown={(e) => handleFieldKeys(e, d)}
      />
      {d.error ? (
        <div id={`${id}-err`} className="fld-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {t(d.error.key, d.error.vars)}
        </div>
      ) : null}
      {hint ? (
        <div id={`${id}-hint`} className="fld-hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
