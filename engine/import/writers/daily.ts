// Daily readings or consumption into daily_energy, through the month buffer. A frozen
// reading below the day before (or above the day after) is a negative difference (a
// replaced meter or a register rollover): the row is quarantined, never stored.
import { addDays, formatDay } from '../../core/calendar.js';
import type { DailyLayout, DailyRecord } from '../kinds/daily.js';
import type { ProblemCode } from '../kinds/fieldReader.js';
import { DaySpan } from './daySpan.js';
import { FlushProgress } from './flushProgress.js';
import type { RowView } from '../table.js';
import { MeterDirectory } from './directories.js';
import type { BufferSizes } from './interval.js';
import { OPEN_ROWS_BYTES } from './lruBuffer.js';
import { MonthBuffer, MONTH_BUFFER_ROWS } from './monthBuffer.js';
import type { KindWriter, WriteContext, WriterSummary } from './types.js';

export function dailyWriter(ctx: WriteContext, layout: DailyLayout, sizes: BufferSizes = {}): KindWriter<DailyRecord> {
  const meters = new MeterDirectory(ctx.db, ctx.importId);
  const months = new MonthBuffer(ctx.db, ctx.importId, layout.registers, OPEN_ROWS_BYTES, sizes.months ?? MONTH_BUFFER_ROWS);
  const span = new DaySpan();
  const totalHeader = ctx.headers[ctx.columns.total ?? -1] ?? 'total';

  const negative = (row: RowView, reading: number, day: number, other: number, otherDay: number) => {
    const [low, lowDay, high, highDay] = day > otherDay ? [reading, day, other, otherDay] : [other, otherDay, reading, day];
    ctx.quarantine.add(
      {
        row: row.rowNumber,
        column: totalHeader,
        code: 'negative_difference' satisfies ProblemCode,
        reason:
          `negative_difference: ${totalHeader} ${low} on ${formatDay(lowDay)} is below ${high} on ${formatDay(highDay)}; ` +
          'a replaced meter or a register rollover? Check the readings and re-import the corrected row',
      },
      row.cells(),
    );
  };

  return {
    add(record: DailyRecord, row: RowView): void {
      const meterId = record.meter ?? meters.meterOfCustomer(record.customer!);
      const entry = meters.ensure(meterId);
      const { day, readings } = record;
      if (readings === null) {
        months.setConsumption(meterId, day, record.consumption!, ctx.counts);
        span.add(day);
        return;
      }
      const total = readings[0]!;
      const before = months.total(meterId, addDays(day, -1));
      if (total < before) return negative(row, total, day, before, addDays(day, -1));
      const after = months.total(meterId, addDays(day, 1));
      if (after < total) return negative(row, total, day, after, addDays(day, 1));
      months.setReading(meterId, day, readings, record.multiplier ?? entry.multiplier, ctx.counts);
      // A reading closes the day before as well as opening its own.
      span.add(addDays(day, -1));
      span.add(day);
    },
    finish(): WriterSummary {
      months.flushAll(new FlushProgress(ctx.checkpoint, months.pending));
      span.addRange(months.derived.range);
      return { touched: span.range, unmatched: meters.unmatched() };
    },
  };
}
