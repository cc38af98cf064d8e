import { useMsg, useT } from '../hooks/useT';
import type { ImportProblem } from './importFile';

/** The reader prefixes "Baris 7, kolom X: "; the table shows row and column in their own cells. */
const withoutPlace = (text: string): string => text.replace(/^(?:Baris|Row) \d+(?:, (?:kolom|column) [^:]*)?: /, '');

/** Every problem of an import, by row and column, errors first. */
export function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const t = useT();
  const msg = useMsg();
  if (problems.length === 0) return <p className="muted">{t('importNoProblems')}</p>;
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? (a.row ?? 0) - (b.row ?? 0) : a.severity === 'error' ? -1 : 1));
  return (
    <>
      <h3 className="problems-title" data-testid="import-problem-count">
        {t('importProblems', { n: problems.length })}
      </h3>
      <div className="problems-scroll">
        <table className="problems" data-testid="import-problems">
          <thead>
            <tr>
              <th>{t('colSeverity')}</th>
              <th>{t('colRow')}</th>
              <th>{t('colColumn')}</th>
              <th>{t('colMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p, i) => (
              <tr key={i} className={`sev-${p.severity}`} data-testid="import-problem" data-row={p.row ?? ''} data-column={p.column ?? ''}>
                <td>{p.severity === 'error' ? t('sevError') : t('sevWarning')}</td>
                <td>{p.row ?? '—'}</td>
                <td>{p.column ?? t('wholeFile')}</td>
                <td>{withoutPlace(msg(p.message))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
