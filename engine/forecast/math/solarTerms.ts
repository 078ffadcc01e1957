// The 24 solar terms (二十四节气) from the sun's apparent ecliptic longitude: a term begins each
// time the longitude passes a multiple of 15°, 小寒 at 285°. The low-precision solar
// coordinates of Meeus (Astronomical Algorithms, ch. 25) are good to about 0.01°, a quarter of
// an hour of the sun's motion, which is plenty for telling the day a term begins.
import { dayToEpoch, type Day } from '../../core/calendar.js';

/** Julian Day of 1970-01-01 00:00 UTC. */
const JD_UNIX_EPOCH = 2_440_587.5;
const J2000 = 2_451_545.0;
const DEG = Math.PI / 180;

/** The sun's apparent longitude in degrees [0, 360) at a Julian Day. */
export function solarLongitude(julianDay: number): number {
  const t = (julianDay - J2000) / 36_525;
  const meanLongitude = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
  const meanAnomaly = (357.52911 + 35_999.05029 * t - 0.0001537 * t * t) * DEG;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.000289 * Math.sin(3 * meanAnomaly);
  const node = (125.04 - 1934.136 * t) * DEG;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(node);
  return ((apparent % 360) + 360) % 360;
}

/**
 * 0..23, the term a day belongs to, 0 = 小寒. A term's first day is the (China Standard Time)
 * day on which the longitude crosses its boundary, so the day is judged at its end:
 * 24:00 UTC+8 = 16:00 UTC of the same date.
 */
export function solarTerm(day: Day): number {
  const longitude = solarLongitude(JD_UNIX_EPOCH + dayToEpoch(day) + 16 / 24);
  return Math.floor((((longitude - 285) % 360) + 360) % 360 / 15);
}
