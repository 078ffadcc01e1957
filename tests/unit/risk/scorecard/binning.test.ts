// Automatic binning: monotonic bad rates on a synthetic feature, the missing bin, the minimum
// share per bin, categorical pooling, and the analyst's edits replacing the automatic bins.
import { describe, expect, it } from 'vitest';
import type { FeatureColumn } from '../../../../engine/risk/model/types.js';
import { binIndex } from '../../../../engine/risk/scorecard/assign.js';
import { binFeature } from '../../../../engine/risk/scorecard/binFeature.js';
import { binText } from '../../../../engine/risk/scorecard/binText.js';

/** A seeded uniform generator (mulberry32), so each test's data is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);
const rate = (b: { count: number; bads: number }) => b.bads / b.count;

/** x uniform on [0, 100); P(bad) rises with x, with noise that makes fine bins zig-zag. */
function risingFeature(n: number, missingShare = 0) {
  const next = random(7);
  const values = new Float64Array(n);
  const target = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = Math.floor(next() * 100);
    const missing = next() < missingShare;
    values[i] = missing ? NaN : x;
    // Missing values are the riskiest of all.
    target[i] = next() < (missing ? 0.6 : 0.05 + 0.3 * (x / 100)) ? 1 : 0;
  }
  const column: FeatureColumn = { name: 'late_days', kind: 'numeric', side: 'willingness', values };
  return { column, target };
}

describe('numeric binning', () => {
  it('gives a bad rate that rises from bin to bin, at most 8 bins, each with both classes and ≥ 5 % of rows', () => {
    const { column, target } = risingFeature(4000);
    const b = binFeature(column, target, all(4000));
    expect(b.trend).toBe('increasing');
    expect(b.bins.length).toBeGreaterThanOrEqual(3);
    expect(b.bins.length).toBeLessThanOrEqual(8);
    for (let i = 1; i < b.bins.length; i++) expect(rate(b.bins[i]!)).toBeGreaterThan(rate(b.bins[i - 1]!));
    for (const bin of b.bins) {
      expect(bin.count).toBeGreaterThanOrEqual(0.05 * 4000);
      expect(bin.bads).toBeGreaterThan(0);
      expect(bin.bads).toBeLessThan(bin.count);
    }
    expect(b.bins.reduce((s, bin) => s + bin.count, 0)).toBe(4000);
    // WOE falls as the bad rate rises; the IV is the bins' sum and well past weak.
    for (let i = 1; i < b.bins.length; i++) expect(b.bins[i]!.woe).toBeLessThan(b.bins[i - 1]!.woe);
    expect(b.iv).toBeCloseTo(b.bins.reduce((s, bin) => s + bin.iv, 0), 12);
    expect(b.weak).toBe(false);
    // Intervals chain: unbounded at both ends, each lower the previous upper.
    expect(b.bins[0]!.range).toMatchObject({ type: 'interval', lower: null });
    expect(b.bins[b.bins.length - 1]!.range).toMatchObject({ type: 'interval', upper: null });
    for (let i = 1; i < b.bins.length; i++) {
      const prev = b.bins[i - 1]!.range;
      const range = b.bins[i]!.range;
      if (prev.type !== 'interval' || range.type !== 'interval') throw new Error('intervals expected');
      expect(range.lower).toBe(prev.upper);
    }
  });

  it('finds a falling trend the other way round, and keeps ties in one bin', () => {
    const { column, target } = risingFeature(3000);
    const flipped: FeatureColumn = { ...column, values: column.values.map((x) => -x) };
    const b = binFeature(flipped, target, all(3000));
    expect(b.trend).toBe('decreasing');
    // Every value of the data falls in exactly the bin whose training rows held it.
    const seen = new Map<number, Set<number>>();
    flipped.values.forEach((x) => {
      const bin = binIndex(b, x);
      if (!seen.has(x)) seen.set(x, new Set());
      seen.get(x)!.add(bin);
    });
    for (const bins of seen.values()) expect(bins.size).toBe(1);
  });

  it('puts missing values in a bin of their own, last', () => {
    const { column, target } = risingFeature(3000, 0.1);
    const b = binFeature(column, target, all(3000));
    const missing = b.bins[b.bins.length - 1]!;
    expect(missing.range).toEqual({ type: 'missing' });
    expect(missing.count).toBe(column.kind === 'numeric' ? column.values.filter(Number.isNaN).length : 0);
    expect(binIndex(b, null)).toBe(b.bins.length - 1);
    expect(binIndex(b, NaN)).toBe(b.bins.length - 1);
    expect(binText(missing.range)).toBe('missing');
    // Missing values were the riskiest: the lowest WOE.
    expect(Math.min(...b.bins.map((bin) => bin.woe))).toBe(missing.woe);
  });

  it('bins only the training rows, and flags a feature that does not predict as weak', () => {
    const next = random(3);
    const n = 2000;
    const values = Float64Array.from({ length: n }, () => next());
    const target = Uint8Array.from({ length: n }, () => (next() < 0.2 ? 1 : 0));
    const rows = Uint32Array.from({ length: 1000 }, (_, i) => i * 2);
    const b = binFeature({ name: 'noise', kind: 'numeric', side: null, values }, target, rows);
    expect(b.bins.reduce((s, bin) => s + bin.count, 0)).toBe(1000);
    expect(b.weak).toBe(true);
  });

  it('honours the analyst cuts: those intervals, counted, marked edited, not forced monotonic', () => {
    const { column, target } = risingFeature(2000);
    const b = binFeature(column, target, all(2000), { cuts: [50, 10, 80] });
    expect(b.edited).toBe(true);
    expect(b.bins.map((bin) => binText(bin.range))).toEqual(['(-∞, 10]', '(10, 50]', '(50, 80]', '(80, +∞)']);
    const values = column.kind === 'numeric' ? column.values : new Float64Array();
    expect(b.bins[0]!.count).toBe(values.filter((x) => x <= 10).length);
    expect(b.bins[3]!.count).toBe(values.filter((x) => x > 80).length);
    expect(binIndex(b, 10)).toBe(0);
    expect(binIndex(b, 10.5)).toBe(1);
    expect(binIndex(b, 1e9)).toBe(3);
  });
});

