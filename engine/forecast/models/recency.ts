// The recency-effect regression of Wang, Liu & Hong (IJF 2016): the vanilla model's terms plus,
// for lagged temperatures and daily moving averages, the same cubic polynomial with its
// season and hour interactions. Our calendar replaces the plain weekday: holidays, 调休
// make-up workdays and the Spring Festival period get their own deviations from the weekday's
// daily profile.
// Choices, backtested on vic_elec and irish_agg (hourly, weekly origins over the last year,
// MAPE a day / a week ahead):
// - the season is the solar term (Xie & Hong 2018) rather than the month: vic_elec 3.23% / 3.67%
//   against 3.66% / 3.73% (irish_agg, under a year of history: 10.6% / 12.1% against 10.5% /
//   11.6%, most terms seen once at most);
// - lags of 1 and 2 hours and the mean of the previous 24 h: vic_elec 3.19% / 3.60%, irish_agg
//   8.8% / 9.5%, against 3.23% / 3.67% and 10.6% / 12.1% with a 3-hour lag and the mean of the
//   24 h before added, which also made the equations a third larger (solving time x 2.1).
// At 15-minute resolution the lags are the same hours in steps, and the temperature terms
// interact with the hour of day (24 levels) rather than the 96 slots, which would triple the
// equations and multiply the solving time by about 27; the daily profile keeps all 96 slots.
import type { Frame } from '../types.js';
import { SPECIAL_DAY_CLASSES, specialDayClass } from './dayClass.js';
import { linearModelSpec, type LinearDesign } from './linearModel.js';
import { lagged, standardised, trailingMean } from './temperatureFeatures.js';

/** The season is the solar term (24 levels, Xie & Hong 2018), not the month. */
const SEASONS = 24;
const LAG_HOURS = [1, 2];
const MEAN_DAYS = [1];
/** At daily resolution: the previous days' mean temperatures. */
const LAG_DAYS = [1, 2];

/** The temperature series of the model, current first. */
function temperatureSeries(frame: Frame, temperature: Float64Array): Float64Array[] {
  const perHour = frame.stepsPerDay / 24;
  if (frame.stepsPerDay === 1) return [temperature, ...LAG_DAYS.map((d) => lagged(temperature, d))];
  return [
    temperature,
    ...LAG_HOURS.map((h) => lagged(temperature, h * perHour)),
    ...MEAN_DAYS.map((d) => trailingMean(temperature, frame.stepsPerDay, (d - 1) * frame.stepsPerDay)),
  ];
}

function layout(frame: Frame) {
  const slots = frame.stepsPerDay;
  const hours = frame.stepsPerDay > 1 ? 24 : 0;
  const variables = frame.stepsPerDay === 1 ? 1 + LAG_DAYS.length : 1 + LAG_HOURS.length + MEAN_DAYS.length;
  const season = 2;
  const profile = season + SEASONS;
  const specialProfile = profile + 7 * slots;
  const temperatureTerms = specialProfile + SPECIAL_DAY_CLASSES * slots;
  const perVariable = 3 * (1 + SEASONS + hours);
  return { slots, hours, season, profile, specialProfile, temperatureTerms, perVariable, size: temperatureTerms + variables * perVariable, variables };
}

export const recencyDesign: LinearDesign = {
  size: (frame) => layout(frame).size,
  deviations(frame) {
    // Base effects: intercept, trend, the weekday profile, each variable's polynomial. The rest
    // modifies them, so that a season or special day never seen falls back to the base.
    const at = layout(frame);
    const mask = new Uint8Array(at.size);
    mask.fill(1, at.season, at.season + SEASONS);
    mask.fill(1, at.specialProfile, at.temperatureTerms);
    for (let v = 0; v < at.variables; v++) mask.fill(1, at.temperatureTerms + v * at.perVariable + 3, at.temperatureTerms + (v + 1) * at.perVariable);
    return mask;
  },
  maxNonZeros: 5 + 4 * 9, // 1 + LAG_HOURS + MEAN_DAYS variables (3 at daily resolution)
  rows(frame) {
    const at = layout(frame);
    if (!frame.temperature) throw new Error('The recency model needs temperature');
    const series = temperatureSeries(frame, frame.temperature);
    const stepsPerYear = frame.stepsPerDay * 365;
    const stepsPerHour = frame.stepsPerDay / 24;
    return (t, columns, values) => {
      const day = frame.days[Math.floor(t / frame.stepsPerDay)]!;
      const slot = t % frame.stepsPerDay;
      const m = day.solarTerm;
      const hour = at.hours ? Math.floor(slot / stepsPerHour) : 0;
      let n = 0;
      columns[n] = 0;
      values[n++] = 1;
      columns[n] = 1;
      values[n++] = t / stepsPerYear;
      columns[n] = at.season + m;
      values[n++] = 1;
      columns[n] = at.profile + day.weekday * at.slots + slot;
      values[n++] = 1;
      const special = specialDayClass(day);
      if (special !== null) {
        columns[n] = at.specialProfile + special * at.slots + slot;
        values[n++] = 1;
      }
      for (let v = 0; v < series.length; v++) {
        const x = standardised(series[v]![t]!);
        const base = at.temperatureTerms + v * at.perVariable;
        let power = 1;
        for (let p = 0; p < 3; p++) {
          power *= x;
          columns[n] = base + p;
          values[n++] = power;
          columns[n] = base + 3 + p * SEASONS + m;
          values[n++] = power;
          if (at.hours) {
            columns[n] = base + 3 + 3 * SEASONS + p * 24 + hour;
            values[n++] = power;
          }
        }
      }
      return n;
    };
  },
};

export const recencyModel = linearModelSpec('recency', recencyDesign, 28);
