// The Overview's cross-filters: what a click on a chart applies (an area, a month, a category)
// and which of them each chart is asked with. A chart is not narrowed by its own dimension (the
// month chart keeps every month, the selected one marked), so that another item can be picked.
import type { Category, OverviewFilter } from '../../../../engine/api/overviewTypes.js';

export type FilterKey = keyof OverviewFilter;
export const filterKeys: FilterKey[] = ['areaId', 'month', 'category'];

export interface CrossFilter {
  areaId?: string;
  month?: string;
  category?: Category;
}

/** The filters without those of `own`, the dimensions the chart itself shows. */
export function filtersFor(filter: CrossFilter, own: FilterKey[]): CrossFilter {
  const out: CrossFilter = { ...filter };
  for (const key of own) delete out[key];
  return out;
}

/** The filter with one key set, or removed when `value` is undefined or already the one applied (a second click). */
export function toggled<K extends FilterKey>(filter: CrossFilter, key: K, value: CrossFilter[K] | undefined): CrossFilter {
  const out: CrossFilter = { ...filter };
  if (value === undefined || filter[key] === value) delete out[key];
  else out[key] = value;
  return out;
}

export const isEmpty = (filter: CrossFilter) => filterKeys.every((key) => filter[key] === undefined);
