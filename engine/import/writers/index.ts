// The writer of each kind. A writer takes the records its kind's parser makes; the pipeline
// passes them through unseen.
import type { DataKind } from '../../api/types.js';
import type { DailyLayout } from '../kinds/daily.js';
import type { IntervalParseLayout } from '../kinds/interval.js';
import { areaWriter } from './areas.js';
import { customerWriter } from './customers.js';
import { dailyWriter } from './daily.js';
import { intervalWriter, type BufferSizes } from './interval.js';
import { plainWriter } from './plain.js';
import { areaSupplySpec, billSpec, eventSpec, inspectionSpec, ticketSpec, weatherSpec } from './plainKinds.js';
import type { KindWriter, WriteContext } from './types.js';

export function createWriter(kind: DataKind, ctx: WriteContext, layout: unknown, sizes: BufferSizes = {}): KindWriter<unknown> {
  switch (kind) {
    case 'customers':
      return customerWriter(ctx);
    case 'areas':
      return areaWriter(ctx);
    case 'interval':
      return intervalWriter(ctx, layout as IntervalParseLayout, sizes);
    case 'daily':
      return dailyWriter(ctx, layout as DailyLayout, sizes);
    case 'area-supply':
      return plainWriter(areaSupplySpec, ctx);
    case 'bills':
      return plainWriter(billSpec, ctx);
    case 'events':
      return plainWriter(eventSpec, ctx);
    case 'weather':
      return plainWriter(weatherSpec, ctx);
    case 'tickets':
      return plainWriter(ticketSpec, ctx);
    case 'inspections':
      return plainWriter(inspectionSpec, ctx);
    default:
      return kind satisfies never;
  }
}
