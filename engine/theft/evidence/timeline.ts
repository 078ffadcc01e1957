// The days scoring looks at, oldest first: index i of every daily series is day first + i.
import { addDays, daysBetween, type Day } from '../../core/calendar.js';

export interface Timeline {
  first: Day;
  last: Day;
  length: number;
  index(day: Day): number;
  day(index: number): Day;
}

export function timeline(first: Day, last: Day): Timeline {
  return {
    first,
    last,
    length: daysBetween(first, last) + 1,
    index: (day) => daysBetween(first, day),
    day: (index) => addDays(first, index),
  };
}
