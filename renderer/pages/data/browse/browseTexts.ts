// What the data browser says about the engine's paging rules: where a search looks and how it
// matches (large tables by the start of a key, small ones anywhere), and why a sort was refused
// (only orders an index keeps can be paged in a large table), in the user's language.
import type { TFunction } from 'i18next';
import type { BrowseColumn, BrowsePage } from '../../../../engine/api/catalogTypes.js';
import type { DataKind, Language } from '../../../../engine/api/types.js';
import type { ApiError } from '../../../api/errors.js';
import { columnLabel } from '../../../i18n/labels.js';

const either = (language: Language, items: string[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items);

/** "Ticket number or Customer number: type its first characters…"; empty until the columns are known. */
export function searchPlaceholder(
  t: TFunction,
  kind: DataKind,
  page: { columns: BrowseColumn[]; searchBy: BrowsePage['searchBy'] | null },
  language: Language,
): string {
  const searched = page.columns.filter((column) => column.searchable).map((column) => columnLabel(t, kind, column.name));
  if (!page.searchBy || searched.length === 0) return '';
  return t(page.searchBy === 'prefix' ? 'browse.searchStarts' : 'browse.searchContains', { columns: either(language, searched) });
}

/** The engine's refusal of a sort in words (the column and the ones it can sort by), or null for any other error. */
export function sortRefusalText(t: TFunction, kind: DataKind, error: Pick<ApiError, 'code' | 'details'>, language: Language): string | null {
  const { column, sortable } = error.details ?? {};
  if (error.code !== 'validation' || typeof column !== 'string' || !Array.isArray(sortable)) return null;
  return t('browse.sortRefused', {
    column: columnLabel(t, kind, column),
    sortable: either(language, sortable.map((name) => columnLabel(t, kind, String(name)))),
  });
}
