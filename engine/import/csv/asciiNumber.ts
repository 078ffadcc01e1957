// The common numeric cell ('1234', '-0.375', '16,853.20', '1.2e3') parsed straight from its
// bytes, with no string made. The result is exactly what parseNumber gives: with at most 15
// digits the mantissa is an exact integer and the power of ten is exact, so one
// multiplication or division rounds once, correctly, as Number() does. Anything else returns
// NaN and the caller falls back to parseNumber on the cell's text.

const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
/** Digits that always make an exact integer (10^15 < 2^53). */
const MAX_DIGITS = 15;
const EXACT_POWERS = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * The number in bytes[start, end) (start < end), or NaN when not decided here: blanks, quotes,
 * non-ASCII bytes and anything else unusual are left to parseNumber.
 */
export function parseAsciiNumber(bytes: Uint8Array, start: number, end: number): number {
  // Nearly every cell of a large file is '-'? digits ('.' digits)?: a loop small enough for
  // V8 to inline into the caller. Anything else goes the general way.
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  const integerStart = i;
  let mantissa = 0;
  let c = 0;
  for (; i < end; i++) {
    c = bytes[i]!;
    const digit = c - ZERO;
    if (digit >= 0 && digit <= 9) mantissa = mantissa * 10 + digit;
    else break;
  }
  const integerDigits = i - integerStart;
  let scale = 0;
  if (i < end) {
    if (c !== DOT) return parseGeneral(bytes, start, end);
    const fractionStart = ++i;
    for (; i < end; i++) {
      const digit = bytes[i]! - ZERO;
      if (digit >= 0 && digit <= 9) mantissa = mantissa * 10 + digit;
      else return parseGeneral(bytes, start, end);
    }
    scale = i - fractionStart;
  }
  const digits = integerDigits + scale;
  if (digits === 0 || digits > MAX_DIGITS) return parseGeneral(bytes, start, end);
  const value = mantissa / EXACT_POWERS[scale]!;
  return negative ? -value : value;
}

/** Signs, thousands separators and exponents: '+5', '16,853.20', '-1.2E-3'. */
function parseGeneral(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const sign = bytes[i];
  const negative = sign === MINUS;
  if (negative || sign === PLUS) i++;

  // Integer part, with thousands groups: one to three digits, then exactly three per comma.
  let mantissa = 0;
  const integerStart = i;
  let lastComma = -1;
  let commas = 0;
  for (; i < end; i++) {
    const c = bytes[i]!;
    const digit = c - ZERO;
    if (digit >= 0 && digit <= 9) mantissa = mantissa * 10 + digit;
    else if (c === COMMA) {
      const run = lastComma < 0 ? i - integerStart : i - lastComma - 1;
      if (lastComma < 0 ? run === 0 || run > 3 : run !== 3) return NaN;
      lastComma = i;
      commas++;
    } else break;
  }
  if (lastComma >= 0 && i - lastComma !== 4) return NaN;
  let digits = i - integerStart - commas;

  let scale = 0;
  if (i < end && bytes[i] === DOT) {
    const fractionStart = ++i;
    for (; i < end; i++) {
      const digit = bytes[i]! - ZERO;
      if (digit >= 0 && digit <= 9) mantissa = mantissa * 10 + digit;
      else break;
    }
    scale = i - fractionStart;
    digits += scale;
  }
  if (digits === 0 || digits > MAX_DIGITS) return NaN;

  let power = -scale;
  if (i < end) {
    const marker = bytes[i];
    if (marker !== LOWER_E && marker !== UPPER_E) return NaN;
    power += exponent(bytes, i + 1, end);
    if (power !== power) return NaN;
  }

  let value: number;
  if (power === 0) value = mantissa;
  else if (power < 0 && power >= -22) value = mantissa / EXACT_POWERS[-power]!;
  else if (power > 0 && power <= 22) value = mantissa * EXACT_POWERS[power]!;
  else return NaN;
  return negative ? -value : value;
}

/** The exponent written in bytes[start, end) ('3', '-05', '+2'), or NaN. */
function exponent(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const sign = bytes[i];
  const negative = sign === MINUS;
  if (negative || sign === PLUS) i++;
  if (i === end || end - i > 4) return NaN;
  let value = 0;
  for (; i < end; i++) {
    const digit = bytes[i]! - ZERO;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}
