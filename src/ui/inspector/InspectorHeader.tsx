import { DEFAULT_LEVEL_NAMES } from '../../domain/model';
import type { KNode } from '../../domain/model';
import { useStore } from '../../store/store';
import { levelColor } from '../fields/display';
import { useT } from '../hooks/useT';

/** Level name, kode and sasaran of the selected node. */
export function InspectorHeader({ node }: { node: KNode }) {
  const t = useT();
  const levelNames = useStore((s) => s.doc.project.levelNames);
  const levelName = levelNames[`${node.level}`] ?? DEFAULT_LEVEL_NAMES[`${node.level}`];
  return (
    <header className="insp-header" style={{ borderColor: levelColor(node.level) }}>
      <div className="insp-header-line">
        <span className="lvl-pill" style={{ background: levelColor(node.level) }} data-testid="insp-level">
          {t('levelN', { n: node.level })} · {levelName}
        </span>
        {node.kode ? (
          <span className="insp-kode" data-testid="insp-header-kode">
            {node.kode}
          </span>
        ) : null}
      </div>
      <h2 className="insp-title">{node.sasaran.trim() || node.nama.trim() || t('emptySasaran')}</h2>
    </header>
  );
}
