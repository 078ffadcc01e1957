// 事件 / 告警: meter events from the collection system (cover opened, voltage loss, ...).
import type { Stamp } from '../../core/calendar.js';
import type { FieldReader } from './fieldReader.js';
import { alternatives, dateForms, SPLIT_DATE_FIELDS, type KindDefinition } from './types.js';
import { codeTable } from './vocabulary.js';

export interface EventRecord {
  meter: string;
  /** normalised event code (resources/headers/events.json), 'other' when not known */
  type: string;
  typeRaw: string;
  start: Stamp;
  end: Stamp | null;
}

export const events: KindDefinition<EventRecord> = {
  kind: 'events',
  fields: [
    { name: 'meter', type: 'id' },
    { name: 'type', type: 'text' },
    { name: 'start', type: 'datetime' },
    ...SPLIT_DATE_FIELDS,
    { name: 'end', type: 'datetime' },
  ],
  requirement: alternatives([['meter', 'type']], dateForms('start')),
  parse(r: FieldReader): EventRecord | null {
    const meter = r.key('meter');
    const typeRaw = r.id('type');
    const start = r.stamp('start');
    const end = r.stamp('end', false);
    if (r.problem) return null;
    if (end !== null && end < start!) {
      return r.fail('end', 'out_of_range', `${r.raw('end')} in ${r.header('end')} is before the start ${r.raw('start')}`);
    }
    return { meter: meter!, type: codeTable('events', 'type').lookup(typeRaw!) ?? 'other', typeRaw: typeRaw!, start: start!, end };
  },
};
