// The words of each kind, read from resources/headers/<kind>.json at run time so that an
// analyst can add a header name or a code spelling without a rebuild:
//   fields: field -> header names that map to it (Chinese and English)
//   codes:  table -> code -> spellings of the code's value in exports
import type { DataKind } from '../../api/types.js';
import { readResourceJson } from '../../core/resources.js';

export interface KindVocabulary {
  fields: Record<string, string[]>;
  codes: Record<string, Record<string, string[]>>;
}

const loaded = new Map<DataKind, KindVocabulary>();
const tables = new Map<string, CodeTable>();

export function vocabulary(kind: DataKind): KindVocabulary {
  let words = loaded.get(kind);
  if (!words) {
    const raw = readResourceJson<Partial<KindVocabulary>>('headers', `${kind}.json`);
    words = { fields: raw.fields ?? {}, codes: raw.codes ?? {} };
    loaded.set(kind, words);
  }
  return words;
}

/** Case, width and separators do not distinguish codes: '大 工业', 'LARGE_INDUSTRY', 'ｙｅｓ'. */
function normaliseCode(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-./]+/g, '');
}

const MEMO_LIMIT = 10_000;

/**
 * Turns the spellings found in exports into stable codes. A cell matches a code when it
 * equals one of its spellings, or else contains one ('居民生活用电' -> residential); longer
 * spellings are tried first so that '非居民' is not taken for '居民'.
 */
export class CodeTable {
  private readonly exact = new Map<string, string>();
  private readonly contained: { spelling: string; code: string }[] = [];
  private readonly memo = new Map<string, string | null>();
  readonly examples: string[];

  constructor(
    readonly name: string,
    entries: Record<string, string[]>,
  ) {
    for (const [code, spellings] of Object.entries(entries)) {
      for (const spelling of spellings) {
        const key = normaliseCode(spelling);
        if (!this.exact.has(key)) this.exact.set(key, code);
        // One-character spellings ('是', 'y', '1') match only whole cells.
        if ([...key].length > 1) this.contained.push({ spelling: key, code });
      }
    }
    this.contained.sort((a, b) => b.spelling.length - a.spelling.length);
    this.examples = Object.values(entries).map((spellings) => spellings[0]!).filter(Boolean);
  }

  /** The code of a cell's text, or null when no spelling fits. */
  lookup(text: string): string | null {
    const memoised = this.memo.get(text);
    if (memoised !== undefined) return memoised;
    const key = normaliseCode(text);
    let code = this.exact.get(key) ?? null;
    if (code === null) code = this.contained.find((c) => key.includes(c.spelling))?.code ?? null;
    if (this.memo.size < MEMO_LIMIT) this.memo.set(text, code);
    return code;
  }
}

export function codeTable(kind: DataKind, name: string): CodeTable {
  const key = `${kind}/${name}`;
  let table = tables.get(key);
  if (!table) {
    const entries = vocabulary(kind).codes[name];
    if (!entries) throw new Error(`resources/headers/${kind}.json has no code table '${name}'`);
    table = new CodeTable(name, entries);
    tables.set(key, table);
  }
  return table;
}
