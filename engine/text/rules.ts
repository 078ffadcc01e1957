// The analyst's keyword rules, applied before the model: a text holding any word of a rule gets
// the rule's label (the first matching rule in the list wins), with confidence 1 and the word
// that decided it; the other texts go to the model.
import { normalizeText } from './normalize.js';

export interface KeywordRule {
  label: string;
  words: string[];
}

export interface RuleMatch {
  /** Position of the rule in the list. */
  rule: number;
  label: string;
  word: string;
}

export function matchRules(rules: KeywordRule[], text: string): RuleMatch | null {
  const normal = normalizeText(text);
  for (let r = 0; r < rules.length; r++) {
    for (const word of rules[r].words) {
      const w = normalizeText(word);
      if (w !== '' && normal.includes(w)) return { rule: r, label: rules[r].label, word };
    }
  }
  return null;
}

export interface Labelled {
  label: string;
  confidence: number;
  /** The rule word that decided the label; null when the model did. */
  ruleWord: string | null;
  /** Position of that rule; -1 when the model decided. */
  rule: number;
}

/** Labels texts: the rules first, the model (predict) for the rest, in one call for all of them. */
export function labelTexts(texts: string[], rules: KeywordRule[], predict: (texts: string[]) => { label: string; confidence: number }[]): Labelled[] {
  const matches = texts.map((t) => matchRules(rules, t));
  const rest = texts.filter((_, i) => matches[i] === null);
  const predicted = predict(rest);
  let next = 0;
  return matches.map((m) => {
    if (m !== null) return { label: m.label, confidence: 1, ruleWord: m.word, rule: m.rule };
    const p = predicted[next++];
    return { label: p.label, confidence: p.confidence, ruleWord: null, rule: -1 };
  });
}
