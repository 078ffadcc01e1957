// The common numeric cell ('1234', '-0.375', '16,853.20', '1.2e3') parsed straight from its
// bytes, with no string made. The result is exactly what parseNumber gives: the mantissa is
// an integer below 2^53 and the power of ten is exact, so one multiplication or division
// rounds once, correctly, as Number() does. Anything else returns NaN and the caller falls
// back to parseNumber on the cell's text.

const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
/** Above this another digit could pass 2^53 and lose exactness. */
const MANTISSA_LIMIT = 900_719_925_474_099;
const EXACT_POWERS = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** bytes[start, end) holds no surrounding blanks and start < end. NaN means "not decided here". */
export function parseAsciiNumber(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let c = bytes[i]!;
  const negative = c === MINUS;
  if (negative || c === PLUS) i++;

  let mantissa = 0;
  let digits = 0;
  // Thousands groups: -1 before the first comma, then the digits counted since the last one.
  let group = -1;
  for (; i < end; i++) {
    c = bytes[i]!;
    if (c >= ZERO && c <= NINE) {
      if (mantissa > MANTISSA_LIMIT) return NaN;
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      if (group >= 0) group++;
    } else if (c === COMMA) {
      if (group === -1 ? digits === 0 || digits > 3 : group !== 3) return NaN;
      group = 0;
    } else break;
  }
  if (group >= 0 && group !== 3) return NaN;

  let scale = 0;
  if (i < end && bytes[i] === DOT) {
    for (i++; i < end; i++) {
      c = bytes[i]!;
      if (c < ZERO || c > NINE) break;
      if (mantissa > MANTISSA_LIMIT) return NaN;
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      scale++;
    }
  }
  if (digits === 0) return NaN;

  let exponent = 0;
  if (i < end && (bytes[i] === LOWER_E || bytes[i] === UPPER_E)) {
    i++;
    const negativeExponent = bytes[i] === MINUS;
    if (negativeExponent || bytes[i] === PLUS) i++;
    const first = i;
    for (; i < end; i++) {
      c = bytes[i]!;
      if (c < ZERO || c > NINE || exponent > 1000) break;
      exponent = exponent * 10 + (c - ZERO);
    }
    if (i === first) return NaN;
    if (negativeExponent) exponent = -exponent;
  }
  if (i !== end) return NaN;

  const power = exponent - scale;
  let value: number;
  if (power === 0) value = mantissa;
  else if (power > 0 && power <= 22) value = mantissa * EXACT_POWERS[power]!;
  else if (power < 0 && power >= -22) value = mantissa / EXACT_POWERS[-power]!;
  else return NaN;
  return negative ? -value : value;
}
