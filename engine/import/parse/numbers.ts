// Numbers as utility exports write them: '16,853', ' 1 234.5 ', '-5', '1.2e3', '１２３', '−5'.
// A trailing unit ('5kWh') is not a number: the unit belongs in the header, and guessing would
// hide a wrongly mapped column.
import { toHalfWidth } from './width.js';

// Thousands groups are separated by ',' or a space (NBSP and thin spaces included) and must be
// exactly three digits, so '1,23' (a decimal comma, or a typo) is rejected rather than misread.
const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const GROUP_SEPARATORS = /[, \u00a0\u2009\u202f]/g;

/** The number a cell holds, or NaN when it holds none (empty included). */
export function parseNumber(text: string): number {
  const trimmed = toHalfWidth(text).trim();
  if (trimmed === '' || !NUMBER.test(trimmed)) return NaN;
  // Number() rejects what the pattern lets through without digits ('.', '+', 'e5').
  return Number(trimmed.replace(GROUP_SEPARATORS, ''));
}

/** '5.3%' -> 0.053; a value without a percent sign is returned as given ('5.3' -> 5.3). */
export function parsePercent(text: string): number {
  const trimmed = toHalfWidth(text).trim();
  return trimmed.endsWith('%') ? parseNumber(trimmed.slice(0, -1)) / 100 : parseNumber(trimmed);
}
