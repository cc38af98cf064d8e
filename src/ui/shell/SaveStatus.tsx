import { useStore } from '../../store/store';
import { useT } from '../hooks/useT';

/** Menyimpan… / Tersimpan / Gagal menyimpan (with why) / in memory only. */
export function SaveStatus() {
  const st = useStore((s) => s.storage);
  const t = useT();
  const text = st.save === 'saving' ? t('saving') : st.save === 'saved' ? t('saved') : st.save === 'failed' ? t('saveFailed') : st.save === 'memory' ? t('memoryOnly') : '';
  if (!text) return null;
  return (
    <span className={`save-status save-${st.save}`} data-testid="save-status" title={st.error ?? undefined} role="status">
      {text}
      {st.error ? `: ${st.error}` : ''}
    </span>
  );
}
