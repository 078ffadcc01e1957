// 工单: service tickets from 95598 and the other channels, with type, text and satisfaction.
import type { Stamp } from '../../core/calendar.js';
import { headerUnit } from '../headers.js';
import type { FieldReader } from './fieldReader.js';
import { alternatives, dateForms, SPLIT_DATE_FIELDS, type KindDefinition, type LayoutInput } from './types.js';
import { codeTable } from './vocabulary.js';

export interface TicketRecord {
  ticket: string;
  customer: string | null;
  ts: Stamp;
  /** phone_95598 | app | wechat | counter | other */
  channel: string | null;
  channelRaw: string | null;
  /** complaint | inquiry | repair | suggestion | praise | report | other */
  type: string | null;
  typeRaw: string | null;
  text: string | null;
  /** 1..5 */
  satisfaction: number | null;
  handlingHours: number | null;
}

export interface TicketLayout {
  /** Hours per unit of the handling-time column: 处理时长(分钟) is in minutes. */
  hoursPerUnit: number;
}

const HOURS_PER_UNIT: Record<string, number> = {
  分钟: 1 / 60,
  分: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  minutes: 1 / 60,
  小时: 1,
  时: 1,
  h: 1,
  hr: 1,
  hrs: 1,
  hours: 1,
  天: 24,
  日: 24,
  d: 24,
  days: 24,
};

export const tickets: KindDefinition<TicketRecord, TicketLayout> = {
  kind: 'tickets',
  fields: [
    { name: 'ticket', type: 'id' },
    { name: 'customer', type: 'id' },
    { name: 'timestamp', type: 'datetime' },
    ...SPLIT_DATE_FIELDS,
    { name: 'channel', type: 'text' },
    { name: 'type', type: 'text' },
    { name: 'text', type: 'text' },
    { name: 'satisfaction', type: 'number' },
    { name: 'handlingHours', type: 'number', unit: 'h' },
  ],
  requirement: alternatives([['ticket']], dateForms('timestamp')),
  prepare({ headers, columns }: LayoutInput): TicketLayout {
    const column = columns.handlingHours;
    const unit = column === undefined ? null : headerUnit(headers[column] ?? '');
    return { hoursPerUnit: (unit && HOURS_PER_UNIT[unit.toLowerCase()]) || 1 };
  },
  parse(r: FieldReader, layout: TicketLayout): TicketRecord | null {
    const ticket = r.key('ticket');
    const ts = r.stamp('timestamp');
    const satisfaction = readSatisfaction(r);
    const handling = r.number('handlingHours', { min: 0 });
    const record = {
      customer: r.text('customer'),
      channel: r.code('channel', codeTable('tickets', 'channel'), 'other'),
      channelRaw: r.text('channel'),
      type: r.code('type', codeTable('tickets', 'type'), 'other'),
      typeRaw: r.text('type'),
      text: r.text('text'),
    };
    if (r.problem) return null;
    return {
      ticket: ticket!,
      ts: ts!,
      satisfaction,
      handlingHours: handling === null ? null : handling * layout.hoursPerUnit,
      ...record,
    };
  },
};

/** A score 1..5, or a return-visit verdict (满意, 基本满意, 不满意 ...). */
function readSatisfaction(r: FieldReader): number | null {
  if (r.isBlank('satisfaction')) return null;
  const verdict = codeTable('tickets', 'satisfaction').lookup(r.raw('satisfaction'));
  if (verdict !== null) return Number(verdict);
  return r.number('satisfaction', { min: 1, max: 5 });
}
