// A small forecast run as forecast.get returns it, and the translation functions of both languages.
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import type { ForecastPoint, ForecastRun } from '../../../engine/api/forecastTypes.js';
import { repoRoot } from '../../helpers/paths.js';

export async function translations(): Promise<{ zh: TFunction; en: TFunction }> {
  const resources = Object.fromEntries(
    (['zh-CN', 'en'] as const).map((language) => [
      language,
      { translation: JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'locales', `${language}.json`), 'utf8')) as object },
    ]),
  );
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false }, missingInterpolationHandler: () => '' });
  return { zh: i18n.getFixedT('zh-CN'), en: i18n.getFixedT('en') };
}

export function point(ts: string, forecast: number, extra: Partial<ForecastPoint> = {}): ForecastPoint {
  return {
    ts,
    forecast,
    p10: forecast - 10,
    p50: forecast,
    p90: forecast + 10,
    models: { naive: forecast + 5, vanilla: forecast - 5 },
    temperature: 20,
    temperatureEffect: 3,
    actual: null,
    override: null,
    ...extra,
  };
}

export function run(extra: Partial<ForecastRun> = {}): ForecastRun {
  return {
    runId: 1,
    name: 'TQ0001 hourly',
    createdAt: '2024-04-01T08:00:00.000Z',
    scope: 'area:TQ0001',
    scopeLabel: '东区1号台区',
    resolution: 'hour',
    start: '2024-04-01T00:00',
    horizonHours: 3,
    unit: 'kW',
    model: 'auto',
    chosen: 'vanilla',
    mape: 4.2,
    scenario: null,
    batchId: null,
    weights: { naive: 0.3, vanilla: 0.7 },
    station: { used: 'S1', candidates: [{ station: 'S1', mape: 4.2 }] },
    checks: [],
    metrics: [],
    errorHeatmap: Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => null)),
    history: { from: '2024-03-31T22:00', values: [90, null] },
    points: [point('2024-04-01T00:00', 100, { actual: 98 }), point('2024-04-01T01:00', 110), point('2024-04-01T02:00', 120)],
    ...extra,
  };
}
