import { useState } from 'react';
import { useStore } from '../../store/store';
import { FileMenu } from '../files/FileMenu';
import { useT } from '../hooks/useT';
import { ProjectsDialog } from '../projects/ProjectsDialog';
import { StorageBanner } from '../storage/StorageBanner';
import { FilterBar } from './FilterBar';
import { ExportImageButton } from '../export/ExportImageButton';
import { ReportsMenu } from '../review/ReportsMenu';

/** The project bar: projects (new, samples, open, trash), files, reports, pictures, versions, filters; storage banners below. */
export function ProjectMenu() {
  const t = useT();
  const screen = useStore((s) => s.screen);
  const sidePanel = useStore((s) => s.sidePanel);
  const setSidePanel = useStore((s) => s.setSidePanel);
  const [open, setOpen] = useState(false);
  return (
    <>
      <nav className="projectbar" aria-label={t('projects')}>
        <button type="button" onClick={() => setOpen(true)} data-testid="btn-projects" aria-haspopup="dialog">
          ☰ {t('projects')}
        </button>
        <FileMenu />
        <ReportsMenu />
        <ExportImageButton />
        <button
          type="button"
          className={sidePanel === 'versions' ? 'on' : ''}
          aria-pressed={sidePanel === 'versions'}
          onClick={() => setSidePanel(sidePanel === 'versions' ? 'inspector' : 'versions')}
          data-testid="btn-versions"
        >
          {t('versions')}
        </button>
        <span className="spacer" />
        {screen === 'canvas' && <FilterBar />}
      </nav>
      <StorageBanner />
      {open && <ProjectsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
