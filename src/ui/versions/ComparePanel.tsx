import { useEffect, useMemo, useState } from 'react';
import { diffDocuments, diffMarks } from '../../domain/diff';
import type { KDocument } from '../../domain/model';
import type { VersionRow } from '../../persistence/db';
import { loadVersionDocument } from '../../persistence/versionRepository';
import { useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { getDb } from '../shell/boot';
import { notify } from '../toast';
import { DiffView } from './DiffView';

const CURRENT = 'current';

/**
 * Compares any two versions, or a version with the current state: the differences as a list and
 * as marks on the canvas (cleared when the comparison closes or the panel goes away).
 */
export function ComparePanel({ versions }: { versions: VersionRow[] }) {
  const t = useT();
  const doc = useStore((s) => s.doc);
  const setDiffMarks = useStore((s) => s.setDiffMarks);
  const [from, setFrom] = useState<string>(versions[0]?.id ?? CURRENT);
  const [to, setTo] = useState<string>(CURRENT);
  const [loaded, setLoaded] = useState<{ from: string; to: string; a: KDocument | null; b: KDocument | null } | null>(null);

  const load = async (id: string): Promise<KDocument | null> => (id === CURRENT ? null : loadVersionDocument(getDb() as NonNullable<ReturnType<typeof getDb>>, id));
  const compare = (): void => {
    Promise.all([load(from), load(to)])
      .then(([a, b]) => setLoaded({ from, to, a, b }))
      .catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), 'error'));
  };
  const close = (): void => setLoaded(null);

  // A side that is the current state follows edits made while the comparison is open.
  const diff = useMemo(() => (loaded ? diffDocuments(loaded.from === CURRENT ? doc : (loaded.a ?? doc), loaded.to === CURRENT ? doc : (loaded.b ?? doc)) : null), [loaded, doc]);

  useEffect(() => {
    setDiffMarks(diff ? diffMarks(diff) : null);
  }, [diff, setDiffMarks]);
  useEffect(() => () => setDiffMarks(null), [setDiffMarks]);

  const options = (
    <>
      <option value={CURRENT}>{t('current')}</option>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name}
          {v.locked ? ` (${t('locked').toLowerCase()})` : ''}
        </option>
      ))}
    </>
  );
  return (
    <section className="compare" data-testid="compare">
      <h3>{t('compare')}</h3>
      <div className="compare-pick">
        <label>
          {t('compareFrom')}
          <select value={from} onChange={(e) => setFrom(e.target.value)} data-testid="compare-from">
            {options}
          </select>
        </label>
        <label>
          {t('compareTo')}
          <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="compare-to">
            {options}
          </select>
        </label>
        <button type="button" className="primary" onClick={compare} data-testid="compare-run">
          {t('compare')}
        </button>
        {loaded && (
          <button type="button" onClick={close} data-testid="compare-close">
            {t('closeCompare')}
          </button>
        )}
      </div>
      {diff && loaded && <DiffView diff={diff} compareKey={`${loaded.from}>${loaded.to}`} />}
    </section>
  );
}
