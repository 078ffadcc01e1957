// Names of the values of named dimensions (area and feeder numbers) that a result holds, so that
// the table and the chart can show 春晖苑1号配变 beside TQ00001.
import type { DimensionId, QueryResult } from '../../api/queryTypes.js';
import type { Db } from '../../store/database.js';
import type { Group } from './groups.js';

const namesSql: Partial<Record<DimensionId, string>> = {
  area: 'SELECT area_id, name FROM areas WHERE name IS NOT NULL AND area_id IN (SELECT value FROM json_each(?))',
  feeder: 'SELECT feeder_id, name FROM feeders WHERE name IS NOT NULL AND feeder_id IN (SELECT value FROM json_each(?))',
};

export const namedDimensions = Object.keys(namesSql) as DimensionId[];

export function valueLabels(db: Db, dims: readonly DimensionId[], groups: readonly Group[]): QueryResult['labels'] {
  const labels: QueryResult['labels'] = {};
  dims.forEach((d, i) => {
    const sql = namesSql[d];
    if (!sql) return;
    const values = [...new Set(groups.map((g) => g.keys[i]).filter((v): v is string => v !== null))];
    const rows = db.prepare(sql).raw(true).all(JSON.stringify(values)) as [string, string][];
    labels[d] = Object.fromEntries(rows);
  });
  return labels;
}
