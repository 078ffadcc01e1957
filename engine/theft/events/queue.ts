// The abnormal-event queue: events that point at tampering, newest first, with the meter's
// customer and area. Cover and terminal-cover openings, magnetic interference and reverse
// energy always; current loss (失流) only while the meter still recorded consumption that day,
// i.e. with load present, which is how a bypassed current circuit looks (a current loss on a
// dead meter is an outage or a fault, not a lead).
import type { EventQueue, QueuedEvent } from '../../api/gridTypes.js';
import { dayOfMonth, formatStamp, monthOf, stampDay, type Stamp } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { float64FromBlob } from '../../store/series.js';

export const tamperTypes = ['cover_open', 'terminal_cover_open', 'magnetic_interference', 'reverse_energy', 'current_loss'] as const;

export interface QueueFilter {
  areaId?: string;
  offset: number;
  limit: number;
}

export function eventQueue(db: Db, filter: QueueFilter): EventQueue {
  const rows = db
    .prepare(
      `SELECT e.meter_id, c.customer_id, c.name, c.area_id, e.type, e.type_raw, e.start_ts, e.end_ts
       FROM meter_events e LEFT JOIN meters m ON m.meter_id = e.meter_id LEFT JOIN customers c ON c.customer_id = m.customer_id
       WHERE e.type IN (${tamperTypes.map(() => '?').join(', ')}) ${filter.areaId === undefined ? '' : 'AND c.area_id = ?'}
       ORDER BY e.start_ts DESC, e.meter_id`,
    )
    .all(...tamperTypes, ...(filter.areaId === undefined ? [] : [filter.areaId])) as {
    meter_id: string;
    customer_id: string | null;
    name: string | null;
    area_id: string | null;
    type: string;
    type_raw: string;
    start_ts: Stamp;
    end_ts: Stamp | null;
  }[];
  const dayEnergy = db.prepare('SELECT kwh FROM daily_energy WHERE meter_id = ? AND month = ?').pluck();
  const loadPresent = (meter: string, start: Stamp) => {
    const day = stampDay(start);
    const blob = dayEnergy.get(meter, monthOf(day)) as Uint8Array | undefined;
    return blob !== undefined && float64FromBlob(blob)[dayOfMonth(day) - 1]! > 0;
  };
  const queued = rows.filter((r) => r.type !== 'current_loss' || loadPresent(r.meter_id, r.start_ts));
  return {
    total: queued.length,
    rows: queued.slice(filter.offset, filter.offset + filter.limit).map(
      (r): QueuedEvent => ({
        meterId: r.meter_id,
        customerId: r.customer_id,
        customerName: r.name,
        areaId: r.area_id,
        type: r.type,
        typeRaw: r.type_raw,
        start: formatStamp(r.start_ts),
        end: r.end_ts === null ? null : formatStamp(r.end_ts),
      }),
    ),
  };
}
