import { useState } from 'react';
import { getAppStore, useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { searchNodes } from './searchNodes';
import { preOrder } from '../../domain/tree';

const MAX = 12;

/** Find a node by text or kode and jump to it (Enter takes the first hit, ranked by `searchNodes`). */
export function SearchBox() {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const focus = useStore((s) => s.focus);
  const t = useT();
  // Hits are found when the query changes, not on every edit of the document: a 20,000-node
  // filter on each keystroke elsewhere cost ~25 ms per edit. Shown hits read their node fresh.
  const [hitIds, setHitIds] = useState<string[]>([]);
  const search = (text: string): void => {
    const s = getAppStore().getState();
    setHitIds(searchNodes(s.doc.nodes, preOrder(s.evaluation.index), text, MAX));
  };
  const nodes = useStore((s) => (open && hitIds.length ? s.doc.nodes : null));
  const hits = nodes ? hitIds.flatMap((id) => (nodes[id] ? [nodes[id]] : [])) : [];
  const jump = (id: string): void => {
    focus(id);
    setOpen(false);
    if (getAppStore().getState().screen === 'canvas') (document.querySelector('.react-flow') as HTMLElement | null)?.focus();
  };
  return (
    <div className="search">
      <input
        type="search"
        value={q}
        placeholder={t('search')}
        aria-label={t('search')}
        data-testid="search"
        onChange={(e) => {
          setQ(e.target.value);
          search(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter' && hitIds[0]) jump(hitIds[0]);
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && q.trim().length >= 2 && (
        <ul className="search-hits" role="listbox">
          {hits.length === 0 && <li className="muted">{t('noResult')}</li>}
          {hits.map((n) => (
            <li key={n.id} role="option" aria-selected={false} onMouseDown={() => jump(n.id)} data-testid={`hit-${n.kode || n.id}`}>
              <span className="hit-kode">{n.kode || `L${n.level}`}</span> {n.sasaran || n.nama}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
