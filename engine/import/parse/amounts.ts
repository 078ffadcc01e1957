// Amounts and quantities as people type them into reports, with the unit or currency in the
// cell: '￥1,200.50', '1200.50元', '300 kWh', '300度', '12.5万', '(1,200.00)', '１２００元'.
// parseNumber refuses them (a bare number is the common case and stays on its fast path);
// the field reader asks here only when it did, knowing the unit its field holds.
//
// Decisions:
// - 万 (x10,000) and 亿 (x100,000,000) scale the number, as Chinese reports write large
//   sums: '12.5万' = 125,000, '1.2万元' = 12,000 yuan, '3万度' = 30,000 kWh. Only on fields
//   of an amount or quantity (yuan, kWh, kW, kVA): a temperature or a percentage never
//   comes in 万.
// - '(1,200.00)' is an accounting negative, -1,200, on the same fields.
// - A unit in the cell must be the field's: '￥300' in a kWh column is a wrongly mapped
//   column or a mistyped cell, never read as 300 kWh (see MarkedNumber.unit).
// - '度' is kWh in a kWh column (1 度 = 1 kWh) and degrees in a temperature column.
import { parseNumber } from './numbers.js';
import { toHalfWidth } from './width.js';

/** The units a field may hold (FieldDef.unit) and how a cell may spell each. */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  yuan: ['元', '人民币', 'rmb', 'cny', '¥', '￥'],
  kWh: ['kwh', 'kw·h', 'kw.h', 'kw h', '千瓦时', '千瓦·时', '度'],
  kW: ['kw', '千瓦'],
  kVA: ['kva', '千伏安'],
  '°C': ['°c', '℃', '度'],
  '%': ['%'],
  mm: ['mm', '毫米'],
};

/** Units whose values may be written in 万 / 亿 or as accounting negatives. */
const SCALED_UNITS = new Set(['yuan', 'kWh', 'kW', 'kVA']);

/** Powers of ten of the scale marks. */
const SCALE_POWERS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/** A currency mark before the number, after an optional sign: '￥1,200', '-¥5', 'RMB 300'. */
const CURRENCY_PREFIX = /^([+-]?)\s*(¥|￥|rmb|cny)\s*/i;
/** The number, then an optional 万 / 亿, then a unit without digits: '12.5 万 元'. */
const NUMBER_THEN_UNIT = /^(.*?\d\.?)\s*([万亿])?\s*(\D*?)$/;

/** A cell's number with what it said besides: its value (scaled), or the unit it named when that is not the field's. */
export type MarkedNumber = { value: number } | { unit: string };

/**
 * The number in a cell that writes a unit, currency, 万 / 亿 or accounting brackets, read
 * for a field holding `fieldUnit` (undefined: a plain number, a count or a code). `{ unit }`
 * when the cell names another unit than the field's; null when it is no number at all.
 */
export function parseMarkedNumber(text: string, fieldUnit: string | undefined): MarkedNumber | null {
  let rest = toHalfWidth(text).trim();
  let negative = false;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  let named: string | null = null;
  const currency = CURRENCY_PREFIX.exec(rest);
  if (currency) {
    named = 'yuan';
    rest = currency[1]! + rest.slice(currency[0].length);
  }
  const parts = NUMBER_THEN_UNIT.exec(rest);
  if (!parts) return null;
  const [, digits, scaleMark, suffix] = parts as unknown as [string, string, string | undefined, string];
  if (suffix !== '') {
    const unit = unitOf(suffix, fieldUnit);
    if (unit === null) return null;
    // '￥300元' says yuan twice: fine; '￥300 kWh' says two things.
    if (named !== null && unit !== named) return null;
    named = unit;
  }
  // 万 moves the decimal point, as an exponent does: '1.15万' is 11500 exactly, not 11499.999....
  const value = parseNumber(scaleMark === undefined ? digits : `${digits}e${SCALE_POWERS[scaleMark]}`);
  if (Number.isNaN(value)) return null;
  if (named !== null && named !== fieldUnit) return { unit: named };
  const scaled = scaleMark !== undefined || negative;
  if (scaled && (fieldUnit === undefined || !SCALED_UNITS.has(fieldUnit))) return null;
  // A sign inside accounting brackets ('(-5)') is a typo, not a double negative.
  if (negative && /^[+-]/.test(digits)) return null;
  return { value: negative ? -value : value };
}

/** The unit a suffix spells, the field's own first (so '度' follows the field); null when unknown. */
function unitOf(suffix: string, fieldUnit: string | undefined): string | null {
  const spelled = suffix.toLowerCase().replace(/\s+/g, ' ');
  if (fieldUnit !== undefined && SPELLINGS[fieldUnit]?.includes(spelled)) return fieldUnit;
  for (const [unit, spellings] of Object.entries(SPELLINGS)) if (spellings.includes(spelled)) return unit;
  return null;
}
