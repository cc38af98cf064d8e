import { useStore } from '../../store/store';
import { predikatTone, toneColor } from './display';

/** The predikat as a badge coloured by its band on the project's scale. */
export function PredikatBadge({ label, 'data-testid': testId }: { label: string | null; 'data-testid'?: string }) {
  const scale = useStore((s) => s.doc.project.settings.predikat);
  if (!label) {
    return (
      <span className="pred-badge pred-none" data-testid={testId}>
        —
      </span>
    );
  }
  const tone = predikatTone(label, scale);
  return (
    <span className="pred-badge" data-testid={testId} data-tone={tone ?? undefined} style={tone === null ? undefined : { background: toneColor(tone) }}>
      {label}
    </span>
  );
}
