// Each indicator on a synthetic series whose change is known, and on one without a change.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseIsoDay } from '../../../engine/core/calendar.js';
import { areaBalance } from '../../../engine/theft/indicators/areaBalance.js';
import { belowCapacity } from '../../../engine/theft/indicators/belowCapacity.js';
import { flatLoad } from '../../../engine/theft/indicators/flatLoad.js';
import { unitIndicators } from '../../../engine/theft/indicators/index.js';
import { meterEvents } from '../../../engine/theft/indicators/meterEvents.js';
import { nearZero } from '../../../engine/theft/indicators/nearZero.js';
import { ownDrop } from '../../../engine/theft/indicators/ownDrop.js';
import { peerDrop } from '../../../engine/theft/indicators/peerDrop.js';
import { reversedDay } from '../../../engine/theft/indicators/reversedDay.js';
import { shapeChange } from '../../../engine/theft/indicators/shapeChange.js';
import { unitView } from '../../../engine/theft/indicators/view.js';
import { zeroWindow } from '../../../engine/theft/indicators/zeroWindow.js';
import { evidenceOf, FIRST, householdDay, noise, steady } from './scoreFixture.js';

const CHANGE = 220;
const changeDay = addDays(FIRST, CHANGE);
const dropped = (seed: number, level: number, keep: number) => (i: number) => (i >= CHANGE ? keep : 1) * steady(seed, level)(i);
/** A seasonal level shared by a peer group: high in summer. */
const season = (i: number) => 1 + 0.5 * Math.sin((2 * Math.PI * (i - 100)) / 364);

describe('own drop', () => {
  it('finds a 50% drop and dates it within two days', () => {
    const ev = evidenceOf([{ daily: dropped(1, 10, 0.5) }]);
    const found = ownDrop(unitView(ev, 0))!;
    expect(found.indicator.value).toBeGreaterThan(0.4);
    expect(Math.abs(daysBetween(changeDay, found.drop!.changeDay))).toBeLessThanOrEqual(2);
    expect(found.drop!.recoveredDay).toBeNull();
    expect(found.indicator.details.beforeKwhDay).toBeCloseTo(10, 0);
  });

  it('sees the return after a drop that stopped', () => {
    const ev = evidenceOf([{ daily: (i) => (i >= CHANGE && i < CHANGE + 70 ? 0.4 : 1) * steady(2, 10)(i) }]);
    const found = ownDrop(unitView(ev, 0))!;
    expect(found.indicator.value).toBeGreaterThan(0.4);
    expect(found.drop!.recoveredDay).not.toBeNull();
    expect(Math.abs(daysBetween(addDays(changeDay, 70), found.drop!.recoveredDay!))).toBeLessThanOrEqual(7);
  });

  it('finds nothing worth a reason in steady noise', () => {
    const ev = evidenceOf([{ daily: steady(3, 10) }]);
    expect(ownDrop(unitView(ev, 0))!.indicator.value).toBeLessThan(0.05);
  });

  it('sees only the days before the view ends (point in time)', () => {
    const ev = evidenceOf([{ daily: dropped(1, 10, 0.5) }]);
    expect(ownDrop(unitView(ev, 0, CHANGE))!.indicator.value).toBeLessThan(0.05);
  });
});

describe('peer drop', () => {
  it('a seasonal dip shared by the peers is not a drop; falling behind them is', () => {
    const peers = Array.from({ length: 10 }, (_, s) => ({ daily: (i: number) => season(i) * steady(10 + s, 8)(i) }));
    const thief = { daily: (i: number) => (i >= CHANGE ? 0.5 : 1) * season(i) * steady(5, 8)(i) };
    const ev = evidenceOf([thief, ...peers]);
    const theirs = peerDrop(unitView(ev, 0))!;
    expect(theirs.indicator.value).toBeGreaterThan(0.4);
    expect(Math.abs(daysBetween(changeDay, theirs.drop!.changeDay))).toBeLessThanOrEqual(3);
    expect(peerDrop(unitView(ev, 1))!.indicator.value).toBeLessThan(0.1);
    // Against its own history the end of summer is a fall, but the peers' season explains it.
    const own = ownDrop(unitView(ev, 1))!.indicator;
    expect(own.details.dropPercent).toBeGreaterThan(20);
    expect(own.value).toBeLessThan(0.1);
    expect(ownDrop(unitView(ev, 0))!.indicator.value).toBeGreaterThan(0.3);
  });
});

