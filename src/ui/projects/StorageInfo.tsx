import type { StorageEstimate } from '../../persistence/storageInfo';
import { useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { fmtBytes } from '../storage/format';

/** Space used and quota, and whether the browser agreed to keep the data (persist()). */
export function StorageInfo({ estimate }: { estimate: StorageEstimate | null }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const persisted = useStore((s) => s.storage.persisted);
  const pct = estimate && estimate.usage !== null && estimate.quota ? Math.min(100, (estimate.usage / estimate.quota) * 100) : null;
  const usage = !estimate ? '…' : estimate.usage !== null && estimate.quota !== null ? t('storageUsed', { used: fmtBytes(estimate.usage, lang), quota: fmtBytes(estimate.quota, lang) }) : t('storageUnknown');
  return (
    <div className="storage-info" data-testid="storage-info">
      <div className="storage-usage">
        <span data-testid="storage-usage">{usage}</span>
        {pct !== null && (
          <span className="meter" aria-hidden>
            <span style={{ width: `${Math.max(pct, 1)}%` }} />
          </span>
        )}
      </div>
      <div className={persisted ? 'persist-yes' : 'persist-no'} data-testid="storage-persisted" data-persisted={String(persisted)}>
        {persisted === true ? t('persistedYes') : persisted === false ? t('persistedNo') : t('persistedUnknown')}
      </div>
    </div>
  );
}
