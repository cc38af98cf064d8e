import { useMemo, useState } from 'react';
import type { ExportFormat, ExportRequest } from '../../io/image/exportJob';
import { estimateExport } from '../../io/image/estimate';
import type { Estimate } from '../../io/image/estimate';
import type { Orientation, Paper } from '../../io/image/pages';
import type { ExportScope } from '../../io/image/scene';
import { useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import './export.css';
import { OpenFromImageButton } from './OpenFromImageButton';
import { useExportRunner } from './useExportRunner';
import { currentView } from './viewState';

type Options = Omit<ExportRequest, 'lang'>;
type T = ReturnType<typeof useT>;

const fmt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function estimateText(e: Estimate, o: Options, t: T): string {
  const paper = `${o.paper} ${o.orientation === 'landscape' ? t('exLandscape').toLowerCase() : t('exPortrait').toLowerCase()}`;
  switch (e.kind) {
    case 'view':
      return t('exEstimateView');
    case 'one':
      return t('exEstimateOne', { w: fmt(e.w), h: fmt(e.h) });
    case 'tiles':
      return t('exEstimateTiles', { n: e.n });
    case 'svg':
      return t('exEstimateSvg', { w: fmt(e.w), h: fmt(e.h) });
    case 'pdf':
      return e.n === 1 ? t('exEstimatePdfOne', { paper }) : `${t('exEstimatePdf', { n: e.n, paper })}${e.n > 100 ? ` ${t('exManyPages')}` : ''}`;
    default:
      return '';
  }
}

function Choice<V extends string>({ name, value, options, onChange, disabled }: { name: string; value: V; options: { v: V; label: string; note?: string }[]; onChange: (v: V) => void; disabled?: boolean }) {
  return (
    <div className="ex-choice" role="radiogroup">
      {options.map((o) => (
        <label key={o.v} className={o.note ? 'ex-off' : ''}>
          <input type="radio" name={name} value={o.v} checked={value === o.v} disabled={disabled || Boolean(o.note)} onChange={() => onChange(o.v)} data-testid={`ex-${name}-${o.v}`} />
          {o.label}
          {o.note ? <span className="ex-note"> ({o.note})</span> : null}
        </label>
      ))}
    </div>
  );
}

/** Choose scope, format, paper and badges; export with progress and cancel; open a project from a picture. */
export function ExportImageDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const screen = useStore((s) => s.screen);
  const selectedId = useStore((s) => s.selectedId);
  const doc = useStore((s) => s.doc);
  const evaluation = useStore((s) => s.evaluation);
  const evalVersion = useStore((s) => s.evalVersion);
  const year = useStore((s) => s.year);
  const tw = useStore((s) => s.tw);
  const layoutMode = useStore((s) => s.layoutMode);
  const collapsed = useStore((s) => s.collapsed);
  const { state, start, cancel } = useExportRunner();
  const [o, setO] = useState<Options>(() => ({ scope: 'whole', format: 'png', paper: 'A4', orientation: 'landscape', badges: true, asOnScreen: false, versionName: '' }));
  const set = (patch: Partial<Options>): void => setO((prev) => ({ ...prev, ...patch }));
  const canView = screen === 'canvas';
  const scope: ExportScope = (o.scope === 'view' && !canView) || (o.scope === 'subtree' && !selectedId) ? 'whole' : o.scope;
  const running = state.phase === 'running';

  const estimate = useMemo(() => {
    try {
      const viewRect = scope === 'view' ? currentView()?.rect : undefined;
      const src = { doc, evaluation, year, tw, layoutMode, collapsed, selectedId };
      return estimateText(estimateExport(src, { scope, format: o.format, paper: o.paper, orientation: o.orientation, badges: o.badges, asOnScreen: o.asOnScreen, lang, ...(viewRect ? { viewRect } : {}) }), o, t);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    // evalVersion: results change in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, evaluation, evalVersion, year, tw, layoutMode, collapsed, selectedId, scope, o.format, o.paper, o.orientation, o.badges, o.asOnScreen, lang, t]);

  const close = (): void => {
    cancel();
    onClose();
  };

  return (
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') close();
      }}
    >
      <div className="modal ex-dialog" role="dialog" aria-modal="true" aria-labelledby="ex-title" data-testid="export-dialog">
        <h2 id="ex-title">{t('exportDialogTitle')}</h2>
        <fieldset disabled={running}>
          <legend>{t('exScope')}</legend>
          <Choice
            name="scope"
            value={scope}
            onChange={(v) => set({ scope: v })}
            options={[
              { v: 'view', label: t('exScopeView'), ...(canView ? {} : { note: t('exNeedCanvas') }) },
              { v: 'subtree', label: t('exScopeSubtree'), ...(selectedId ? {} : { note: t('exNeedSelection') }) },
              { v: 'whole', label: t('exScopeWhole') },
            ]}
          />
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('exFormat')}</legend>
          <Choice<ExportFormat> name="format" value={o.format} onChange={(v) => set({ format: v })} options={[{ v: 'png', label: 'PNG' }, { v: 'svg', label: 'SVG' }, { v: 'pdf', label: 'PDF' }]} />
          {o.format === 'pdf' && (
            <div className="ex-row">
              <label>
                {t('exPaper')}{' '}
                <select value={o.paper} onChange={(e) => set({ paper: e.target.value as Paper })} data-testid="ex-paper">
                  <option value="A4">A4</option>
                  <option value="A3">A3</option>
                </select>
              </label>
              <select value={o.orientation} onChange={(e) => set({ orientation: e.target.value as Orientation })} aria-label={t('exPaper')} data-testid="ex-orientation">
                <option value="landscape">{t('exLandscape')}</option>
                <option value="portrait">{t('exPortrait')}</option>
              </select>
            </div>
          )}
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('exContents')}</legend>
          {scope !== 'view' && (
            <label className="ex-row">
              {t('exLayout')}{' '}
              <select value={o.asOnScreen ? 'screen' : 'compact'} onChange={(e) => set({ asOnScreen: e.target.value === 'screen' })} data-testid="ex-layout">
                <option value="compact">{t('exLayoutCompact')}</option>
                <option value="screen">{t('exLayoutScreen')}</option>
              </select>
            </label>
          )}
          <label className="ex-row">
            <input type="checkbox" checked={o.badges} onChange={(e) => set({ badges: e.target.checked })} data-testid="ex-badges" /> {t('exBadges')}
          </label>
          <label className="ex-col">
            {t('exVersion')}
            <input type="text" value={o.versionName} maxLength={80} placeholder={t('exVersionPlaceholder')} onChange={(e) => set({ versionName: e.target.value })} data-testid="ex-version" />
          </label>
        </fieldset>
        <p className="ex-estimate" data-testid="ex-estimate">
          {estimate}
        </p>
        {o.format === 'png' && <p className="ex-hint">{t('exEmbedNote')}</p>}
        {state.phase === 'running' && (
          <div className="ex-progress" data-testid="ex-progress">
            <progress max={Math.max(1, state.total)} value={state.done} />
            <span>{state.total ? t('exProgress', { k: Math.min(state.done + 1, state.total), n: state.total }) : t('exPreparing')}</span>
          </div>
        )}
        {state.phase === 'done' && <p className="ex-status ok" data-testid="ex-status">{t('exDone', { n: state.files })}</p>}
        {state.phase === 'cancelled' && <p className="ex-status" data-testid="ex-status">{t('exCancelled')}</p>}
        {state.phase === 'failed' && <p className="ex-status err" data-testid="ex-status">{`${t('exFailed')}: ${state.message}`}</p>}
        <div className="modal-actions ex-actions">
          <OpenFromImageButton onOpened={onClose} />
          <span className="spacer" />
          {running ? (
            <button type="button" onClick={cancel} data-testid="ex-cancel">
              {t('exCancel')}
            </button>
          ) : (
            <button type="button" onClick={close} data-testid="ex-close">
              {t('exClose')}
            </button>
          )}
          <button type="button" className="primary" disabled={running} autoFocus onClick={() => void start({ ...o, scope, lang })} data-testid="ex-start">
            {t('exStart')}
          </button>
        </div>
      </div>
    </div>
  );
}