describe('near zero and contract capacity', () => {
  it('counts near-zero days of the last four weeks', () => {
    const ev = evidenceOf([{ daily: (i) => (i >= 364 - 20 ? 0.01 : 10) }, { daily: steady(4, 10) }]);
    expect(nearZero(unitView(ev, 0))!.value).toBeCloseTo(20 / 28, 2);
    expect(nearZero(unitView(ev, 1))!.value).toBe(0);
  });

  it('compares use with the contract at the category load factor', () => {
    const ev = evidenceOf([
      { daily: steady(1, 1), contractKva: 10 },
      { daily: steady(2, 20), contractKva: 10 },
      { daily: steady(3, 20) },
    ]);
    expect(belowCapacity(unitView(ev, 0))!.value).toBeGreaterThan(0.9); // 1 of a typical 14.4 kWh/day
    expect(belowCapacity(unitView(ev, 1))!.value).toBe(0);
    expect(belowCapacity(unitView(ev, 2))).toBeNull(); // no contract capacity: skipped
  });
});

describe('load shape from curves', () => {
  const honest = (seed: number) => ({ daily: steady(seed, 10), curve: (i: number) => householdDay(seed, i) });
  const attacked = (attack: (day: number[]) => number[]) => ({
    daily: steady(9, 10),
    curve: (i: number) => (i >= CHANGE ? attack(householdDay(9, i)) : householdDay(9, i)),
  });

  it('flattened days (the day mean reported)', () => {
    const ev = evidenceOf([attacked((d) => d.map(() => d.reduce((s, v) => s + v, 0) / d.length)), honest(1)]);
    const flat = flatLoad(unitView(ev, 0))!;
    expect(flat.value).toBeGreaterThan(0.3);
    expect(Math.abs(daysBetween(changeDay, flat.changeDay!))).toBeLessThanOrEqual(7);
    expect(flatLoad(unitView(ev, 1))!.value).toBeLessThan(0.02);
  });

  it('zeroed windows', () => {
    const ev = evidenceOf([attacked((d) => d.map((v, h) => (h >= 10 && h < 16 ? 0 : v))), honest(1)]);
    expect(zeroWindow(unitView(ev, 0))!.value).toBeGreaterThan(0.2);
    expect(zeroWindow(unitView(ev, 1))!.value).toBe(0);
  });

  it('reversed days change the shape and match the reversed earlier shape', () => {
    const ev = evidenceOf([attacked((d) => [...d].reverse()), honest(1)]);
    expect(shapeChange(unitView(ev, 0))!.value).toBeGreaterThan(0.3);
    expect(reversedDay(unitView(ev, 0))!.value).toBeGreaterThan(0.3);
    expect(shapeChange(unitView(ev, 1))!.value).toBeLessThan(0.05);
    expect(reversedDay(unitView(ev, 1))!.value).toBeLessThan(0.05);
  });

  it('are skipped without curves', () => {
    const ev = evidenceOf([{ daily: steady(1, 10) }]);
    expect([flatLoad, zeroWindow, shapeChange, reversedDay].map((f) => f(unitView(ev, 0)))).toEqual([null, null, null, null]);
  });
});

describe('meter events near the change', () => {
  it('weighs a tampering event near the drop fully, elsewhere half, and skips outages', () => {
    const near = { type: 'cover_open', day: addDays(changeDay, 3) };
    const ev = evidenceOf([
      { daily: dropped(1, 10, 0.5), events: [near] },
      { daily: dropped(2, 10, 0.5), events: [{ type: 'cover_open', day: addDays(FIRST, 30) }] },
      { daily: dropped(3, 10, 0.5) },
    ]);
    const values = [0, 1, 2].map((u) => unitIndicators(unitView(ev, u)).indicators.find((i) => i.code === 'meter_events')!.value);
    expect(values).toEqual([1, 0.5, 0]);
    const none = evidenceOf([{ daily: dropped(1, 10, 0.5) }]);
    expect(meterEvents(unitView(none, 0))).toBeNull(); // a workspace without events
  });
});

describe('area balance', () => {
  it('the area loss rising as the customer drops gives a negative correlation', () => {
    const loss = (i: number) => (i >= CHANGE ? 0.12 : 0.04) + 0.005 * noise(77, i);
    const ev = evidenceOf([{ daily: dropped(1, 10, 0.5) }, { daily: steady(2, 10) }], { lossRate: loss });
    const thief = unitView(ev, 0);
    thief.changeDay = changeDay;
    const found = areaBalance(thief)!;
    expect(found.value).toBeGreaterThan(0.8);
    expect(found.details.lossAfterPercent).toBeGreaterThan(found.details.lossBeforePercent as number);
    expect(areaBalance(unitView(ev, 1))!.value).toBeLessThan(0.3);
  });
});

