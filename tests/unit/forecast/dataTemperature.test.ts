// Temperatures at a frame's steps (engine/forecast/temperature.ts): hourly, 3-hourly and daily
// observations interpolated to 15min, hour and day; gaps filled and counted; the candidate
// stations and their mean; a scenario file's temperatures.
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, stampFromParts, type Stamp } from '../../../engine/core/calendar.js';
import { MEAN_OF_STATIONS, temperatureCandidates, temperatureSeries, temperaturesAtSteps } from '../../../engine/forecast/temperature.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from './dataWorkspace.js';

afterAll(removeTempDirs);

const FIRST = 20250701;
const DAYS = 10;

/** °C at an hour of the window: a day cycle around 25 + day. */
function temp(day: number, hour: number): number {
  return 25 + day + 5 * Math.sin((Math.PI * (hour - 9)) / 12);
}

/** Observations every `everyHours` hours over the window and a day either side, except `skip`. */
function observations(everyHours: number, skip: (day: number, hour: number) => boolean = () => false): [Stamp, number][] {
  const rows: [Stamp, number][] = [];
  for (let d = -1; d <= DAYS; d++) {
    for (let h = 0; h < 24; h += everyHours) if (!skip(d, h)) rows.push([stampFromParts(addDays(FIRST, d), h, 0), temp(d, h)]);
  }
  return rows;
}

describe('one station', () => {
  it('takes hourly observations as they are and interpolates them to 15 minutes', () => {
    const { db } = new TestWorkspace().weather('S1', observations(1));
    const hourly = temperatureSeries(db, 'S1', FIRST, DAYS, 'hour')!;
    expect(hourly.values).toHaveLength(DAYS * 24);
    expect(hourly.gaps).toBe(0);
    expect(hourly.values[3 * 24 + 14]).toBeCloseTo(temp(3, 14), 9);
    const quarter = temperatureSeries(db, 'S1', FIRST, DAYS, '15min')!;
    expect(quarter.values[3 * 96 + 14 * 4 + 1]).toBeCloseTo(0.75 * temp(3, 14) + 0.25 * temp(3, 15), 9);
  });

  it('interpolates 3-hourly observations, and averages each day at day resolution', () => {
    const { db } = new TestWorkspace().weather('S3', observations(3));
    const hourly = temperatureSeries(db, 'S3', FIRST, DAYS, 'hour')!;
    expect(hourly.gaps).toBe(0);
    expect(hourly.values[2 * 24 + 4]).toBeCloseTo((2 * temp(2, 3) + temp(2, 6)) / 3, 9);
    const daily = temperatureSeries(db, 'S3', FIRST, DAYS, 'day')!;
    expect(daily.values).toHaveLength(DAYS);
    let mean = 0;
    for (let h = 0; h < 24; h++) mean += hourly.values[2 * 24 + h]! / 24;
    expect(daily.values[2]).toBeCloseTo(mean, 9);
  });

  it('puts a daily observation at noon and reads it back as the day at day resolution', () => {
    const rows: [Stamp, number][] = Array.from({ length: DAYS + 2 }, (_, k) => [stampFromParts(addDays(FIRST, k - 1), 0, 0), 20 + k]);
    const { db } = new TestWorkspace().weather('', rows);
    expect(Array.from(temperatureSeries(db, '', FIRST, DAYS, 'day')!.values)).toEqual(Array.from({ length: DAYS }, (_, d) => 21 + d));
    const hourly = temperatureSeries(db, '', FIRST, DAYS, 'hour')!;
    expect(hourly.values[4 * 24 + 12]).toBe(25);
    expect(hourly.values[4 * 24 + 18]).toBeCloseTo(25.25, 9);
  });

  it('interpolates a short gap silently and fills a long one from the same hours of nearby days', () => {
    const { db } = new TestWorkspace().weather('S1', observations(1, (d, h) => (d === 2 && h >= 10 && h < 14) || (d === 5 && h >= 6)));
    const s = temperatureSeries(db, 'S1', FIRST, DAYS, 'hour')!;
    // 09:00 to 14:00 on day 2 is five hours apart: within reach.
    expect(s.values[2 * 24 + 11]).toBeCloseTo((3 * temp(2, 9) + 2 * temp(2, 14)) / 5, 9);
    // Day 5 from 05:00 to day 6 00:00 is 19 hours apart: its 18 hours are filled.
    expect(s.gaps).toBe(18);
    expect(s.filled[5 * 24 + 12]).toBe(1);
    const sameHour = [-7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4].map((k) => 5 + k).filter((d) => d >= 0 && d < DAYS);
    expect(s.values[5 * 24 + 12]).toBeCloseTo(sameHour.reduce((sum, d) => sum + s.values[d * 24 + 12]!, 0) / sameHour.length, 9);
    expect(Math.abs(s.values[5 * 24 + 12]! - temp(5, 12))).toBeLessThan(1); // about the day's own
  });

  it('fills the days after the last observation and says so', () => {
    const { db } = new TestWorkspace().weather('S1', observations(1, (d) => d >= 7));
    const s = temperatureSeries(db, 'S1', FIRST, DAYS, 'hour')!;
    expect(s.gaps).toBe(3 * 24 - 3);
    expect(s.values.every(Number.isFinite)).toBe(true);
    expect(s.values[9 * 24 + 15]).toBeCloseTo([2, 3, 4, 5, 6].reduce((sum, d) => sum + temp(d, 15), 0) / 5, 9);
  });

  it('is null for a station without observations near the window', () => {
    const { db } = new TestWorkspace().weather('S1', observations(1));
    expect(temperatureSeries(db, 'S1', 20300101, DAYS, 'hour')).toBeNull();
    expect(temperatureSeries(db, 'nowhere', FIRST, DAYS, 'hour')).toBeNull();
  });
});

