import type { DataKind } from './types.js';

export interface CatalogEntry {
  kind: DataKind;
  rows: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Share of expected intervals (interval load) or days (daily readings, area supply) that are missing. */
  missingRate: number | null;
  /** Meters or customers referenced by this kind without an archive entry. */
  unmatched: number | null;
  /** Distinct meters, customers, areas or stations the kind covers. */
  entities: number;
  lastImportAt: string | null;
}

export interface CatalogSummary {
  kinds: CatalogEntry[];
}

export interface BrowseColumn {
  name: string;
  type: 'text' | 'number' | 'date' | 'datetime' | 'month';
  personal: boolean;
}

export interface BrowsePage {
  columns: BrowseColumn[];
  rows: (string | number | null)[][];
  total: number;
}
