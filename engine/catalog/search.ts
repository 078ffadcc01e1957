// How the data browser's search finds rows: in a large table the text is a prefix of a key
// column (GLOB 'text*' on a column an index leads with is a range of that index); in a small
// table it is matched anywhere in the listed columns (LIKE '%text%', a scan). Personal columns
// are searched only when the user has unmasked them: a masked table cannot be searched by what
// it hides. Wildcards typed by the user are taken literally.
import type { ViewSearch } from './views.js';

export interface SearchFilter {
  condition: string;
  params: { pattern: string };
}

/** GLOB pattern for a prefix: *, ? and [ in brackets match themselves. */
function prefixPattern(text: string): string {
  return `${text.replace(/[*?[]/g, (c) => `[${c}]`)}*`;
}

/** LIKE pattern for a substring, with the escape character \. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The expressions a search looks in: personal ones only once the user has unmasked them. */
export function searchedColumns(search: ViewSearch, unmask: boolean): string[] {
  return search.by === 'prefix' && unmask ? [...search.columns, ...(search.personal ?? [])] : search.columns;
}

export function searchFilter(search: ViewSearch, text: string, unmask: boolean): SearchFilter {
  const columns = searchedColumns(search, unmask);
  if (search.by === 'substring') {
    return {
      condition: `(${columns.map((c) => `${c} LIKE @pattern ESCAPE '\\'`).join(' OR ')})`,
      params: { pattern: containsPattern(text) },
    };
  }
  return { condition: `(${columns.map((c) => `${c} GLOB @pattern`).join(' OR ')})`, params: { pattern: prefixPattern(text) } };
}
