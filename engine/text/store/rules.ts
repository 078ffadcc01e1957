// The analyst's keyword rules per task (text_rules of schema 5), in the order they apply.
import type { TextRule } from '../../api/textTypes.js';
import type { Db } from '../../store/database.js';
import type { KeywordRule } from '../rules.js';

interface RuleRow {
  task: string;
  label: string;
  words: string;
  hits: number;
}

export function listRules(db: Db, task?: string): TextRule[] {
  const rows = (
    task === undefined
      ? db.prepare('SELECT task, label, words, hits FROM text_rules ORDER BY task, position').all()
      : db.prepare('SELECT task, label, words, hits FROM text_rules WHERE task = ? ORDER BY position').all(task)
  ) as RuleRow[];
  return rows.map((r) => ({ task: r.task, label: r.label, words: JSON.parse(r.words) as string[], hits: r.hits }));
}

/** Replaces the task's rules (their hit counts start again at 0). */
export function saveRules(db: Db, task: string, rules: KeywordRule[]): TextRule[] {
  db.transaction(() => {
    db.prepare('DELETE FROM text_rules WHERE task = ?').run(task);
    const insert = db.prepare('INSERT INTO text_rules (task, position, label, words, hits) VALUES (?, ?, ?, ?, 0)');
    rules.forEach((rule, position) => insert.run(task, position, rule.label, JSON.stringify([...new Set(rule.words)])));
  })();
  return listRules(db, task);
}

/** The hits of the task's rules in a classification, by rule position. */
export function recordHits(db: Db, task: string, hits: number[]): void {
  const update = db.prepare('UPDATE text_rules SET hits = ? WHERE task = ? AND position = ?');
  hits.forEach((n, position) => update.run(n, task, position));
}
