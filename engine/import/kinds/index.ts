// Every data kind's definition, and the specification the mapping editor shows.
import { POINTS_FIELD, type KindSpecInfo } from '../../api/importTypes.js';
import type { DataKind } from '../../api/types.js';
import { areaSupply } from './areaSupply.js';
import { areas } from './areas.js';
import { bills } from './bills.js';
import { customers } from './customers.js';
import { daily } from './daily.js';
import { events } from './events.js';
import { inspections } from './inspections.js';
import { interval } from './interval.js';
import { tickets } from './tickets.js';
import type { KindDefinition } from './types.js';
import { vocabulary } from './vocabulary.js';
import { weather } from './weather.js';

/** The pipeline handles every kind alike; each kind's record and layout types meet only in its writer. */
type AnyKindDefinition = KindDefinition<unknown, unknown>;

export const kindDefinitions: Record<DataKind, AnyKindDefinition> = {
  customers,
  areas,
  interval,
  daily,
  'area-supply': areaSupply,
  bills,
  events,
  weather,
  tickets,
  inspections,
};

/** How the point columns of a wide curve are named; they are found by pattern, not by synonym. */
const POINT_COLUMN_FORMS = ['P1..P96', 'H1..H24', 'h1..h24', '0:15..24:00', '00:00..23:45'];

/** Header names per field (the synonym table), as matching uses them. */
export function synonymTable(kind: DataKind): Record<string, string[]> {
  return vocabulary(kind).fields;
}

export function kindSpecInfo(kind: DataKind): KindSpecInfo {
  const definition = kindDefinitions[kind];
  const synonyms = synonymTable(kind);
  return {
    kind,
    fields: definition.fields.map((field) => ({
      ...field,
      synonyms: field.name === POINTS_FIELD && kind === 'interval' ? POINT_COLUMN_FORMS : (synonyms[field.name] ?? []),
    })),
    requirement: definition.requirement,
  };
}
