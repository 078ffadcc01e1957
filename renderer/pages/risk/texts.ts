// Words for the Risk page's codes in the user's language: features (risk.features.*, a table
// model's columns by their own names), bins, reason codes, grades and distribution keys.
// Pure functions of t.
import type { TFunction } from 'i18next';
import type { BinRange, ChallengerFacts, ReasonCode, RiskDimension, RiskGrade } from '../../../engine/api/riskTypes.js';
import type { Language } from '../../../engine/api/types.js';
import { formatDecimal, formatInteger } from '../../i18n/format.js';

/** A bound as written: up to two decimals, none when whole (15.5, 3, 0.25). */
function bound(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** i18next's t with a key built at run time (checked words are the literal keys elsewhere). */
type Plain = (key: string, options?: Record<string, unknown>) => string;
const plain = (t: TFunction): Plain => t as unknown as Plain;

/** A feature's name in words; a column of an analyst's own table keeps its own name. */
export function featureLabel(t: TFunction, feature: string): string {
  return plain(t)(`risk.features.${feature}`, { defaultValue: feature });
}

/** The usage category's codes are worded (居民生活); other features' categories are the data's own. */
function categoryValue(t: TFunction, feature: string | undefined, value: string): string {
  return feature === 'category' ? plain(t)(`values.customers.category.${value}`, { defaultValue: value }) : value;
}

/** A bin as the scorecard shows it: (3, 6], ≤ 3, > 6, 'bank, app', missing. */
export function binLabel(t: TFunction, range: BinRange, language: Language, feature?: string): string {
  const n = (v: number) => bound(v, language);
  if (range.type === 'missing') return t('risk.bins.missing');
  if (range.type === 'categories') return range.values.map((v) => categoryValue(t, feature, v)).join(t('common.listSeparator'));
  if (range.lower === null && range.upper === null) return t('risk.bins.all');
  if (range.lower === null) return `≤ ${n(range.upper!)}`;
  if (range.upper === null) return `> ${n(range.lower)}`;
  return `(${n(range.lower)}, ${n(range.upper)}]`;
}

/** The engine's bin text ('missing', '(3, 6]', 'bank, app') with the missing bin and usage categories in words. */
export function binText(t: TFunction, bin: string, feature: string): string {
  if (bin === 'missing') return t('risk.bins.missing');
  return feature === 'category' ? bin.split(', ').map((v) => categoryValue(t, feature, v)).join(t('common.listSeparator')) : bin;
}

/** One reason code: 'Days late (max): (15, 30] −24 points'. */
export function reasonText(t: TFunction, reason: ReasonCode, language: Language): string {
  return t('risk.reason', { feature: featureLabel(t, reason.feature), bin: binText(t, reason.bin, reason.feature), points: formatDecimal(reason.pointsLost, language, 0) });
}

/** A distribution row's key in words: a category's name; areas and industries as the data has them. */
export function dimensionKeyLabel(t: TFunction, by: RiskDimension, key: string): string {
  if (key === '') return t('risk.distribution.unknown');
  return by === 'category' ? plain(t)(`values.customers.category.${key}`, { defaultValue: key }) : key;
}

/** Grade colours from safe (A, green) to risky (E, red), the same in every chart and badge. */
export const gradeColors: Record<RiskGrade, string> = { A: '#3c8d5a', B: '#8db356', C: '#d6b13c', D: '#d9822b', E: '#c2493d' };

/** PSI levels: below 0.1 stable, to 0.25 watch, beyond shifted. */
export const stabilityColors = { stable: '#3c8d5a', watch: '#d9822b', shifted: '#c2493d' } as const;

/** The challenger in a line: its trees, features and how they were chosen. */
export function challengerText(t: TFunction, facts: ChallengerFacts, language: Language): string {
  return t('risk.challengerFacts', {
    trees: formatInteger(facts.trees, language),
    depth: facts.depth,
    rate: bound(facts.learningRate, language),
    features: formatInteger(facts.features, language),
    categorical: formatInteger(facts.categorical, language),
    how: facts.chosenByCv ? t('risk.challengerChosen.cv') : t('risk.challengerChosen.fixed'),
  });
}
