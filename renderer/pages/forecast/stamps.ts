// The forecast API's local times, 'YYYY-MM-DDTHH:mm' (the start of an interval, wall-clock, no
// zone). Arithmetic goes through UTC so that no time zone or daylight saving moves a value.
import type { Resolution } from '../../../engine/api/forecastTypes.js';

const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MS_PER_MINUTE = 60_000;

export const stepMinutes: Record<Resolution, number> = { '15min': 15, hour: 60, day: 1440 };

function toMs(stamp: string): number {
  const m = STAMP.exec(stamp);
  if (!m) throw new Error(`Not a local time 'YYYY-MM-DDTHH:mm': ${stamp}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

export function isStamp(text: string): boolean {
  return STAMP.test(text) && !Number.isNaN(toMs(text)) && fromMs(toMs(text)) === text;
}

export function addMinutes(stamp: string, minutes: number): string {
  return fromMs(toMs(stamp) + minutes * MS_PER_MINUTE);
}

/** The start of the interval of `resolution` that holds `stamp`. */
export function floorTo(stamp: string, resolution: Resolution): string {
  const step = stepMinutes[resolution] * MS_PER_MINUTE;
  const ms = toMs(stamp);
  return fromMs(ms - (((ms % step) + step) % step));
}

/** The first interval after the last data: where a forecast starts by default. */
export function nextInterval(lastStamp: string, resolution: Resolution): string {
  return addMinutes(floorTo(lastStamp, resolution), stepMinutes[resolution]);
}

/** `count` interval starts from `from`, one step of `resolution` apart. */
export function stampsFrom(from: string, count: number, resolution: Resolution): string[] {
  const start = toMs(from);
  const step = stepMinutes[resolution] * MS_PER_MINUTE;
  return Array.from({ length: count }, (_, i) => fromMs(start + i * step));
}

/** 0 = Monday ... 6 = Sunday, as the error heat map's rows. */
export function weekdayOf(stamp: string): number {
  return (new Date(toMs(stamp)).getUTCDay() + 6) % 7;
}
