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
  /** Whether data.browse can sort by it (an index keeps its order). */
  sortable: boolean;
  /** Whether a search looks in it (personal columns only once unmasked), so the UI can say where. */
  searchable: boolean;
}

export interface BrowsePage {
  columns: BrowseColumn[];
  rows: (string | number | null)[][];
  /** Rows listed, or null on the later pages of a search (its first page has the count). */
  total: number | null;
  /** Marker of the next page (`after`), when the order allows paging by keys and more rows may follow. */
  next: string | null;
  /** How a search matches the searchable columns: from their start, or anywhere in them. */
  searchBy: 'prefix' | 'substring';
}
