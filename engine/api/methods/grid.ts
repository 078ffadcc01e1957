import { z } from 'zod';
import { method } from '../method.js';
import { isoDay } from '../isoDates.js';
import type { AreaLossSeries, AreaRisk, EventCounts, EventQueue, RisingArea } from '../gridTypes.js';

export const gridMethods = {
  /** Monthly line-loss rate of every transformer area (or one). */
  'grid.areaLoss': method<AreaLossSeries[]>()('query', z.object({ areaId: z.string().max(100).optional() }).strict()),
  /** Areas whose recent loss rose above their own baseline, with the suspects inside them. */
  'grid.risingAreas': method<RisingArea[]>()(
    'query',
    z
      .object({
        recentMonths: z.number().int().min(1).max(12).default(3),
        /** Months before the recent ones that make the baseline (as many as there are, up to this). */
        baselineMonths: z.number().int().min(3).max(60).default(24),
        minRisePoints: z.number().min(0).max(100).default(0.5),
        minZ: z.number().min(0).max(100).default(2),
        suspectsPerArea: z.number().int().min(0).max(50).default(3),
      })
      .strict(),
  ),
  /** Meter-event counts by type, area and month. */
  'grid.eventCounts': method<EventCounts>()('query', z.object({ from: isoDay.optional(), to: isoDay.optional() }).strict()),
  /** Tamper-type events, newest first, with customer and area. */
  'grid.eventQueue': method<EventQueue>()(
    'query',
    z.object({ areaId: z.string().max(100).optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),
  /** Transformer areas ranked by outage and equipment-fault risk, each with its reasons. */
  'grid.areaRisk': method<AreaRisk[]>()('query', z.object({ limit: z.number().int().min(1).max(10_000).default(100) }).strict()),
};
