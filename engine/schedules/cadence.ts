// When a schedule is due next: its local time of day ('HH:MM') on every day (daily) or on one
// weekday (weekly), in the computer's time zone (or a named one, for tests), as an instant.
// Wall-clock times are what the user means, so the day-to-day step is taken on the calendar, not
// by adding 24 hours: across a change to or from summer time a 02:00 schedule stays at 02:00.
// A time that does not exist that day (skipped by the clock going forward) runs as the clock
// reads that many minutes later (02:30 -> 03:30); a time that happens twice runs at the first.
import { addDays, dayFromParts, weekday as weekdayOf, type Day } from '../core/calendar.js';

export interface Cadence {
  cadence: 'daily' | 'weekly';
  /** 1 = Monday … 7 = Sunday (weekly). */
  weekday: number | null;
  /** 'HH:MM' local time. */
  time: string;
}

interface WallClock {
  day: Day;
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string | undefined): Intl.DateTimeFormat {
  const key = zone ?? '';
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      ...(zone ? { timeZone: zone } : {}),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(key, found);
  }
  return found;
}

/** The wall clock's reading at an instant, as milliseconds since the epoch read as if UTC. */
function wallMs(instant: number, zone: string | undefined): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, zone: string | undefined): number {
  return wallMs(instant, zone) - Math.floor(instant / 1000) * 1000;
}

/** The local day and minute of the day at an instant. */
export function wallClockAt(instant: number, zone?: string): WallClock {
  const wall = new Date(wallMs(instant, zone));
  return {
    day: dayFromParts(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/** The instant a wall-clock time happens (the first of two; a skipped one as the later clock reads it). */
export function instantOf({ day, minutes }: WallClock, zone?: string): number {
  const asUtc = Date.UTC(Math.floor(day / 10_000), (Math.floor(day / 100) % 100) - 1, day % 100, Math.floor(minutes / 60), minutes % 60);
  const day_ = 86_400_000;
  const before = asUtc - offsetAt(asUtc - day_, zone);
  const after = asUtc - offsetAt(asUtc + day_, zone);
  const reads = (t: number) => wallMs(t, zone) === asUtc;
  const candidates = [before, after].filter(reads).sort((a, b) => a - b);
  // In a gap neither reads right: the offset before the change puts it as far past the gap's start.
  return candidates[0] ?? before;
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** The first time the schedule is due strictly after `after` (ms since the epoch). */
export function nextRunAfter(schedule: Cadence, after: number, zone?: string): number {
  const minutes = minutesOf(schedule.time);
  const today = wallClockAt(after, zone).day;
  // A day more than a week covers a weekly one whose time today has passed.
  for (let i = 0; i <= 8; i++) {
    const day = addDays(today, i);
    if (schedule.cadence === 'weekly' && weekdayOf(day) + 1 !== schedule.weekday) continue;
    const at = instantOf({ day, minutes }, zone);
    if (at > after) return at;
  }
  throw new Error(`No run of ${JSON.stringify(schedule)} within 8 days after ${new Date(after).toISOString()}`);
}
