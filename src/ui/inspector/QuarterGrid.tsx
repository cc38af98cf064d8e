import { NumberField } from '../fields/NumberField';
import { TargetField } from '../fields/TargetField';
import { QUARTER_NUMBERS, TW_LABELS } from '../fields/display';
import { useT } from '../hooks/useT';

export interface QuarterRow {
  label: string;
  kind: 'number' | 'target';
  values: readonly (string | null)[] | undefined;
  /** Test id of quarter q (1–4). */
  testId: (q: number) => string;
  onCommit: (q: number, value: string | null) => void;
}

/** Rows of four quarter inputs, TW I … TW IV, under column headings. */
export function QuarterGrid({ caption, rows }: { caption: string; rows: readonly QuarterRow[] }) {
  const t = useT();
  return (
    <table className="qgrid">
      <caption className="qgrid-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {TW_LABELS.map((l, i) => (
            <th key={l} scope="col">
              {t('twN', { n: l, q: i + 1 })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {QUARTER_NUMBERS.map((q) => {
              const Field = row.kind === 'target' ? TargetField : NumberField;
              return (
                <td key={q}>
                  <Field label={`${row.label} ${t('twN', { n: TW_LABELS[q - 1] ?? q, q })}`} hideLabel value={row.values?.[q - 1] ?? null} onCommit={(v) => row.onCommit(q, v)} data-testid={row.testId(q)} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
