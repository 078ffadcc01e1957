// The evidence chart's option: a pure function of a customer's evidence and the language, as the
// other pages' charts are. Daily consumption with the change day marked, the peers' P25-P75 band
// and P50 line, the area's loss rate on a second axis, and the meter's events as marks on the line.
import type { TFunction } from 'i18next';
import type { CaseEvidence } from '../../../../engine/api/casesTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatCompact, formatDay, formatDecimal, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors } from '../../overview/charts/theme.js';
import { eventTypeLabel } from '../texts.js';

export const evidenceColors = {
  customer: colors.primary,
  band: 'rgba(154,165,177,0.28)',
  median: '#6b7782',
  loss: colors.secondary,
  event: colors.danger,
};

export interface EvidenceAxis {
  days: string[];
  kwh: (number | null)[];
  p25: (number | null)[];
  /** P75 - P25, stacked on P25 to fill the band. */
  spread: (number | null)[];
  p50: (number | null)[];
  /** The area's daily loss rate (a share), null where unknown. */
  loss: (number | null)[];
  /** The meter events of each day, by type. */
  events: string[][];
  changeIndex: number | null;
}

/** The evidence laid on one axis of days: the area's loss and the events placed on their day. */
export function evidenceAxis(evidence: CaseEvidence): EvidenceAxis {
  const days = evidence.days.map((d) => d.day);
  const index = new Map(days.map((day, i) => [day, i]));
  const loss: (number | null)[] = days.map(() => null);
  for (const point of evidence.areaLossDaily) {
    const i = index.get(point.period);
    if (i !== undefined) loss[i] = point.lossRate;
  }
  const events: string[][] = days.map(() => []);
  for (const event of evidence.events) {
    const i = index.get(event.start.slice(0, 10));
    if (i !== undefined) events[i]!.push(event.type);
  }
  const change = evidence.changeDay === null ? undefined : index.get(evidence.changeDay);
  return {
    days,
    kwh: evidence.days.map((d) => d.kwh),
    p25: evidence.days.map((d) => d.p25),
    spread: evidence.days.map((d) => (d.p25 === null || d.p75 === null ? null : d.p75 - d.p25)),
    p50: evidence.days.map((d) => d.p50),
    loss,
    events,
    changeIndex: change ?? null,
  };
}

const line = (label: string, value: string) => `${label}: <b>${value}</b>`;

/** The types of a day's events in words, each with its count: 开盖 ×2. */
function eventsText(t: TFunction, types: string[]): string {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].map(([type, n]) => (n > 1 ? `${eventTypeLabel(t, type)} ×${n}` : eventTypeLabel(t, type))).join(', ');
}

export function evidenceOption(evidence: CaseEvidence, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const axis = evidenceAxis(evidence);
  const kwh = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${formatDecimal(v, language, v >= 100 ? 0 : 1)} kWh`);
  const names = {
    customer: t('theft.chart.customer'),
    band: t('theft.chart.band'),
    median: t('theft.chart.median'),
    loss: t('theft.chart.areaLoss'),
    events: t('theft.chart.events'),
  };
  const hasLoss = axis.loss.some((v) => v !== null);
  const hasBand = axis.spread.some((v) => v !== null);
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const i = first?.dataIndex ?? 0;
        const rows = [`<b>${formatDay(axis.days[i], language)}</b>`, line(names.customer, kwh(axis.kwh[i]))];
        if (axis.p25[i] !== null && axis.spread[i] !== null) rows.push(line(names.band, `${kwh(axis.p25[i])} – ${kwh(axis.p25[i]! + axis.spread[i]!)}`));
        if (axis.p50[i] !== null) rows.push(line(names.median, kwh(axis.p50[i])));
        if (axis.loss[i] !== null) rows.push(line(names.loss, formatPercent(axis.loss[i], language, 1)));
        if (axis.events[i]!.length > 0) rows.push(line(names.events, eventsText(t, axis.events[i]!)));
        if (i === axis.changeIndex) rows.push(`<b>${t('theft.chart.change')}</b>`);
        return rows.join('<br/>');
      },
    },
    legend: { top: 0, type: 'scroll', data: [names.customer, ...(hasBand ? [names.band, names.median] : []), ...(hasLoss ? [names.loss] : []), names.events] },
    grid: { left: 64, right: hasLoss ? 64 : 24, top: 48, bottom: 64 },
    xAxis: { type: 'category', data: axis.days.map((d) => d.slice(5)), boundaryGap: false, axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [
      { type: 'value', name: t('theft.chart.kwhPerDay'), nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => formatCompact(v, language) }, splitLine: { lineStyle: { color: '#eef1f4' } } },
      ...(hasLoss
        ? [{ type: 'value' as const, name: names.loss, nameTextStyle: { align: 'right' as const }, axisLabel: { formatter: (v: number) => formatPercent(v, language, 0) }, splitLine: { show: false } }]
        : []),
    ],
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, borderColor: 'transparent', fillerColor: 'rgba(47,125,140,0.15)' },
    ],
    series: [
      // First: the series the keyboard walks, over every day.
      {
        type: 'line',
        name: names.customer,
        data: axis.kwh,
        showSymbol: false,
        lineStyle: { width: 1.6 },
        itemStyle: { color: evidenceColors.customer },
        z: 4,
        markLine:
          axis.changeIndex === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                label: { formatter: t('theft.chart.changeOn', { day: formatDay(evidence.changeDay, language) }), position: 'insideEndTop' },
                lineStyle: { color: evidenceColors.event, type: 'dashed' },
                data: [{ xAxis: axis.changeIndex }],
              },
      },
      ...(hasBand
        ? [
            { type: 'line' as const, name: names.band, data: axis.p25, stack: 'band', showSymbol: false, lineStyle: { opacity: 0 }, itemStyle: { color: evidenceColors.band }, tooltip: { show: false } },
            {
              type: 'line' as const,
              name: names.band,
              data: axis.spread,
              stack: 'band',
              showSymbol: false,
              lineStyle: { opacity: 0 },
              areaStyle: { color: evidenceColors.band },
              itemStyle: { color: evidenceColors.band },
            },
            { type: 'line' as const, name: names.median, data: axis.p50, showSymbol: false, lineStyle: { width: 1, type: 'dashed' as const }, itemStyle: { color: evidenceColors.median } },
          ]
        : []),
      ...(hasLoss
        ? [{ type: 'line' as const, name: names.loss, yAxisIndex: 1, data: axis.loss, showSymbol: false, lineStyle: { width: 1 }, itemStyle: { color: evidenceColors.loss } }]
        : []),
      {
        type: 'scatter',
        name: names.events,
        // On the day's consumption (at zero where none was metered), so a mark sits on the drop it explains.
        data: axis.events.map((types, i) => (types.length > 0 ? (axis.kwh[i] ?? 0) : null)),
        symbol: 'triangle',
        symbolSize: 11,
        itemStyle: { color: evidenceColors.event },
        z: 5,
      },
    ],
  };
}
