import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../hooks/useT';
import type { Level } from '../../domain/model';
import { useStore } from '../../store/store';
import { candidatesOfLevel, filterCandidates } from './nodeSearch';
import type { NodeCandidate } from './nodeSearch';

interface Props {
  label: string;
  /** The level whose nodes are offered. */
  level: Level;
  exclude: ReadonlySet<string>;
  onPick: (id: string) => void;
  'data-testid'?: string;
}

const EMPTY: NodeCandidate[] = [];

/** A searchable list of nodes (by kode or text): type, move with the arrows, Enter or click to choose. */
export function NodePicker({ label, level, exclude, onPick, 'data-testid': testId = 'node-picker' }: Props) {
  const id = useId();
  const t = useT();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [hi, setHi] = useState(0);
  const nodes = useStore((s) => s.doc.nodes);
  // Listed only while the list is open: a 20,000-node document is not sorted on every selection.
  const candidates = useMemo(() => (open ? candidatesOfLevel(nodes, level) : EMPTY), [open, nodes, level]);
  const results = useMemo(() => (open ? filterCandidates(candidates, query, exclude) : EMPTY), [open, candidates, query, exclude]);
  const active = results[Math.min(hi, results.length - 1)];

  const pick = (c: NodeCandidate | undefined): void => {
    if (!c) return;
    onPick(c.id);
    setQuery('');
    setOpen(false);
    setHi(0);
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    e.stopPropagation();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setHi((h) => Math.min(h + 1, Math.max(results.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setHi((h) => Math.max(h - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="picker">
      <label htmlFor={id} className="fld-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        className="fld-input"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && active ? `${id}-${active.id}` : undefined}
        placeholder={t('pickerPlaceholder')}
        value={query}
        data-testid={testId}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setHi(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul id={`${id}-list`} role="listbox" className="picker-list" aria-label={label}>
          {results.length === 0 ? (
            <li className="picker-empty" role="presentation">
              {t('pickerNone')}
            </li>
          ) : (
            results.map((c) => (
              <li
                key={c.id}
                id={`${id}-${c.id}`}
                role="option"
                aria-selected={c === active}
                className={c === active ? 'picker-opt picker-active' : 'picker-opt'}
                data-testid={`${testId}-option-${c.kode.trim() || c.id}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(c);
                }}
              >
                {c.kode ? <span className="picker-kode">{c.kode}</span> : null}
                <span>{c.label || t('emptySasaran')}</span>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
