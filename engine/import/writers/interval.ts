// Interval load: wide rows are merged into their meter-day at once; long rows go through
// the day buffer. Every day's energy also lands in daily_energy (source 'interval') unless
// readings or a given consumption cover that day.
import type { CurveRecord, IntervalParseLayout } from '../kinds/interval.js';
import { DaySpan } from './daySpan.js';
import type { RowView } from '../table.js';
import { CurveStore } from './curveStore.js';
import { DayBuffer, DAY_BUFFER_DAYS } from './dayBuffer.js';
import { FlushProgress } from './flushProgress.js';
import { MeterDirectory } from './directories.js';
import { OPEN_ROWS_BYTES } from './lruBuffer.js';
import { MonthBuffer, MONTH_BUFFER_ROWS } from './monthBuffer.js';
import type { KindWriter, WriteContext, WriterSummary } from './types.js';

/** The rows each buffer holds at first (tests start them small); they grow within a memory budget. */
export interface BufferSizes {
  days?: number;
  months?: number;
}

export function intervalWriter(ctx: WriteContext, layout: IntervalParseLayout, sizes: BufferSizes = {}): KindWriter<CurveRecord> {
  const meters = new MeterDirectory(ctx.db, ctx.importId);
  // A meter-day of curve is the larger open row: two thirds of the budget for days, a third for months.
  const months = new MonthBuffer(ctx.db, ctx.importId, 0, OPEN_ROWS_BYTES / 3, sizes.months ?? MONTH_BUFFER_ROWS);
  const curves = new CurveStore(ctx.db, ctx.importId);
  const days = new DayBuffer(curves, months, layout.points, (OPEN_ROWS_BYTES * 2) / 3, sizes.days ?? DAY_BUFFER_DAYS);
  const span = new DaySpan();
  let lastMeter = '';

  return {
    add(record: CurveRecord, _row: RowView): void {
      if (record.meter !== lastMeter) {
        meters.ensure(record.meter);
        lastMeter = record.meter;
      }
      span.add(record.day);
      if (record.format === 'long') {
        days.put(record.meter, record.day, record.slot, record.kw, ctx.counts);
        return;
      }
      if (curves.mergeDay(record.meter, record.day, record.kw, ctx.counts)) months.setInterval(record.meter, record.day, curves.lastKwh);
    },
    finish(): WriterSummary {
      const progress = new FlushProgress(ctx.checkpoint, days.pending + months.pending);
      days.flushAll(progress);
      months.flushAll(progress);
      // A curve's day can take back a spread of readings over the days around it.
      span.addRange(months.derived.range);
      return { touched: span.range, unmatched: meters.unmatched() };
    },
  };
}
