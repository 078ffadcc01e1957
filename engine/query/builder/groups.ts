// The grouped rows of a spec's queries merged into one table: one group per combination of
// dimension values, holding every measure's numerator and denominator so that a value, and a
// total over any set of groups, is made the same way (measures.ts).
import type { DimensionId, DimensionValue, MeasureId } from '../../api/queryTypes.js';
import { timeDimensions } from '../../api/queryTypes.js';
import { measures } from './measures.js';

export interface Group {
  keys: DimensionValue[];
  num: Float64Array;
  den: Float64Array;
  /** Whether any query gave this group a row for the measure. */
  seen: Uint8Array;
}

/** A calendar dimension's number (yyyymm, yyyyq, yyyy) as the result writes it. */
export function formatTime(dimension: DimensionId, value: number): string {
  const year = String(Math.floor(value / (dimension === 'month' ? 100 : dimension === 'quarter' ? 10 : 1))).padStart(4, '0');
  if (dimension === 'month') return `${year}-${String(value % 100).padStart(2, '0')}`;
  if (dimension === 'quarter') return `${year}-Q${value % 10}`;
  return year;
}

export function dimensionValue(dimension: DimensionId, raw: unknown): DimensionValue {
  if (raw === null || raw === undefined || raw === '') return null;
  if (timeDimensions.includes(dimension)) return formatTime(dimension, Number(raw));
  return String(raw);
}

export class GroupTable {
  private readonly byKey = new Map<string, Group>();

  constructor(private readonly measureIds: readonly MeasureId[]) {}

  /** Adds a query's row: its dimension values, then a numerator and a denominator per measure of `measuresOfRow`. */
  add(keys: DimensionValue[], measuresOfRow: readonly MeasureId[], figures: unknown[]): void {
    const key = JSON.stringify(keys);
    let group = this.byKey.get(key);
    if (!group) {
      const n = this.measureIds.length;
      group = { keys, num: new Float64Array(n), den: new Float64Array(n), seen: new Uint8Array(n) };
      this.byKey.set(key, group);
    }
    measuresOfRow.forEach((id, i) => {
      const at = this.measureIds.indexOf(id);
      group.num[at]! += Number(figures[2 * i] ?? 0);
      group.den[at]! += Number(figures[2 * i + 1] ?? 0);
      group.seen[at] = 1;
    });
  }

  get groups(): Group[] {
    return [...this.byKey.values()];
  }
}

/** Each measure's value over a set of groups: the sum of numerators (over the sum of denominators), scaled; null where no group had the measure. */
export function valuesOver(measureIds: readonly MeasureId[], groups: Iterable<Group>): (number | null)[] {
  const n = measureIds.length;
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const seen = new Uint8Array(n);
  for (const g of groups) {
    for (let i = 0; i < n; i++) {
      if (!g.seen[i]) continue;
      num[i]! += g.num[i]!;
      den[i]! += g.den[i]!;
      seen[i] = 1;
    }
  }
  return measureIds.map((id, i) => {
    if (!seen[i]) return null;
    const measure = measures[id];
    if (measure.aggregation === 'mean' || measure.aggregation === 'ratio') {
      return den[i]! > 0 ? (num[i]! / den[i]!) * (measure.scale ?? 1) : null;
    }
    return num[i]! * (measure.scale ?? 1);
  });
}

/** Dimension values in order: as text (months, quarters and years sort so), no value last. */
export function compareKeys(a: readonly DimensionValue[], b: readonly DimensionValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}