it('the change day the events are read around is the strongest dated finding', () => {
  const ev = evidenceOf([{ daily: dropped(1, 10, 0.4) }]);
  const view = unitView(ev, 0);
  unitIndicators(view);
  expect(Math.abs(daysBetween(parseIsoDay('2024-08-08'), view.changeDay!))).toBeLessThanOrEqual(2);
});

describe('a fortnight of history: changes looked for day by day', () => {
  const FORTNIGHT = 14;
  const START = 9;
  const honest = (seed: number) => ({ daily: steady(seed, 10), curve: (i: number) => householdDay(seed, i) });
  const attacked = (attack: (day: number[]) => number[], keep = 1) => ({
    daily: (i: number) => (i >= START ? keep : 1) * steady(9, 10)(i),
    curve: (i: number) => (i >= START ? attack(householdDay(9, i)) : householdDay(9, i)),
  });
  const fortnight = (units: ReturnType<typeof honest>[]) => evidenceOf(units, { days: FORTNIGHT });
  const startDay = addDays(FIRST, START);

  it('finds a drop in the last days and dates it to the day, with its baseline', () => {
    const ev = fortnight([attacked((d) => d.map((v) => v * 0.4), 0.4), honest(1), honest(2), honest(3)]);
    const found = ownDrop(unitView(ev, 0))!;
    expect(found.indicator.value).toBeGreaterThan(0.4);
    expect(found.drop!.changeDay).toBe(startDay);
    expect(found.drop!.baselineKwhDay).toBeCloseTo(10, 0);
    expect(ownDrop(unitView(ev, 1))!.indicator.value).toBeLessThan(0.05);
  });

  it('a warm spell all the peers share is no drop against them; falling behind them is', () => {
    const warm = (i: number) => (i >= START ? 0.6 : 1);
    const peers = Array.from({ length: 9 }, (_, s) => ({ daily: (i: number) => warm(i) * steady(20 + s, 10)(i) }));
    const thief = { daily: (i: number) => (i >= START ? 0.5 : 1) * warm(i) * steady(9, 10)(i) };
    const ev = evidenceOf([thief, ...peers], { days: FORTNIGHT });
    const theirs = peerDrop(unitView(ev, 0))!;
    expect(theirs.indicator.value).toBeGreaterThan(0.3);
    expect(theirs.drop!.changeDay).toBe(startDay);
    expect(peerDrop(unitView(ev, 1))!.indicator.value).toBeLessThan(0.05);
  });

  it('finds flattened, zeroed and reversed days against the earlier days', () => {
    const ev = fortnight([
      attacked((d) => d.map(() => d.reduce((s, v) => s + v, 0) / d.length)),
      attacked((d) => d.map((v, h) => (h >= 10 && h < 16 ? 0 : v))),
      attacked((d) => [...d].reverse()),
      honest(1),
    ]);
    expect(flatLoad(unitView(ev, 0))!.value).toBeGreaterThan(0.3);
    expect(flatLoad(unitView(ev, 0))!.changeDay).toBe(startDay);
    expect(zeroWindow(unitView(ev, 1))!.value).toBeGreaterThan(0.2);
    expect(reversedDay(unitView(ev, 2))!.value).toBeGreaterThan(0.3);
    expect(shapeChange(unitView(ev, 2))!.value).toBeGreaterThan(0.3);
    const clean = unitView(ev, 3);
    expect(Math.max(...[flatLoad, zeroWindow, shapeChange, reversedDay].map((f) => f(clean)!.value))).toBeLessThan(0.05);
  });

  it('needs five days before a change and three of it', () => {
    const ev = evidenceOf([attacked((d) => d.map((v) => v * 0.4), 0.4)], { days: 7 });
    expect(ownDrop(unitView(ev, 0))).toBeNull();
    expect(flatLoad(unitView(ev, 0))).toBeNull();
  });
});

describe('own drop and the season', () => {
  it("a dip the customer also had a year earlier is the season's, a new one is not", () => {
    const DAYS2 = 728;
    const yearly = (i: number) => (i % 364 >= 250 && i % 364 < 300 ? 0.6 : 1);
    const ev = evidenceOf(
      [
        { daily: (i) => yearly(i) * steady(1, 10)(i) },
        { daily: (i) => (i >= 364 + 250 && i < 364 + 300 ? 0.6 : 1) * steady(2, 10)(i) },
      ],
      { days: DAYS2 },
    );
    const seasonal = ownDrop(unitView(ev, 0))!.indicator;
    expect(seasonal.details.seasonalKeepPercent).toBeLessThan(70);
    expect(seasonal.value).toBeLessThan(0.1);
    expect(ownDrop(unitView(ev, 1))!.indicator.value).toBeGreaterThan(0.3);
  });
});
