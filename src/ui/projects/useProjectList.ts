import { useEffect, useState } from 'react';
import { listProjects } from '../../persistence/projectList';
import type { ProjectSummary } from '../../persistence/projectList';
import { estimateStorage } from '../../persistence/storageInfo';
import type { StorageEstimate } from '../../persistence/storageInfo';
import { getDb } from '../shell/boot';
import { useSessionView } from '../storage/useSession';

export interface ProjectLists {
  live: ProjectSummary[];
  trash: ProjectSummary[];
  estimate: StorageEstimate;
  loading: boolean;
  error: string | null;
}

/** Live and trashed projects and the storage estimate, reloaded whenever the lists change. */
export function useProjectList(): ProjectLists {
  const listVersion = useSessionView((s) => s.listVersion);
  const [state, setState] = useState<ProjectLists>({ live: [], trash: [], estimate: { usage: null, quota: null }, loading: true, error: null });
  useEffect(() => {
    const db = getDb();
    let alive = true;
    if (!db) {
      void estimateStorage().then((estimate) => alive && setState({ live: [], trash: [], estimate, loading: false, error: null }));
      return () => {
        alive = false;
      };
    }
    // Reading again after a change: the list shown stays, marked as being read (aria-busy).
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    Promise.all([listProjects(db, 'live'), listProjects(db, 'trash'), estimateStorage()])
      .then(([live, trash, estimate]) => alive && setState({ live, trash, estimate, loading: false, error: null }))
      .catch((e: unknown) => alive && setState((s) => ({ ...s, loading: false, error: e instanceof Error ? e.message : String(e) })));
    return () => {
      alive = false;
    };
  }, [listVersion]);
  return state;
}
