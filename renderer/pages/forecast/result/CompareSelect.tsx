import { useTranslation } from 'react-i18next';
import type { ForecastRun } from '../../../../engine/api/forecastTypes.js';
import { useQuery } from '../../../state/useQuery.js';
import { openRun } from '../openRun.js';
import { useForecastChanges } from '../useForecastChanges.js';

/** Another saved run of the same resolution drawn over this one (a scenario against its base, last week's run...). */
export function CompareSelect({ run, compareId }: { run: ForecastRun; compareId: number | null }) {
  const { t } = useTranslation();
  const runs = useQuery('forecast.runs', { limit: 500 });
  useForecastChanges(runs.reload);
  const others = (runs.data ?? []).filter((r) => r.runId !== null && r.runId !== run.runId && r.resolution === run.resolution);
  // Runs of the same scope first: those are what one compares.
  others.sort((a, b) => Number(b.scope === run.scope) - Number(a.scope === run.scope));
  return (
    <label className="field inline">
      <span>{t('forecast.chart.compareWith')}</span>
      <select value={compareId ?? ''} onChange={(e) => openRun(run.runId, e.target.value ? Number(e.target.value) : null)} data-testid="compare-select">
        <option value="">{others.length === 0 ? t('forecast.chart.noOtherRun') : t('forecast.chart.noCompare')}</option>
        {others.map((r) => (
          <option key={r.runId} value={r.runId!}>
            {r.name} · {r.scopeLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
