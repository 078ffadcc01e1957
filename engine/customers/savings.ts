// Time-of-use savings of one customer from its mean daily load shape (kW per clock hour, so a
// day's energy in hour h is hourKw[h] kWh): the year's bill at the flat price, on time-of-use as
// the customer uses power today, and after moving a share of its peak-hour energy into valley
// hours (the shift scenario). The saving is flat minus shifted: what switching and shifting a
// little would save (negative: a customer whose load sits in peak hours pays more on time-of-use).
import type { TouPrices } from '../api/customersTypes.js';
import { hourKinds } from './prices.js';

export interface TouSavings {
  dailyKwh: number;
  peakKwh: number;
  flatYuan: number;
  touYuan: number;
  shiftedYuan: number;
  savingYuan: number;
}

const DAYS_PER_YEAR = 365;

export function touSavings(hourKw: ArrayLike<number>, prices: TouPrices, shiftShare: number): TouSavings {
  const kinds = hourKinds(prices);
  const priceOf = { peak: prices.peak, flat: prices.flat, valley: prices.valley };
  let dailyKwh = 0;
  let peakKwh = 0;
  let touDay = 0;
  for (let h = 0; h < 24; h++) {
    const kwh = hourKw[h]!;
    dailyKwh += kwh;
    touDay += kwh * priceOf[kinds[h]!];
    if (kinds[h] === 'peak') peakKwh += kwh;
  }
  // Energy moved leaves peak hours and is paid at the valley price instead; with no valley hours
  // declared there is nowhere to move it.
  const hasValley = kinds.includes('valley');
  const movedKwh = hasValley ? shiftShare * peakKwh : 0;
  const shiftedDay = touDay - movedKwh * (prices.peak - prices.valley);
  const flatYuan = dailyKwh * prices.flat * DAYS_PER_YEAR;
  const touYuan = touDay * DAYS_PER_YEAR;
  const shiftedYuan = shiftedDay * DAYS_PER_YEAR;
  return { dailyKwh, peakKwh, flatYuan, touYuan, shiftedYuan, savingYuan: flatYuan - shiftedYuan };
}
