// Dates and times as exports write them, to the integer forms of engine/core/calendar.ts:
//   days    '2024-03-01', '2024/3/1', '2024.3.1', '20240301', '2024年3月1日'
//   stamps  a day and a time: '2024-03-01 00:15', '2024/3/1 0:15:00', '2024-03-01T00:15',
//           '202403010015', '2024年3月1日 0时15分'
//   months  '2024-03', '2024/3', '202403', '2024年3月', or any full date
//   times   '0:15', '00:15:00', '0015', '0时15分'
// '24:00' closes a day: 1440 minutes, and a stamp at 24:00 is 00:00 of the next day.
// Seconds are dropped (stamps are to the minute). Impossible dates (2024-02-30) give null.
import {
  addDays,
  dayFromParts,
  isValidDate,
  monthOf,
  stampFromParts,
  type Day,
  type Month,
  type Stamp,
} from '../../core/calendar.js';
import { toHalfWidth } from './width.js';

const MINUTES_PER_DAY = 1440;

// One alternative per written form; each captures year, month, day.
const DAY_AT_START =
  /^(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(\d{4})(\d{2})(\d{2}))/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const CLOCK_COMPACT = /^(\d{2})(\d{2})(\d{2})?$/;
const CLOCK_CHINESE = /^(\d{1,2})\s*[时点]\s*(?:(\d{1,2})\s*分\s*(?:(\d{1,2})\s*秒)?)?$/;
const MONTH_ONLY = /^(?:(\d{4})[-/.](\d{1,2})|(\d{4})\s*年\s*(\d{1,2})\s*月|(\d{4})(\d{2}))$/;

/** A date with an optional time: the time, when present, must be a valid one. */
export function parseDay(text: string): Day | null {
  return parseDateTime(text)?.day ?? null;
}

/** A date and time; a date alone is its midnight (XLSX writes midnight stamps as dates). */
export function parseStamp(text: string): Stamp | null {
  const parsed = parseDateTime(text);
  if (!parsed) return null;
  const minutes = parsed.minutes ?? 0;
  if (minutes === MINUTES_PER_DAY) return stampFromParts(addDays(parsed.day, 1), 0, 0);
  return stampFromParts(parsed.day, Math.floor(minutes / 60), minutes % 60);
}

export function parseMonth(text: string): Month | null {
  const s = toHalfWidth(text).trim();
  const m = MONTH_ONLY.exec(s);
  if (m) {
    const year = Number(m[1] ?? m[3] ?? m[5]);
    const month = Number(m[2] ?? m[4] ?? m[6]);
    return isValidDate(year, month, 1) ? year * 100 + month : null;
  }
  const day = parseDay(s);
  return day === null ? null : monthOf(day);
}

/** Minutes since midnight, 0..1440; a full date and time gives its time. */
export function parseTimeOfDay(text: string): number | null {
  const s = toHalfWidth(text).trim();
  return parseClock(s) ?? parseDateTime(s)?.minutes ?? null;
}

function parseDateTime(text: string): { day: Day; minutes: number | null } | null {
  const s = toHalfWidth(text).trim();
  const m = DAY_AT_START.exec(s);
  if (!m) return null;
  const year = Number(m[1] ?? m[5] ?? m[8]);
  const month = Number(m[3] ?? m[6] ?? m[9]);
  const dayOfMonth = Number(m[4] ?? m[7] ?? m[10]);
  if (!isValidDate(year, month, dayOfMonth)) return null;
  const day = dayFromParts(year, month, dayOfMonth);

  const rest = s.slice(m[0].length);
  if (rest === '') return { day, minutes: null };
  // A time follows after 'T' or blanks, or directly after a compact or Chinese date
  // ('202403010015', '2024年3月1日0时15分').
  const separated = /^(?:T|\s+)(.+)$/.exec(rest);
  const unseparated = m[8] !== undefined || m[5] !== undefined;
  const time = separated ? separated[1]! : unseparated ? rest : null;
  const minutes = time === null ? null : parseClock(time);
  return minutes === null ? null : { day, minutes };
}

function parseClock(s: string): number | null {
  const m = CLOCK.exec(s) ?? CLOCK_COMPACT.exec(s) ?? CLOCK_CHINESE.exec(s);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || seconds > 59) return null;
  if (hours === 24) return minutes === 0 && seconds === 0 ? MINUTES_PER_DAY : null;
  return hours < 24 ? hours * 60 + minutes : null;
}
