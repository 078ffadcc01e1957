// Next runs on the wall clock: daily and weekly, across the changes to and from summer time
// (Europe/Berlin: 2026-03-29 02:00 -> 03:00, 2026-10-25 03:00 -> 02:00), and China's zone.
import { describe, expect, it } from 'vitest';
import { instantOf, nextRunAfter, wallClockAt } from '../../../engine/schedules/cadence.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const daily = (time: string) => ({ cadence: 'daily' as const, weekday: null, time });

describe('nextRunAfter', () => {
  it('runs a daily schedule today when its time is still to come, else tomorrow', () => {
    expect(iso(nextRunAfter(daily('02:00'), at('2026-06-10T01:00:00+08:00'), 'Asia/Shanghai'))).toBe('2026-06-09T18:00:00.000Z');
    expect(iso(nextRunAfter(daily('02:00'), at('2026-06-10T02:00:00+08:00'), 'Asia/Shanghai'))).toBe('2026-06-10T18:00:00.000Z');
  });

  it('runs a weekly schedule on its weekday (1 = Monday), a week on when today is the day and the time has gone', () => {
    const mondays = { cadence: 'weekly' as const, weekday: 1, time: '02:00' };
    // 2026-06-10 is a Wednesday: the next Monday is the 15th.
    expect(iso(nextRunAfter(mondays, at('2026-06-10T12:00:00+08:00'), 'Asia/Shanghai'))).toBe('2026-06-14T18:00:00.000Z');
    expect(iso(nextRunAfter(mondays, at('2026-06-15T01:59:00+08:00'), 'Asia/Shanghai'))).toBe('2026-06-14T18:00:00.000Z');
    expect(iso(nextRunAfter(mondays, at('2026-06-15T02:00:00+08:00'), 'Asia/Shanghai'))).toBe('2026-06-21T18:00:00.000Z');
    const sundays = { cadence: 'weekly' as const, weekday: 7, time: '23:30' };
    expect(iso(nextRunAfter(sundays, at('2026-06-10T12:00:00+08:00'), 'Asia/Shanghai'))).toBe('2026-06-14T15:30:00.000Z');
  });

  it('keeps the wall-clock time across summer time, both ways', () => {
    const zone = 'Europe/Berlin';
    // 04:00 local on the day before the clocks go forward (UTC+1), then on the day (UTC+2): 23 hours apart.
    const before = nextRunAfter(daily('04:00'), at('2026-03-28T00:00:00+01:00'), zone);
    const onTheDay = nextRunAfter(daily('04:00'), before, zone);
    expect([iso(before), iso(onTheDay)]).toEqual(['2026-03-28T03:00:00.000Z', '2026-03-29T02:00:00.000Z']);
    expect(wallClockAt(onTheDay, zone)).toEqual({ day: 20260329, minutes: 240 });
    // When the clocks go back: 25 hours apart, still 04:00.
    const octBefore = nextRunAfter(daily('04:00'), at('2026-10-24T00:00:00+02:00'), zone);
    const octDay = nextRunAfter(daily('04:00'), octBefore, zone);
    expect((octDay - octBefore) / 3_600_000).toBe(25);
    expect(wallClockAt(octDay, zone).minutes).toBe(240);
  });

  it('runs a time the clock skips as that many minutes later, and a time that happens twice at the first', () => {
    const zone = 'Europe/Berlin';
    // 02:30 does not exist on 2026-03-29: the run is at 03:30 summer time.
    expect(iso(nextRunAfter(daily('02:30'), at('2026-03-29T00:00:00+01:00'), zone))).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 2026-10-25 (summer, then winter time): the first, and only once.
    const first = nextRunAfter(daily('02:30'), at('2026-10-25T00:00:00+02:00'), zone);
    expect(iso(first)).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(nextRunAfter(daily('02:30'), first, zone))).toBe('2026-10-26T01:30:00.000Z');
  });

  it('reads the computer zone when none is named', () => {
    const next = new Date(nextRunAfter(daily('06:15'), Date.now()));
    expect([next.getHours(), next.getMinutes()]).toEqual([6, 15]);
    expect(instantOf(wallClockAt(next.getTime()))).toBe(next.getTime());
  });
});
