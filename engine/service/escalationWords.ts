// The escalation words the tag job looks for: the built-in list (resources/text/
// escalation-words.json, editable without a rebuild), or the workspace's own once the analyst
// saves one (meta 'escalation_words', a JSON array).
import type { EscalationWords } from '../api/serviceTypes.js';
import { readResourceJson } from '../core/resources.js';
import { getMeta, setMeta, type Db } from '../store/database.js';

const META_KEY = 'escalation_words';

export function builtinEscalationWords(): string[] {
  return readResourceJson<{ words: string[] }>('text', 'escalation-words.json').words;
}

export function escalationWords(db: Db): EscalationWords {
  const own = getMeta(db, META_KEY);
  return own === undefined ? { words: builtinEscalationWords(), source: 'builtin' } : { words: JSON.parse(own) as string[], source: 'workspace' };
}

/** Saves the workspace's list (each word once, in the order given), or with 'reset' goes back to the built-in one. Call inside a write job. */
export function saveEscalationWords(db: Db, words: readonly string[] | 'reset'): EscalationWords {
  if (words === 'reset') db.prepare('DELETE FROM meta WHERE key = ?').run(META_KEY);
  else setMeta(db, META_KEY, JSON.stringify([...new Set(words.map((w) => w.trim()))]));
  return escalationWords(db);
}
