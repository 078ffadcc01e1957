// The sentences a report writes from its figures: a change in words ("rose 4.2 %", "fell",
// "held steady"), who led it, and how the period compares with the one before and a year before.
import { formatChange, type ReportWords } from './words.js';

/** Changes smaller than this (0.05 %) read as steady. */
const STEADY = 0.0005;

/** value / base − 1, or null where the base is missing or zero. */
export function relativeChange(value: number, base: number | null | undefined): number | null {
  if (base === null || base === undefined || base === 0 || !Number.isFinite(base)) return null;
  return value / base - 1;
}

export type Direction = 'up' | 'down' | 'steady';

export function direction(change: number): Direction {
  return Math.abs(change) < STEADY ? 'steady' : change > 0 ? 'up' : 'down';
}

/**
 * The part that moved the total most in the total's direction: the largest rise when the
 * total rose, the largest fall when it fell; null when steady or when no part moved that way.
 */
export function leader<T>(parts: { key: T; value: number; base: number }[], totalChange: number): { key: T; change: number | null } | null {
  const way = direction(totalChange);
  if (way === 'steady') return null;
  let best: { key: T; delta: number; change: number | null } | null = null;
  for (const p of parts) {
    const delta = p.value - p.base;
    if ((way === 'up' ? delta <= 0 : delta >= 0) || (best && Math.abs(delta) <= Math.abs(best.delta))) continue;
    best = { key: p.key, delta, change: relativeChange(p.value, p.base) };
  }
  return best && { key: best.key, change: best.change };
}

/**
 * "Consumption rose 4.2 % on the month, led by Commercial (+8.1 %)." — `subject` is the figure's
 * name, `against` the comparison ('month', 'period' or 'year'), `led` the leading part's name.
 */
export function changeSentence(
  words: ReportWords,
  subject: string,
  change: number | null,
  against: 'month' | 'period' | 'year',
  led?: { name: string; change: number | null } | null,
): string {
  const { t, language } = words;
  if (change === null) return capitalise(t(`reports.text.noComparison.${against}`, { subject }));
  const way = direction(change);
  const base = t(`reports.text.change.${way}`, { subject, change: formatChange(Math.abs(change), language).replace(/^\+/, ''), when: t(`reports.text.against.${against}`) });
  const text = !led || way === 'steady' ? base : t('reports.text.ledBy', { text: base, name: led.name, change: formatChange(led.change, language) });
  return capitalise(t('reports.text.sentence', { text }));
}

/** A sentence starts with a capital (English subjects are written in lower case to sit mid-sentence). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
