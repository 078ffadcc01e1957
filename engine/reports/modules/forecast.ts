// The load forecast of the latest saved run (engine/forecast/runStore.ts, as the Forecast page
// reads it): load before the start and the forecast with its P10–P90 band, the models' backtest
// errors, and the run's MAPE and peak in words.
import { getRun, listRuns } from '../../forecast/runStore.js';
import { formatDateTime, formatDecimal, formatInteger } from '../../pdf/format.js';
import { onlyNote, type ModuleBlock, type ModuleInput } from './module.js';

/** History points shown before the start: as many as the horizon, at most a week of hours. */
const MAX_HISTORY = 168;

/** 'YYYY-MM-DDTHH:mm' shortened for an axis: 'MM-DD HH:mm'. */
const axisStamp = (ts: string) => ts.slice(5, 16).replace('T', ' ');

export function forecastSection({ db, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const latest = listRuns(db, { limit: 1 })[0];
  if (!latest || latest.runId === null) return onlyNote(t('reports.notes.noForecast'));
  const run = getRun(db, latest.runId);
  const historyCount = Math.min(run.history.values.length, Math.max(run.points.length, 1), MAX_HISTORY);
  const history = run.history.values.slice(-historyCount);
  const stepMs = run.points.length > 1 ? Date.parse(`${run.points[1]!.ts}Z`) - Date.parse(`${run.points[0]!.ts}Z`) : 3_600_000;
  const start = Date.parse(`${run.points[0]?.ts ?? run.start}Z`);
  const historyStamps = history.map((_, i) => new Date(start - (history.length - i) * stepMs).toISOString().slice(0, 16));
  const categories = [...historyStamps, ...run.points.map((p) => p.ts)].map(axisStamp);
  const pad = history.map(() => null);
  const peak = run.points.reduce<{ ts: string; value: number } | null>((best, p) => (best === null || p.forecast > best.value ? { ts: p.ts, value: p.forecast } : best), null);
  const sentences = [
    t('reports.text.forecastRun', { name: run.name, scope: run.scopeLabel, made: formatDateTime(run.createdAt, language), hours: formatInteger(run.horizonHours, language) }),
    run.mape === null
      ? t('reports.text.forecastNoMape', { model: t(`forecast.models.${run.chosen}`, { defaultValue: run.chosen }) })
      : t('reports.text.forecastMape', { model: t(`forecast.models.${run.chosen}`, { defaultValue: run.chosen }), mape: formatDecimal(run.mape, language, 1) }),
  ];
  if (peak) sentences.push(t('reports.text.forecastPeak', { value: formatInteger(peak.value, language), unit: run.unit, at: axisStamp(peak.ts) }));
  return {
    chart: {
      type: 'line',
      categories,
      series: [
        { name: t('reports.series.actual'), values: [...history, ...run.points.map((p) => p.actual)] },
        { name: t('reports.series.forecast'), values: [...pad, ...run.points.map((p) => p.forecast)] },
        { name: 'P10', values: [...pad, ...run.points.map((p) => p.p10)], dashed: true },
        { name: 'P90', values: [...pad, ...run.points.map((p) => p.p90)], dashed: true },
      ],
      axes: [run.unit],
    },
    table: {
      columns: [
        { label: t('reports.columns.model'), format: 'text' },
        { label: 'MAPE %', format: 'decimal' },
        { label: 'WAPE %', format: 'decimal' },
        { label: t('reports.columns.coverage'), format: 'percent' },
      ],
      rows: run.metrics.map((m) => [t(`forecast.models.${m.model}`, { defaultValue: m.model }), m.mape, m.wape, m.coverage]),
    },
    sentences,
    notes: [],
  };
}
