import { useMemo, useState } from 'react';
import type { KNode, Level } from '../../domain/model';
import { useStore } from '../../store/store';
import { testKey } from '../fields/display';
import { useActions } from '../hooks/useActions';
import { useMsg, useT } from '../hooks/useT';
import { NodePicker } from './NodePicker';
import { Section } from './Section';

/** Second parents the node contributes to (crosscutting), with remove and a searchable add. */
export function CrosscutSection({ node }: { node: KNode }) {
  const t = useT();
  const msg = useMsg();
  const a = useActions();
  const nodes = useStore((s) => s.doc.nodes);
  const [error, setError] = useState<string | null>(null);
  const parentLevel = node.level - 1;
  const exclude = useMemo(() => new Set([node.parentId ?? '', ...node.crosscutting.map((c) => c.parentId)]), [node.parentId, node.crosscutting]);
  return (
    <Section title={t('secCrosscut')} data-testid="insp-sec-crosscut">
      {parentLevel < 0 ? (
        <p className="insp-hint">{t('crossRootNone')}</p>
      ) : (
        <>
          {node.crosscutting.length === 0 ? <p className="insp-hint">{t('crossNone')}</p> : null}
          <ul className="cross-list" data-testid="insp-cross-list">
            {node.crosscutting.map((c) => {
              const p = nodes[c.parentId];
              const key = p ? testKey(p) : c.parentId;
              return (
                <li key={c.parentId} className="cross-item" data-testid={`insp-cross-${key}`}>
                  <span className="cross-text">
                    {p?.kode ? <span className="picker-kode">{p.kode}</span> : null}
                    {p ? p.sasaran.trim() || p.nama.trim() || t('emptySasaran') : t('crossMissing', { id: c.parentId })}
                  </span>
                  <button type="button" className="btn-remove" aria-label={t('crossRemove')} title={t('crossRemove')} data-testid={`insp-cross-remove-${key}`} onClick={() => a.removeCrosscut(node.id, c.parentId)}>
                    ✕
                  </button>
                </li>
              );
            })}
          </ul>
          <NodePicker
            label={t('crossAdd', { level: parentLevel })}
            level={parentLevel as Level}
            exclude={exclude}
            data-testid="insp-cross-search"
            onPick={(pid) => {
              const r = a.addCrosscut(node.id, pid);
              setError(r.ok ? null : msg(r.reason));
            }}
          />
          {error ? (
            <div className="fld-error" role="alert" data-testid="insp-cross-error">
              {error}
            </div>
          ) : null}
        </>
      )}
    </Section>
  );
}
