// A last bill over the customer's usual bill rises in winter and summer for everyone: seasons,
// not the customer. Dividing by the median ratio of the customer's category as of the same day
// leaves what is the customer's own, so the feature means the same in every month scored (its
// population stability between runs measures the customers, not the calendar).
import { median } from './stats.js';

/** Each value over the median of its group's finite values (NaN stays NaN; a group with no positive median is left as is). */
export function relativeToGroup(values: Float64Array, groups: readonly (string | null)[]): void {
  const members = new Map<string, number[]>();
  for (let row = 0; row < values.length; row++) {
    if (!Number.isFinite(values[row]!)) continue;
    const key = groups[row] ?? '';
    let list = members.get(key);
    if (list === undefined) members.set(key, (list = []));
    list.push(values[row]!);
  }
  const medians = new Map([...members].map(([key, list]) => [key, median(list)]));
  for (let row = 0; row < values.length; row++) {
    const m = medians.get(groups[row] ?? '');
    if (m !== undefined && m > 0 && Number.isFinite(values[row]!)) values[row] = values[row]! / m;
  }
}
