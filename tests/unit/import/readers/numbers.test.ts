import { describe, expect, it } from 'vitest';
import { parseAsciiNumber } from '../../../../engine/import/csv/asciiNumber.js';
import { parseNumber, parsePercent } from '../../../../engine/import/parse/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['16,853', 16853],
    ['1,234,567.25', 1234567.25],
    [' 1 234.5 ', 1234.5],
    ['-5', -5],
    ['+5', 5],
    ['1.2e3', 1200],
    ['-1.5E-3', -0.0015],
    ['.5', 0.5],
    ['5.', 5],
    ['0.000', 0],
    ['１２３', 123],
    ['１２３．５', 123.5],
    ['−5', -5],
    ['\u3000４２\u3000', 42],
    ['12\u00a0345', 12345],
  ])('%j -> %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '   ', '5kWh', '1,23', '12,3456', ',123', '1.2.3', '--5', '.', '-', 'e5', '1e', 'NaN', 'Infinity', '0x10', '五', '5%'])(
    '%j is not a number',
    (text) => {
      expect(parseNumber(text)).toBeNaN();
    },
  );

  it('keeps the sign of zero as Number() does', () => {
    expect(Object.is(parseNumber('-0'), -0)).toBe(true);
  });
});

describe('parsePercent', () => {
  it('divides by 100 only with a percent sign', () => {
    expect(parsePercent('5.3%')).toBeCloseTo(0.053, 12);
    expect(parsePercent(' 12.5 ％')).toBeCloseTo(0.125, 12);
    expect(parsePercent('5.3')).toBe(5.3);
    expect(parsePercent('%')).toBeNaN();
    expect(parsePercent('abc%')).toBeNaN();
  });
});

describe('parseAsciiNumber agrees with parseNumber', () => {
  const agree = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    const fast = bytes.length === 0 ? NaN : parseAsciiNumber(bytes, 0, bytes.length);
    // NaN from the byte parser means "ask parseNumber"; any other value must be its value.
    if (!Number.isNaN(fast)) expect(Object.is(fast, parseNumber(text)), `${text}: ${fast} vs ${parseNumber(text)}`).toBe(true);
  };

  it('on hand-picked cells', () => {
    const cells = ['0', '-0', '007', '1.', '.25', '-.25', '+.5', '1,000', '1,000.5', '12,345,678', '1,00', '1234,567', '1e3', '1E+3',
      '1e-3', '2.5e22', '1e400', '123456789012345', '1234567890123456', '0.1', '0.30000000000000004', '9007199254740993', '-', '+',
      ' 5', '5 ', '"5"', '1,234e2', '１２', '5kWh', '1.2.3', '1e', '1e+', 'e1'];
    for (const cell of cells) agree(cell);
  });

  it('on many generated numbers, decided from the bytes', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    let decided = 0;
    for (let n = 0; n < 20_000; n++) {
      const digits = 1 + Math.floor(random() * 15);
      let text = String(Math.floor(random() * 10 ** digits));
      const decimals = Math.floor(random() * Math.min(6, text.length));
      if (decimals > 0) text = `${text.slice(0, text.length - decimals) || '0'}.${text.slice(-decimals)}`;
      if (random() < 0.3) text = `-${text}`;
      if (random() < 0.1) text = `${text}e${Math.floor(random() * 40) - 20}`;
      const bytes = Buffer.from(text);
      const fast = parseAsciiNumber(bytes, 0, bytes.length);
      if (!Number.isNaN(fast)) decided++;
      agree(text);
    }
    expect(decided).toBeGreaterThan(19_000);
  });
});
