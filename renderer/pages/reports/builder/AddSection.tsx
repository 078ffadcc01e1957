import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewInfo } from '../../../../engine/api/queryTypes.js';
import { moduleCharts, type ReportSection } from '../../../../engine/api/reportsTypes.js';

/** The choices, as the select's values: 'kpis', 'text', 'chart:<id>', 'table:<id>', 'view:<id>'. */
function sectionOf(choice: string, textHeading: string): ReportSection {
  if (choice === 'kpis') return { kind: 'kpis' };
  if (choice === 'text') return { kind: 'text', heading: textHeading, body: '' };
  const [kind, id] = choice.split(':') as [string, string];
  if (kind === 'view') return { kind: 'view', viewId: Number(id) };
  return { kind: kind as 'chart' | 'table', chart: id as (typeof moduleCharts)[number] };
}

/** Add a section at the end: the key figures, a module chart or its table alone, a saved view of the Query page, or a text. */
export function AddSection({ views, onAdd }: { views: SavedViewInfo[]; onAdd(section: ReportSection): void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('chart:consumption.byMonth');
  return (
    <div className="row wrap">
      <label className="field inline grow">
        <span>{t('reports.ui.add')}</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="add-section-choice">
          <optgroup label={t('reports.ui.groups.module')}>
            {moduleCharts.map((id) => (
              <option key={id} value={`chart:${id}`}>
                {t(`reports.modules.${id}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('reports.ui.groups.tables')}>
            {moduleCharts.map((id) => (
              <option key={id} value={`table:${id}`}>
                {t('reports.ui.tableOf', { name: t(`reports.modules.${id}`) })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('reports.ui.groups.views')}>
            {views.length === 0 ? (
              <option disabled value="">
                {t('reports.ui.noViews')}
              </option>
            ) : (
              views.map((v) => (
                <option key={v.viewId} value={`view:${v.viewId}`}>
                  {v.name}
                </option>
              ))
            )}
          </optgroup>
          <optgroup label={t('reports.ui.groups.other')}>
            <option value="kpis">{t('reports.sections.kpis')}</option>
            <option value="text">{t('reports.ui.textSection')}</option>
          </optgroup>
        </select>
      </label>
      <button type="button" className="btn" onClick={() => choice && onAdd(sectionOf(choice, t('reports.ui.textSection')))} data-testid="add-section">
        {t('reports.ui.addButton')}
      </button>
    </div>
  );
}
