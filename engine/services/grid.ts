// The grid side of theft and anomaly analysis: area line loss, rising-loss areas with their
// suspects, meter-event counts, the abnormal-event queue and area risk. All quick reads.
import type { AreaLossSeries } from '../api/gridTypes.js';
import { parseIsoDay } from '../core/calendar.js';
import { areaMonthlyLoss, toPoint } from '../theft/areas/monthlyLoss.js';
import { risingAreas } from '../theft/areas/rising.js';
import { eventCounts } from '../theft/events/counts.js';
import { eventQueue } from '../theft/events/queue.js';
import { areaRisk } from '../theft/events/risk.js';
import type { Db } from '../store/database.js';
import type { QueryHandlers } from './registry.js';

function areaLoss(db: Db, areaId: string | undefined): AreaLossSeries[] {
  const areas = new Map(
    (db.prepare('SELECT area_id, name, capacity_kva FROM areas').all() as { area_id: string; name: string | null; capacity_kva: number | null }[]).map((a) => [a.area_id, a]),
  );
  return [...areaMonthlyLoss(db, areaId)].map(([id, months]) => ({
    areaId: id,
    name: areas.get(id)?.name ?? null,
    capacityKva: areas.get(id)?.capacity_kva ?? null,
    points: months.map(toPoint),
  }));
}

export const gridQueries: Pick<QueryHandlers, 'grid.areaLoss' | 'grid.risingAreas' | 'grid.eventCounts' | 'grid.eventQueue' | 'grid.areaRisk'> = {
  'grid.areaLoss': (ctx, { areaId }) => areaLoss(ctx.db(), areaId),
  'grid.risingAreas': (ctx, args) => risingAreas(ctx.db(), args),
  'grid.eventCounts': (ctx, { from, to }) => eventCounts(ctx.db(), from === undefined ? undefined : parseIsoDay(from), to === undefined ? undefined : parseIsoDay(to)),
  'grid.eventQueue': (ctx, args) => eventQueue(ctx.db(), args),
  'grid.areaRisk': (ctx, { limit }) => areaRisk(ctx.db(), limit),
};
