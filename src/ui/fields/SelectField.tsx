import { useId } from 'react';
import { stopKeys } from './useFieldDraft';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  /** Called once per choice (one undo step). */
  onChange: (value: string) => void;
  hint?: string;
  /** Tooltip of the select. */
  title?: string;
  hideLabel?: boolean;
  disabled?: boolean;
  className?: string;
  'data-testid'?: string;
}

/** A native select: keyboard and screen-reader friendly as it is. */
export function SelectField({ label, value, options, onChange, hint, title, hideLabel, disabled, className, 'data-testid': testId }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`fld${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'fld-label sr-only' : 'fld-label'}>
        {label}
      </label>
      <select
        id={id}
        className="fld-input fld-select"
        value={value}
        title={title}
        disabled={disabled}
        data-testid={testId}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onKeyDown={stopKeys}
        onChange={(e) => {
          if (e.target.value !== value) onChange(e.target.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <div id={`${id}-hint`} className="fld-hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
