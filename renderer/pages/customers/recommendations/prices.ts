// The time-of-use scenario as typed: prices in yuan/kWh and hours as "8-11, 18-23".
import type { TouPrices } from '../../../../engine/api/customersTypes.js';

export interface PricesText {
  peak: string;
  flat: string;
  valley: string;
  peakHours: string;
  valleyHours: string;
  shiftShare: string;
}

/** Empty prices: each category's own from the tariff file. */
export const DEFAULT_PRICES: PricesText = { peak: '', flat: '', valley: '', peakHours: '8-11, 18-23', valleyHours: '23-24, 0-7', shiftShare: '20' };

/** "8-11, 18-23" as [from, to) hour ranges; null when a part is not a range within 0..24. */
export function parseHours(text: string): [number, number][] | null {
  const parts = text.split(/[,，;；\s]+/).filter(Boolean);
  const ranges: [number, number][] = [];
  for (const part of parts) {
    const m = /^(\d{1,2})\s*[-–~]\s*(\d{1,2})$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from > 24 || to > 24 || from >= to) return null;
    ranges.push([from, to]);
  }
  return ranges;
}

/** The scenario the engine takes: prices (all three, or none for the tariff file's) and the shift share (0..1); null when invalid. */
export function scenarioOf(text: PricesText): { prices?: TouPrices; shiftShare: number } | null {
  const share = Number(text.shiftShare);
  if (!(text.shiftShare.trim() !== '' && share >= 0 && share <= 100)) return null;
  const shiftShare = share / 100;
  const typed = [text.peak, text.flat, text.valley].map((v) => v.trim());
  if (typed.every((v) => v === '')) return { shiftShare };
  const [peak, flat, valley] = typed.map(Number) as [number, number, number];
  const peakHours = parseHours(text.peakHours);
  const valleyHours = parseHours(text.valleyHours);
  if (typed.some((v) => v === '') || [peak, flat, valley].some((p) => !(p >= 0 && p <= 100)) || !peakHours || !valleyHours) return null;
  return { prices: { peak, flat, valley, peakHours, valleyHours }, shiftShare };
}
