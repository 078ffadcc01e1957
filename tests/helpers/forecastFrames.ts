// Frames for the forecast module's tests built without a database: the real half-hourly series
// of ../shared/data (vic_elec, irish_agg) averaged to hours, with each file's own holiday
// column as the holiday table, and small synthetic series.
import fs from 'node:fs';
import path from 'node:path';
import { daysBetween, parseIsoDay, type Day } from '../../engine/core/calendar.js';
import { holidayCalendarFromEntries, type HolidayCalendar } from '../../engine/core/holidays.js';
import { Random } from '../../engine/demo/random.js';
import { calendarDays } from '../../engine/forecast/calendar.js';
import { STEPS_PER_DAY, type Frame } from '../../engine/forecast/types.js';
import type { Resolution } from '../../engine/api/forecastTypes.js';
import { sharedDataDir } from './paths.js';

interface HalfHour {
  day: Day;
  /** 0..47 */
  slot: number;
  load: number;
  temperature: number;
}

function csvRows(file: string): string[][] {
  const text = fs.readFileSync(path.join(sharedDataDir, file), 'utf8').trim();
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map((cell) => cell.replace(/"/g, '')));
}

/**
 * Hourly frame of half-hourly records: each hour the mean of its half-hours; a day with none
 * (the Irish file leaves holidays out) copies the day a week earlier (a week later at the
 * start) and is flagged as imputed. Every step's load is known (loadEnd = steps).
 */
function hourlyFrame(records: HalfHour[], holidays: HolidayCalendar): Frame {
  const firstDay = Math.min(...records.map((r) => r.day));
  const lastDay = Math.max(...records.map((r) => r.day));
  const dayCount = daysBetween(firstDay, lastDay) + 1;
  const steps = dayCount * 24;
  const loadSum = new Float64Array(steps);
  const temperatureSum = new Float64Array(steps);
  const count = new Float64Array(steps);
  for (const r of records) {
    const t = daysBetween(firstDay, r.day) * 24 + Math.floor(r.slot / 2);
    loadSum[t] += r.load;
    temperatureSum[t] += r.temperature;
    count[t]++;
  }
  const load = new Float64Array(steps);
  const temperature = new Float64Array(steps);
  const imputed = new Uint8Array(steps);
  for (let t = 0; t < steps; t++) {
    if (count[t]) {
      load[t] = loadSum[t]! / count[t]!;
      temperature[t] = temperatureSum[t]! / count[t]!;
    } else imputed[t] = 1;
  }
  const week = 7 * 24;
  for (let t = 0; t < steps; t++) {
    if (!imputed[t]) continue;
    let source = t - week;
    while (source >= 0 && imputed[source]) source -= week;
    if (source < 0) for (source = t + week; source < steps && imputed[source]; source += week);
    load[t] = load[source]!;
    temperature[t] = temperature[source]!;
  }
  return {
    resolution: 'hour',
    stepsPerDay: 24,
    firstDay,
    steps,
    load,
    loadEnd: steps,
    imputed,
    temperature,
    days: calendarDays(firstDay, dayCount, holidays),
  };
}

function calendarOf(days: Iterable<Day>): HolidayCalendar {
  return holidayCalendarFromEntries([...new Set(days)].sort((a, b) => a - b).map((day) => ({ day, type: 'holiday' as const, festival: '' })));
}

/** Victoria (AEMO) 2012-2014, MW, Melbourne °C; holidays from its Holiday column. */
export function vicElecFrame(): Frame {
  const rows = csvRows('vic_elec/vic_elec.csv');
  const records: HalfHour[] = rows.map((c) => {
    const time = c[0]!; // 'YYYY-MM-DD HH:MM:SS', local standard time, 48 per day
    return { day: parseIsoDay(time.slice(0, 10)), slot: +time.slice(11, 13) * 2 + (time.slice(14, 16) === '30' ? 1 : 0), load: +c[4]!, temperature: +c[5]! };
  });
  const holidays = calendarOf(rows.filter((c) => c[3] === 'TRUE').map((c) => parseIsoDay(c[2]!)));
  return hourlyFrame(records, holidays);
}

/**
 * The Irish CER aggregate, 2009-12-30 .. 2010-12-31. Its dateTime column is an hour or two off
 * local time (daylight saving), but `tod` is the half-hour of the local day, so each row's day is
 * that of its day's first half-hour (dateTime - tod·30 min, which reads 22:00 or 23:00 of the day
 * before). Its holiday column is all FALSE: the publisher left holidays out, so they are gaps here.
 */
export function irishAggFrame(): Frame {
  const rows = csvRows('irish_agg/IrishAgg.csv');
  const records: HalfHour[] = rows.map((c) => {
    const slot = +c[4]!;
    const stamp = Date.parse(`${c[6]!.replace(' ', 'T')}Z`) - slot * 1_800_000 + 2 * 3_600_000;
    return { day: parseIsoDay(new Date(stamp).toISOString().slice(0, 10)), slot, load: +c[7]!, temperature: +c[5]! };
  });
  const holidays = calendarOf(rows.filter((c) => c[3] === 'TRUE').map((c) => parseIsoDay(c[6]!.slice(0, 10))));
  return hourlyFrame(records, holidays);
}

/** Origins at 00:00 every `everyDays` days from `firstDay` while origin + horizon fits the load. */
export function weeklyOrigins(frame: Frame, firstDay: Day, horizon: number, everyDays = 7): number[] {
  const origins: number[] = [];
  for (let d = daysBetween(frame.firstDay, firstDay); (d * frame.stepsPerDay) + horizon <= frame.loadEnd; d += everyDays) origins.push(d * frame.stepsPerDay);
  return origins;
}

export interface SyntheticOptions {
  days: number;
  resolution?: Resolution;
  firstDay?: Day;
  /** Standard deviation of the multiplicative noise. */
  noise?: number;
  seed?: number;
  holidays?: HolidayCalendar;
  withTemperature?: boolean;
}

/**
 * Load with a daily shape, weekends 20% lower, holidays 35% lower, a response to a seasonal
 * temperature (cooling above 22 °C, heating below 12 °C) and multiplicative noise.
 */
export function syntheticFrame(options: SyntheticOptions): Frame {
  const resolution = options.resolution ?? 'hour';
  const spd = STEPS_PER_DAY[resolution];
  const firstDay = options.firstDay ?? 20230101;
  const holidays = options.holidays ?? calendarOf([]);
  const days = calendarDays(firstDay, options.days, holidays);
  const random = new Random(options.seed ?? 7);
  const steps = options.days * spd;
  const load = new Float64Array(steps);
  const temperature = new Float64Array(steps);
  for (let t = 0; t < steps; t++) {
    const day = days[Math.floor(t / spd)]!;
    const hour = spd === 1 ? 12 : ((t % spd) * 24) / spd;
    const celsius = 16 - 10 * Math.cos((2 * Math.PI * (day.dayOfYear - 15)) / 365) - 4 * Math.cos((2 * Math.PI * (hour - 3)) / 24) + random.normal(0, 1.5);
    temperature[t] = celsius;
    const shape = spd === 1 ? 1 : 1 + 0.3 * Math.sin((Math.PI * (hour - 6)) / 12) * (hour > 6 && hour < 22 ? 1 : 0.2);
    const calendarFactor = day.type === 'holiday' || day.type === 'spring_festival' ? 0.65 : day.type === 'weekend' ? 0.8 : 1;
    const weather = 1 + 0.03 * Math.max(0, celsius - 22) + 0.02 * Math.max(0, 12 - celsius);
    load[t] = 1000 * shape * calendarFactor * weather * (1 + random.normal(0, options.noise ?? 0.02));
  }
  return {
    resolution,
    stepsPerDay: spd,
    firstDay,
    steps,
    load,
    loadEnd: steps,
    imputed: new Uint8Array(steps),
    temperature: options.withTemperature === false ? null : temperature,
    days,
  };
}