describe('candidates', () => {
  it('offers each station observing half the history or more, and their mean', () => {
    const w = new TestWorkspace()
      .weather('A', observations(1))
      .weather('B', observations(3))
      .weather('C', observations(1, (d) => d > 2)) // 4 of the 10 days
      .refresh();
    const candidates = temperatureCandidates(w.db, FIRST, DAYS, 'hour');
    expect(candidates.map((c) => c.station)).toEqual(['A', 'B', MEAN_OF_STATIONS]);
    const [a, b, mean] = candidates;
    expect(mean!.values[50]).toBeCloseTo((a!.values[50]! + b!.values[50]!) / 2, 9);
    expect(temperatureSeries(w.db, MEAN_OF_STATIONS, FIRST, DAYS, 'hour')!.values).toEqual(mean!.values);
  });

  it('judges coverage on the history alone', () => {
    const w = new TestWorkspace().weather('A', observations(1, (d) => d >= 6)).refresh();
    expect(temperatureCandidates(w.db, FIRST, DAYS, 'hour').map((c) => c.station)).toEqual(['A']);
    expect(temperatureCandidates(w.db, FIRST, DAYS, 'hour', 4).map((c) => c.station)).toEqual(['A']);
    expect(temperatureCandidates(w.db, addDays(FIRST, 3), DAYS, 'hour', 10)).toEqual([]);
  });
});

describe('a scenario file', () => {
  it('gives its temperatures at the steps it reaches', () => {
    const given = new Map<Stamp, number>([
      [stampFromParts(addDays(FIRST, 1), 0, 0), 30],
      [stampFromParts(addDays(FIRST, 1), 3, 0), 27],
    ]);
    const values = temperaturesAtSteps(given, FIRST, 2, 'hour');
    expect(values).toHaveLength(48);
    [30, 29, 28, 27].forEach((t, k) => expect(values[24 + k]).toBeCloseTo(t, 9));
    expect(values[12]).toBeNaN();
    expect(values[40]).toBeNaN();
  });
});
