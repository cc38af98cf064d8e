import { useId, useMemo } from 'react';
import { formatFormulaError } from '../../domain/formula';
import type { Indicator } from '../../domain/model';
import { useStore } from '../../store/store';
import { fmtValue } from '../format';
import { parseTextInput } from '../fields/parse';
import { handleFieldKeys, useFieldDraft } from '../fields/useFieldDraft';
import { useT } from '../hooks/useT';
import { useActions } from '../hooks/useActions';
import { previewFormula } from './formulaPreview';

const same = (s: string): string => s;
const parse = parseTextInput(false);

/**
 * The formula of a composite indicator, checked as it is typed: the error and its column, or the
 * value it gives in the selected period. Commits on blur or Enter, like every field.
 */
export function FormulaField({ nodeId, ind, testId }: { nodeId: string; ind: Indicator; testId: string }) {
  const id = useId();
  const t = useT();
  const a = useActions();
  const lang = useStore((s) => s.lang);
  const evaluation = useStore((s) => s.evaluation);
  const evalVersion = useStore((s) => s.evalVersion);
  const d = useFieldDraft(ind.rumus, same, parse, (v) => a.updateIndicator(nodeId, ind.id, { rumus: v }));
  const preview = useMemo(
    () => (evalVersion > 0 ? previewFormula(d.draft, ind, evaluation) : null),
    [d.draft, ind, evaluation, evalVersion],
  );
  const bad = preview?.kind === 'error';
  return (
    <div className={`fld fld-formula${bad ? ' fld-invalid' : ''}`}>
      <label htmlFor={id} className="fld-label">
        {t('fRumus')}
      </label>
      <textarea
        id={id}
        rows={Math.min(6, Math.max(2, Math.ceil(d.draft.length / 34)))}
        className="fld-input fld-textarea fld-mono"
        value={d.draft}
        placeholder={t('rumusPlaceholder')}
        spellCheck={false}
        autoComplete="off"
        data-testid={testId}
        aria-invalid={bad || undefined}
        aria-describedby={`${id}-preview`}
        // One line of text shown wrapped: Enter commits, pasted line breaks become spaces.
        onChange={(e) => d.change(e.target.value.replace(/[\r\n]+/g, ' '))}
        onBlur={() => void d.commit()}
        onKeyDown={(e) => handleFieldKeys(e, d)}
      />
      <div id={`${id}-preview`} className={bad ? 'formula-preview fld-error' : 'formula-preview'} aria-live="polite" data-testid={`${testId}-preview`}>
        {preview === null || preview.kind === 'empty' ? (
          <span className="fld-hint">{t('rumusEmpty')}</span>
        ) : preview.kind === 'error' ? (
          <>
            <div>{formatFormulaError(preview.error, lang)}</div>
            <pre className="formula-caret" aria-hidden="true">
              {d.draft}
              {'\n'}
              {' '.repeat(Math.min(preview.error.position, d.draft.length))}^
            </pre>
          </>
        ) : preview.value === null ? (
          <span>{t('rumusMissing', { names: preview.missing.join(', ') })}</span>
        ) : (
          <span className="formula-value">
            = {fmtValue(preview.rounded)}
            {preview.rounded && !preview.rounded.eq(preview.value) ? <span className="fld-hint"> ({t('rumusExact', { v: fmtValue(preview.value) })})</span> : null}
          </span>
        )}
      </div>
    </div>
  );
}
