import { useState } from 'react';
import type { KNode } from '../../domain/model';
import { getAppStore, useStore } from '../../store/store';
import { useT } from '../hooks/useT';

const MAX = 12;

function matches(n: KNode, q: string): boolean {
  if (n.kode.toLowerCase().includes(q) || n.sasaran.toLowerCase().includes(q) || n.nama.toLowerCase().includes(q)) return true;
  return n.indicators.some((i) => i.nama.toLowerCase().includes(q));
}

/** Find a node by text or kode and jump to it (Enter takes the first hit). */
export function SearchBox() {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const focus = useStore((s) => s.focus);
  const t = useT();
  // Hits are found when the query changes, not on every edit of the document: a 20,000-node
  // filter on each keystroke elsewhere cost ~25 ms per edit. Shown hits read their node fresh.
  const [hitIds, setHitIds] = useState<string[]>([]);
  const search = (text: string): void => {
    const needle = text.trim().toLowerCase();
    if (needle.length < 2) return setHitIds([]);
    const nodes = getAppStore().getState().doc.nodes;
    const out: string[] = [];
    for (const id in nodes) {
      if (matches(nodes[id] as KNode, needle)) {
        out.push(id);
        if (out.length >= MAX) break;
      }
    }
    setHitIds(out);
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
