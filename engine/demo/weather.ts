// Hourly weather of a subtropical Chinese city (think of the Yangtze delta): cold damp
// winters around 5 °C, hot humid summers around 29 °C, the plum rains (梅雨) in June,
// day cycles damped by rain, and multi-day warm and cold spells.
import { dayToEpoch, stampFromParts, type Day } from '../core/calendar.js';
import { streamFor } from './random.js';
import type { Period } from './params.js';

export interface WeatherStation {
  id: string;
  name: string;
}

export interface WeatherRow {
  station: string;
  ts: number;
  temperature: number;
  humidity: number;
  precipitation: number;
}

export interface DemoWeather {
  /** Daily mean temperature (°C) of the main station, indexed like the period's days. */
  dailyMean: Float64Array;
  /** Whether it rained on each day (storms bring outages). */
  wet: Uint8Array;
}

function dayOfYear(day: Day): number {
  const year = Math.floor(day / 10_000);
  return dayToEpoch(day) - dayToEpoch(year * 10_000 + 101);
}

function climateMean(day: Day): number {
  return 17 - 12 * Math.cos((2 * Math.PI * (dayOfYear(day) - 20)) / 365.25);
}

/** Chance that a dry day is followed by a wet one: highest in the plum-rain season. */
function wetChance(month: number): number {
  if (month === 6) return 0.55;
  if (month >= 3 && month <= 5) return 0.4;
  if (month >= 7 && month <= 9) return 0.3;
  return 0.25;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Generates both stations' hourly rows (passed to `write`) and returns the main station's
 * daily means. The second station shares the spells, runs a little cooler, and misses
 * hours and one ten-day stretch (a broken sensor), so the first has the most data.
 */
export function generateWeather(seed: number, period: Period, stations: WeatherStation[], write: (row: WeatherRow) => void): DemoWeather {
  const rng = streamFor(seed, 'weather');
  const n = period.days.length;
  const dailyMean = new Float64Array(n);
  const wet = new Uint8Array(n);
  let spell = 0;
  let wasWet = false;
  const brokenFrom = Math.floor(n * 0.6);
  for (let i = 0; i < n; i++) {
    const day = period.days[i]!;
    const month = Math.floor(day / 100) % 100;
    const winter = month <= 2 || month === 12;
    spell = 0.75 * spell + rng.normal(0, 1.8) - (winter && rng.chance(0.02) ? 6 : 0); // cold waves (寒潮)
    const isWet = rng.chance(wasWet ? 0.6 : wetChance(month));
    wasWet = isWet;
    wet[i] = isWet ? 1 : 0;
    const rainTotal = isWet ? rng.logNormal(8, 0.9) : 0;
    const rainHours = isWet ? rng.int(3, 14) : 0;
    const rainStart = rng.int(0, 23);
    const mean = climateMean(day) + spell - (isWet && month >= 5 && month <= 9 ? 1.5 : 0);
    const amplitude = isWet ? 1.5 : rng.uniform(3, 5);
    let sum = 0;
    for (let h = 0; h < 24; h++) {
      const raining = isWet && (h - rainStart + 24) % 24 < rainHours;
      const swing = amplitude * Math.cos((2 * Math.PI * (h - 14)) / 24);
      const temperature = mean + swing + rng.normal(0, 0.4);
      const humidity = Math.min(100, Math.max(25, 72 + (isWet ? 18 : 0) - swing * 3 + rng.normal(0, 4)));
      const precipitation = raining ? (rainTotal / rainHours) * rng.uniform(0.3, 1.7) : 0;
      sum += temperature;
      write({
        station: stations[0]!.id,
        ts: stampFromParts(day, h, 0),
        temperature: round1(temperature),
        humidity: Math.round(humidity),
        precipitation: round1(precipitation),
      });
      const second = stations[1];
      if (second && !(i >= brokenFrom && i < brokenFrom + 10) && !rng.chance(0.03)) {
        write({
          station: second.id,
          ts: stampFromParts(day, h, 0),
          temperature: round1(temperature - 0.8 + rng.normal(0, 0.5)),
          humidity: Math.round(Math.min(100, humidity + 3)),
          precipitation: round1(precipitation * rng.uniform(0.5, 1.5)),
        });
      }
    }
    dailyMean[i] = sum / 24;
  }
  return { dailyMean, wet };
}
