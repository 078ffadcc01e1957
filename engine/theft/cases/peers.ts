// The peer band of a customer: per day, the 25th, 50th and 75th percentiles of the daily energy
// of customers like it: the same category in the same area or, when the area has fewer than
// MIN_PEERS of them, the same category anywhere. At most MAX_PEERS peers are read (every k-th
// by customer number, so the sample is the same each time).
import { daysBetween, monthOf, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { float64FromBlob } from '../../store/series.js';
import { addMonth } from './consumption.js';

const MIN_PEERS = 5;
const MAX_PEERS = 200;
/** A day's percentiles need this many peers with a value that day. */
const MIN_PEERS_PER_DAY = 3;

export interface PeerBand {
  basis: 'category_area' | 'category' | 'none';
  count: number;
  p25: Float64Array;
  p50: Float64Array;
  p75: Float64Array;
}

export function peerBand(db: Db, customerId: string, category: string, areaId: string | null, from: Day, to: Day): PeerBand {
  const length = daysBetween(from, to) + 1;
  const peersIn = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().all(...params) as string[];
  let basis: PeerBand['basis'] = 'category_area';
  let peers = areaId === null ? [] : peersIn('SELECT customer_id FROM customers WHERE category = ? AND area_id = ? AND customer_id <> ? ORDER BY customer_id', category, areaId, customerId);
  if (peers.length < MIN_PEERS) {
    basis = 'category';
    peers = peersIn('SELECT customer_id FROM customers WHERE category = ? AND customer_id <> ? ORDER BY customer_id', category, customerId);
  }
  const empty = () => new Float64Array(length).fill(Number.NaN);
  if (peers.length === 0) return { basis: 'none', count: 0, p25: empty(), p50: empty(), p75: empty() };
  const step = Math.ceil(peers.length / MAX_PEERS);
  const sample = peers.filter((_, i) => i % step === 0);
  const series = new Map(sample.map((id) => [id, empty()]));
  const rows = db
    .prepare(
      `SELECT m.customer_id, d.month, d.kwh FROM daily_energy d JOIN meters m ON m.meter_id = d.meter_id
       WHERE m.customer_id IN (SELECT value FROM json_each(?)) AND d.month BETWEEN ? AND ?`,
    )
    .raw()
    .iterate(JSON.stringify(sample), monthOf(from), monthOf(to)) as IterableIterator<[string, number, Uint8Array]>;
  for (const [peer, month, blob] of rows) addMonth(series.get(peer)!, from, month, float64FromBlob(blob));
  const band = { basis, count: sample.length, p25: empty(), p50: empty(), p75: empty() };
  const day: number[] = [];
  for (let i = 0; i < length; i++) {
    day.length = 0;
    for (const s of series.values()) if (!Number.isNaN(s[i]!)) day.push(s[i]!);
    if (day.length < MIN_PEERS_PER_DAY) continue;
    day.sort((a, b) => a - b);
    band.p25[i] = quantile(day, 0.25);
    band.p50[i] = quantile(day, 0.5);
    band.p75[i] = quantile(day, 0.75);
  }
  return band;
}

/** Linear interpolation between order statistics of sorted values. */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}
