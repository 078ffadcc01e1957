// A query's fields and values in words, one wording for the Query page and the engine's export
// (engine/query/builder/export.ts): measures, dimensions and units by their keys
// (queryBuilder.*), coded values (categories, channels, statuses, shapes) by the words the
// other pages use for them, areas and feeders with their names. Pure: the words come as `t`.
import type { DimensionId, DimensionValue, MeasureId, MeasureUnit, QueryResult, QuerySpec } from './queryTypes.js';
import { codeKey, type Translate } from './theftReasonText.js';

/** Where coded values of a dimension have words. */
const valueKeys: Partial<Record<DimensionId, string>> = {
  category: 'values.customers.category',
  payment_channel: 'values.bills.channel',
  ticket_type: 'values.tickets.type',
  ticket_channel: 'values.tickets.channel',
  case_status: 'theft.statuses',
  segment: 'segments.names',
};

export const measureKey = (id: MeasureId) => `queryBuilder.measures.${codeKey(id)}`;
export const dimensionKey = (id: DimensionId) => `queryBuilder.dimensions.${codeKey(id)}`;
export const measureText = (t: Translate, id: MeasureId) => t(measureKey(id));
export const dimensionText = (t: Translate, id: DimensionId) => t(dimensionKey(id));
export const unitText = (t: Translate, unit: MeasureUnit) => t(`queryBuilder.units.${unit}`);

/** A measure's header: its words and unit ('Consumption (kWh)'). */
export function measureHeader(t: Translate, id: MeasureId, unit: MeasureUnit): string {
  return t('queryBuilder.withUnit', { name: measureText(t, id), unit: unitText(t, unit) });
}

/** A dimension's value in words: no value as such, a code by its words, an area or feeder with its name. */
export function valueText(t: Translate, dimension: DimensionId, value: DimensionValue, labels: QueryResult['labels'] = {}): string {
  if (value === null) return t('queryBuilder.noValue');
  const key = valueKeys[dimension];
  if (key) return t(`${key}.${value}`, { defaultValue: value });
  const name = labels[dimension]?.[value];
  return name ? `${value} ${name}` : value;
}

/** The spec in sentences (label, text) for an export's info sheet and the page's summary. */
export function specLines(t: Translate, spec: QuerySpec): [string, string][] {
  const list = (items: string[]) => items.join(t('common.listSeparator'));
  const lines: [string, string][] = [
    [t('queryBuilder.measuresTitle'), list(spec.measures.map((m) => measureText(t, m)))],
    [t('queryBuilder.dimensionsTitle'), spec.dimensions.length === 0 ? t('queryBuilder.noDimensions') : list(spec.dimensions.map((d) => dimensionText(t, d)))],
    [
      t('queryBuilder.filtersTitle'),
      spec.filters.length === 0
        ? t('queryBuilder.noFilters')
        : spec.filters.map((f) => `${dimensionText(t, f.dimension)}: ${list(f.values.map((v) => valueText(t, f.dimension, v)))}`).join('; '),
    ],
    [t('queryBuilder.period'), spec.period ? `${spec.period.from} – ${spec.period.to}` : t('queryBuilder.allPeriod')],
  ];
  if (spec.pivotColumn) lines.push([t('queryBuilder.pivotColumn'), dimensionText(t, spec.pivotColumn)]);
  return lines;
}
