// The values a dimension takes in the workspace, for the filter pickers: the archive's areas,
// feeders and the rest as stored, the fixed vocabularies of tickets, payments, grades and case
// statuses, the latest segmentation's shapes. A search narrows them (case-insensitive, on the
// value or its name).
import { caseStatuses } from '../../api/casesTypes.js';
import { EngineError } from '../../api/errors.js';
import { timeDimensions, type DimensionId, type DimensionValueInfo } from '../../api/queryTypes.js';
import { riskGrades } from '../../api/riskModelTypes.js';
import { ticketChannels, ticketTypes } from '../../api/serviceTypes.js';
import { vocabulary } from '../../import/kinds/vocabulary.js';
import type { Db } from '../../store/database.js';

/** The codes a bills import gives payment channels (a channel it does not know is 'other'). */
const paymentChannels = () => [...new Set([...Object.keys(vocabulary('bills').codes.channel ?? {}), 'other'])];

/** SQL of (value, name) pairs, or a fixed list. */
const valuesOf: Record<Exclude<DimensionId, 'month' | 'quarter' | 'year'>, string | readonly string[] | (() => string[])> = {
  area: `SELECT area_id, name FROM areas
          UNION SELECT DISTINCT area_id, NULL FROM customers WHERE area_id <> '' AND area_id NOT IN (SELECT area_id FROM areas)`,
  feeder: `SELECT feeder_id, name FROM feeders
            UNION SELECT DISTINCT feeder_id, NULL FROM areas WHERE feeder_id IS NOT NULL AND feeder_id NOT IN (SELECT feeder_id FROM feeders)`,
  supply_unit: 'SELECT DISTINCT supply_unit, NULL FROM areas WHERE supply_unit IS NOT NULL',
  category: 'SELECT DISTINCT category, NULL FROM customers',
  industry: 'SELECT DISTINCT industry, NULL FROM customers WHERE industry IS NOT NULL',
  voltage: 'SELECT DISTINCT voltage, NULL FROM customers WHERE voltage IS NOT NULL',
  payment_channel: paymentChannels,
  ticket_type: ticketTypes,
  ticket_channel: ticketChannels,
  risk_grade: riskGrades,
  segment: 'SELECT DISTINCT cluster_name, NULL FROM customer_segments WHERE run_id = (SELECT MAX(run_id) FROM segment_runs)',
  case_status: caseStatuses,
};

export function dimensionValues(db: Db, dimension: DimensionId, search: string | undefined, limit: number): DimensionValueInfo[] {
  if (timeDimensions.includes(dimension)) {
    throw new EngineError('query.bad_spec', `${dimension} has no list of values: choose months with the period.`, { reason: 'time_filter', field: dimension });
  }
  const source = valuesOf[dimension as keyof typeof valuesOf];
  const all: DimensionValueInfo[] =
    typeof source === 'string'
      ? (db.prepare(source).raw(true).all() as [string, string | null][]).map(([value, label]) => ({ value, label }))
      : (typeof source === 'function' ? source() : source).map((value) => ({ value, label: null }));
  const needle = search?.trim().toLowerCase();
  const kept = needle ? all.filter((v) => v.value.toLowerCase().includes(needle) || (v.label ?? '').toLowerCase().includes(needle)) : all;
  return kept.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, limit);
}
