// The pack's three charts from a case's evidence, in the chosen language: daily consumption with
// the peer band and the change day marked (the meter events as marks on the line, as on the case
// page), the area's monthly line-loss rate, and the meter events on a timeline by type.
import type { CaseEvidence } from '../../../api/casesTypes.js';
import type { Language } from '../../../api/types.js';
import { formatDay, formatDecimal, formatInteger, formatPercent } from '../../../pdf/format.js';
import { eventTypeLabel, type Words } from '../words.js';
import { chartColors, type LineChartModel, type Marker, type Tick, type TimelineModel, type ValueAxis } from './model.js';
import { niceScale } from './scale.js';

/** Month starts along an axis of 'YYYY-MM-DD' days or 'YYYY-MM' months (at most maxTicks of them), the year on the first and on January. */
export function monthTicks(periods: string[], language: Language, maxTicks = 13): Tick[] {
  const monthStarts = periods.flatMap((p, i) => (p.length === 7 || p.endsWith('-01') ? [i] : []));
  const starts = monthStarts.length > 0 ? monthStarts : periods.length > 0 ? [0] : [];
  const step = Math.max(1, Math.ceil(starts.length / maxTicks));
  return starts
    .filter((_, k) => k % step === 0)
    .map((i, k) => {
      const [year, month] = periods[i]!.split('-').map(Number) as [number, number];
      const date = new Date(Date.UTC(year, month - 1, 1));
      const withYear = k === 0 || month === 1;
      return { at: i, label: new Intl.DateTimeFormat(language, { ...(withYear ? { year: 'numeric' } : {}), month: 'short', timeZone: 'UTC' }).format(date) };
    });
}

function valueAxis(title: string, values: (number | null)[], label: (v: number) => string): ValueAxis {
  const scale = niceScale(values);
  return { title, min: scale.min, max: scale.max, ticks: scale.ticks.map((v) => ({ at: v, label: label(v) })) };
}

function changeMarker(words: Words, periods: string[], changeDay: string | null): Marker[] {
  if (changeDay === null) return [];
  const index = periods.findIndex((p) => changeDay.startsWith(p));
  return index < 0 ? [] : [{ index, label: words.t('theft.chart.changeOn', { day: formatDay(changeDay, words.language) }), color: chartColors.event }];
}

export function consumptionChart(evidence: CaseEvidence, words: Words): LineChartModel {
  const { t, language } = words;
  const days = evidence.days.map((d) => d.day);
  const kwh = evidence.days.map((d) => d.kwh);
  const index = new Map(days.map((day, i) => [day, i]));
  const eventDays = new Set(evidence.events.map((e) => index.get(e.start.slice(0, 10))).filter((i) => i !== undefined));
  const hasBand = evidence.days.some((d) => d.p25 !== null && d.p75 !== null);
  const values = [...kwh, ...(hasBand ? evidence.days.map((d) => d.p75) : [])];
  const digits = Math.max(...values.map((v) => v ?? 0)) >= 10 ? 0 : 1;
  return {
    kind: 'line',
    title: t('theft.pack.consumptionTitle'),
    count: days.length,
    xTicks: monthTicks(days, language),
    y: valueAxis(t('theft.chart.kwhPerDay'), values, (v) => formatDecimal(v, language, Number.isInteger(v) ? 0 : digits)),
    series: [
      ...(hasBand
        ? [
            { kind: 'band' as const, label: t('theft.chart.band'), color: chartColors.band, lower: evidence.days.map((d) => d.p25), upper: evidence.days.map((d) => d.p75) },
            { kind: 'line' as const, label: t('theft.chart.median'), color: chartColors.median, width: 0.8, dash: true, values: evidence.days.map((d) => d.p50) },
          ]
        : []),
      { kind: 'line', label: t('theft.chart.customer'), color: chartColors.customer, width: 1.2, values: kwh },
      ...(eventDays.size > 0
        ? [{ kind: 'marks' as const, label: t('theft.chart.events'), color: chartColors.event, points: [...eventDays].sort((a, b) => a - b).map((i) => ({ index: i, value: kwh[i] ?? 0 })) }]
        : []),
    ],
    markers: changeMarker(words, days, evidence.changeDay),
    empty: kwh.some((v) => v !== null) ? null : t('theft.pack.noConsumption'),
  };
}

export function areaLossChart(evidence: CaseEvidence, words: Words): LineChartModel {
  const { t, language } = words;
  const points = evidence.areaLossMonthly;
  const months = points.map((p) => p.period);
  const loss = points.map((p) => p.lossRate);
  return {
    kind: 'line',
    title: evidence.areaId === null ? t('theft.chart.areaLoss') : t('theft.pack.areaLossTitle', { area: evidence.areaId }),
    count: months.length,
    xTicks: monthTicks(months, language),
    y: valueAxis(t('theft.pack.lossAxis'), loss, (v) => formatPercent(v, language, 0)),
    series: [{ kind: 'line', label: t('theft.chart.areaLoss'), color: chartColors.loss, width: 1.4, values: loss }],
    markers: changeMarker(words, months, evidence.changeDay),
    empty: loss.some((v) => v !== null) ? null : t('theft.pack.noAreaLoss'),
  };
}

export function eventsTimeline(evidence: CaseEvidence, words: Words): TimelineModel {
  const { t, language } = words;
  const days = evidence.days.map((d) => d.day);
  const index = new Map(days.map((day, i) => [day, i]));
  const byType = new Map<string, number[]>();
  for (const event of evidence.events) {
    const i = index.get(event.start.slice(0, 10));
    if (i === undefined) continue;
    byType.set(event.type, [...(byType.get(event.type) ?? []), i]);
  }
  return {
    kind: 'timeline',
    title: t('theft.pack.eventsTitle'),
    count: days.length,
    xTicks: monthTicks(days, language),
    rows: [...byType].map(([type, indices]) => ({ label: `${eventTypeLabel(words, type)} (${formatInteger(indices.length, language)})`, indices })),
    markers: changeMarker(words, days, evidence.changeDay),
    empty: byType.size > 0 ? null : t('theft.pack.noEvents'),
  };
}
