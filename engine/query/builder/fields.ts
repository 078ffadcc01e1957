// The catalog query.fields answers: every measure with its unit, aggregation, whether the
// period applies and the dimensions it goes with (those of any of its sources: the aggregate's
// are always a subset of the raw table's), and every dimension.
import { dimensionKey, measureKey } from '../../api/queryText.js';
import { dimensionIds, timeDimensions, type DimensionId, type QueryFields } from '../../api/queryTypes.js';
import { namedDimensions } from './labels.js';
import { measures } from './measures.js';
import { sourceDimensions, sources, type SourceId } from './sources.js';

export function queryFields(): QueryFields {
  return {
    measures: Object.values(measures).map((m) => {
      const ids = Object.keys(m.sql) as SourceId[];
      const offered = new Set<DimensionId>(ids.flatMap((id) => sourceDimensions(sources[id])));
      return {
        id: m.id,
        wordsKey: measureKey(m.id),
        group: m.group,
        unit: m.unit,
        aggregation: m.aggregation,
        dated: ids.some((id) => sources[id].month !== undefined),
        dimensions: dimensionIds.filter((d) => offered.has(d)),
      };
    }),
    dimensions: dimensionIds.map((id) => ({ id, wordsKey: dimensionKey(id), time: timeDimensions.includes(id), named: namedDimensions.includes(id) })),
  };
}
