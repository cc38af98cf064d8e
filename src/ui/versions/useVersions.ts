import { useEffect, useState } from 'react';
import type { VersionRow } from '../../persistence/db';
import { listVersions } from '../../persistence/versionRepository';
import { useStore } from '../../store/store';
import { getDb } from '../shell/boot';
import { useSessionView } from '../storage/useSession';

/** Versions of the open project, newest first; reloaded when versions or the project change. */
export function useVersions(): { versions: VersionRow[]; loading: boolean } {
  const projectId = useStore((s) => s.doc.project.id);
  const listVersion = useSessionView((s) => s.listVersion);
  const [state, setState] = useState<{ versions: VersionRow[]; loading: boolean; for: string }>({ versions: [], loading: true, for: '' });
  useEffect(() => {
    const db = getDb();
    let alive = true;
    if (db) {
      listVersions(db, projectId)
        .then((versions) => alive && setState({ versions, loading: false, for: projectId }))
        .catch(() => alive && setState({ versions: [], loading: false, for: projectId }));
    }
    return () => {
      alive = false;
    };
  }, [projectId, listVersion]);
  return state.for === projectId ? state : { versions: [], loading: true };
}
