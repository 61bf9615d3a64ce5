import { describe, expect, it } from 'vitest';
import {
  decimalToNumber,
  decimalToString,
  fromBaseUnit,
  multiplyDecimal,
  parseDecimal,
  parseNumberText,
  scalePlainDecimal,
  type Decimal,
} from './numbers.js';

const d = (text: string): Decimal => {
  const parsed = parseDecimal(text);
  if (!parsed) throw new Error(text);
  return parsed;
};

describe('exact decimals', () => {
  it.each([
    ['1.5', '1e4', 15000],
    ['0.07', '1e4', 700],
    ['1.1', '1e8', 110_000_000],
    ['123456.7', '1e3', 123_456_700],
    ['2', '15', 30],
    ['1000', '0.0015', 1.5],
    ['1.2E+5', '1', 120_000],
  ])('%s × %s = %d exactly', (value, factor, expected) => {
    expect(Object.is(decimalToNumber(multiplyDecimal(d(value), d(factor))), expected)).toBe(true);
  });

  it('writes base units back in a unit as exact decimal text', () => {
    expect(fromBaseUnit(1_234_567, d('1e3'))).toBe('1234.567');
    expect(fromBaseUnit(0.07, d('1e4'))).toBe('0.000007');
    expect(fromBaseUnit(15_000, d('1e4'))).toBe('1.5');
    expect(fromBaseUnit(1e21, d('1e8'))).toBe('10000000000000');
    expect(decimalToString(d('-0.050'))).toBe('-0.05');
  });

  it('reads numbers as people type them, and a lone dash as blank', () => {
    expect(parseNumberText('1,234.5')).toEqual(d('1234.5'));
    expect(parseNumberText('１２３．５')).toEqual(d('123.5'));
    expect(parseNumberText(' −12 ')).toEqual(d('-12'));
    expect(parseNumberText('-')).toBe('blank');
    expect(parseNumberText('——')).toBe('blank');
    expect(parseNumberText('')).toBe('blank');
    expect(parseNumberText('12,34')).toBeUndefined();
    expect(parseNumberText('1 234')).toBeUndefined();
    expect(parseNumberText('12%')).toBeUndefined();
    expect(parseNumberText('abc')).toBeUndefined();
  });

  it('scales plain decimal text the fast way to exactly the double Number() gives for the scaled text', () => {
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let seed = 20130601;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 20_000; i += 1) {
      const whole = String(next() % 10 ** (1 + (next() % 9)));
      const places = next() % 7;
      const fraction = places === 0 ? '' : `.${String(next()).padStart(10, '0').slice(0, places)}`;
      const text = whole + fraction;
      const k = [0, 3, 4, 6, 8][next() % 5] ?? 0;
      const fast = scalePlainDecimal(text, k);
      if (fast !== undefined) expect(fast, `${text} × 1e${k}`).toBe(Number(`${text}e${k}`));
    }
    expect(scalePlainDecimal('0.07', 4)).toBe(700);
    expect(scalePlainDecimal('1.1', 8)).toBe(110_000_000);
    expect(scalePlainDecimal('-1', 0)).toBeUndefined();
    expect(scalePlainDecimal('1.', 0)).toBeUndefined();
    expect(scalePlainDecimal('1234567890123456', 0)).toBeUndefined();
  });
});