describe('categorical binning', () => {
  function channels(n: number) {
    const next = random(11);
    // counter and bank safe, app middling, cash riskiest; 'wire' and 'cheque' rare (< 3 %).
    const kinds: [string, number, number][] = [
      ['counter', 0.3, 0.05],
      ['bank', 0.3, 0.06],
      ['app', 0.2, 0.2],
      ['cash', 0.16, 0.45],
      ['wire', 0.02, 0.3],
      ['cheque', 0.02, 0.3],
    ];
    const values: (string | null)[] = [];
    const target = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let u = next();
      let k = 0;
      while (k < kinds.length - 1 && u >= kinds[k]![1]) u -= kinds[k++]![1];
      values.push(i % 50 === 0 ? null : kinds[k]![0]);
      target[i] = next() < kinds[k]![2] ? 1 : 0;
    }
    return { column: { name: 'channel', kind: 'categorical', side: 'willingness', values } as FeatureColumn, target };
  }

  it('orders groups by bad rate, pools rare categories, gives missing a bin', () => {
    const { column, target } = channels(5000);
    const b = binFeature(column, target, all(5000));
    const groups = b.bins.filter((bin) => bin.range.type === 'categories').map((bin) => (bin.range.type === 'categories' ? bin.range.values : []));
    // The rare ones are in one group together.
    expect(groups.find((g) => g.includes('wire'))).toContain('cheque');
    // Safe channels first, cash last.
    expect(groups.slice(0, 2).flat()).toEqual(expect.arrayContaining(['counter', 'bank']));
    expect(groups[groups.length - 1]).toContain('cash');
    const rates = b.bins.filter((bin) => bin.range.type === 'categories').map(rate);
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeGreaterThanOrEqual(rates[i - 1]!);
    expect(b.bins[b.bins.length - 1]!.range).toEqual({ type: 'missing' });
    expect(binIndex(b, 'cash')).toBe(b.bins.findIndex((bin) => bin.range.type === 'categories' && bin.range.values.includes('cash')));
    // A category never seen in training falls in the largest bin.
    const largest = b.bins.reduce((best, bin, i) => (bin.count > b.bins[best]!.count ? i : best), 0);
    expect(binIndex(b, 'barter')).toBe(largest);
  });

  it('honours the analyst groups, with the categories left out in one more group', () => {
    const { column, target } = channels(3000);
    const b = binFeature(column, target, all(3000), { groups: [['counter', 'bank', 'app'], ['cash']] });
    expect(b.edited).toBe(true);
    expect(b.bins.map((bin) => binText(bin.range))).toEqual(['counter, bank, app', 'cash', 'cheque, wire', 'missing']);
  });
});

describe('bin edits of the wrong kind', () => {
  it('are refused, naming the feature', () => {
    const values = Float64Array.from({ length: 40 }, (_, i) => i);
    const target = Uint8Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    expect(() => binFeature({ name: 'late_days', kind: 'numeric', side: null, values }, target, all(40), { groups: [['1'], ['2']] })).toThrow(
      /late_days is numeric: its bins cannot be edited with category groups/,
    );
    const labels = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'a' : 'b'));
    expect(() => binFeature({ name: 'channel', kind: 'categorical', side: null, values: labels }, target, all(40), { cuts: [1] })).toThrow(/channel is categorical/);
  });
});
