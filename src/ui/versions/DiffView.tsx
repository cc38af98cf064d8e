import type { DocumentDiff, NodeDiff } from '../../domain/diff';
import { useStore } from '../../store/store';
import type { StringKey } from '../i18n';
import { useT } from '../hooks/useT';
import { changeLabel, changeValue, PROJECT_FIELD } from './diffText';

const MAX_SHOWN = 200;

function NodeEntry({ n, kind }: { n: NodeDiff; kind: 'added' | 'removed' | 'moved' | 'changed' }) {
  const t = useT();
  const nodes = useStore((s) => s.doc.nodes);
  const exists = !!nodes[n.id];
  const focus = useStore((s) => s.focus);
  const parentName = (id: string | null): string => (id === null ? t('diffRoot') : nodes[id]?.kode || nodes[id]?.sasaran || id);
  // Crosscutting links are stored by node id; show the kode (or sasaran) people know them by.
  const linkNames = (v: string | null): string => (v === null ? '—' : v.split(', ').map((part) => part.replace(/^[^×]+/, (id) => parentName(id))).join(', '));
  const title = `${n.kode ? `${n.kode} · ` : ''}${n.sasaran || t('empty')}`;
  return (
    <li className={`diff-entry diff-${kind}`} data-testid={`diff-${kind}`} data-node-id={n.id}>
      <button type="button" className="diff-node" disabled={!exists} onClick={() => focus(n.id)} title={title}>
        <span className="diff-level">L{n.level}</span> {title}
      </button>
      {kind === 'moved' && n.move && <div className="diff-move">{t('diffMovedFromTo', { from: parentName(n.move.from), to: parentName(n.move.to) })}</div>}
      {kind === 'changed' && (
        <ul className="diff-changes">
          {n.changes.map((c, i) => (
            <li key={i} data-testid="diff-change">
              <span className="diff-field">{changeLabel(c, t)}</span> <span className="diff-old">{c.field === 'crosscutting' ? linkNames(c.old) : changeValue(c.old, c.numeric)}</span>
              <span className="diff-arrow"> → </span>
              <span className="diff-new">{c.field === 'crosscutting' ? linkNames(c.new) : changeValue(c.new, c.numeric)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Section({ list, kind, title }: { list: NodeDiff[]; kind: 'added' | 'removed' | 'moved' | 'changed'; title: StringKey }) {
  const t = useT();
  if (list.length === 0) return null;
  return (
    <section className="diff-section">
      <h4>
        <span className={`diff-dot diff-dot-${kind}`} /> {t(title)} ({list.length})
      </h4>
      <ul>
        {list.slice(0, MAX_SHOWN).map((n) => (
          <NodeEntry key={n.id} n={n} kind={kind} />
        ))}
      </ul>
      {list.length > MAX_SHOWN && <p className="muted">{t('diffMore', { n: list.length - MAX_SHOWN })}</p>}
    </section>
  );
}

/** A comparison as lists: project fields, then added, removed, moved and changed nodes, old → new. */
export function DiffView({ diff, compareKey }: { diff: DocumentDiff; compareKey: string }) {
  const t = useT();
  const total = diff.added.length + diff.removed.length + diff.moved.length + diff.changed.length + diff.project.length;
  return (
    <div className="diff" data-testid="diff-view" data-compare={compareKey}>
      <p className="diff-summary" data-testid="diff-summary">
        {total === 0 ? t('noDifferences') : t('diffSummary', { added: diff.added.length, removed: diff.removed.length, moved: diff.moved.length, changed: diff.changed.length })}
      </p>
      {diff.project.length > 0 && (
        <section className="diff-section">
          <h4>{t('diffProject')}</h4>
          <ul className="diff-changes">
            {diff.project.map((c) => (
              <li key={c.field} data-testid="diff-project-change">
                <span className="diff-field">{PROJECT_FIELD[c.field] ? t(PROJECT_FIELD[c.field] as StringKey) : c.field}</span> <span className="diff-old">{c.old ?? '—'}</span>
                <span className="diff-arrow"> → </span>
                <span className="diff-new">{c.new ?? '—'}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Section list={diff.added} kind="added" title="diffAdded" />
      <Section list={diff.removed} kind="removed" title="diffRemoved" />
      <Section list={diff.moved} kind="moved" title="diffMoved" />
      <Section list={diff.changed} kind="changed" title="diffChanged" />
    </div>
  );
}
