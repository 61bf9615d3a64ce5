/**
 * Exact decimal arithmetic for unit conversion. `1.5` in a `(万元)` column must become 15000 yuan and `0.07` must
 * become 700, not 700.0000000000001 as `0.07 * 1e4` gives; so the digits are scaled as a decimal and only the result
 * is turned into a double (which Number() rounds correctly).
 */

/** value = mantissa × 10^exponent */
export interface Decimal {
  mantissa: bigint;
  exponent: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Reads plain or scientific decimal text (`-12.5`, `1.2E+5`); undefined when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const whole = m[2] ?? '';
  const fraction = m[3] ?? '';
  if (whole.length + fraction.length === 0) return undefined;
  const digits = BigInt(whole + fraction);
  return { mantissa: m[1] === '-' ? -digits : digits, exponent: Number(m[4] ?? 0) - fraction.length };
}

/** The decimal of a finite double as JavaScript prints it (the shortest text that reads back as the same double). */
export function decimalOfNumber(n: number): Decimal {
  const d = parseDecimal(String(n));
  if (!d) throw new RangeError(`not a finite number: ${n}`);
  return d;
}

/** a × b, exactly. */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent };
}

/** The nearest double. */
export function decimalToNumber(d: Decimal): number {
  // Number('-0e3') is -0; figures have no sign of zero.
  if (d.mantissa === 0n) return 0;
  return Number(`${d.mantissa}e${d.exponent}`);
}

/** Plain decimal text without an exponent: `1234.567`, `-0.05`, `15000`. */
export function decimalToString(d: Decimal): string {
  const negative = d.mantissa < 0n;
  let digits = (negative ? -d.mantissa : d.mantissa).toString();
  let text: string;
  if (d.exponent >= 0) {
    text = digits === '0' ? '0' : digits + '0'.repeat(d.exponent);
  } else {
    const places = -d.exponent;
    if (digits.length <= places) digits = '0'.repeat(places - digits.length + 1) + digits;
    const whole = digits.slice(0, digits.length - places);
    const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
    text = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative && text !== '0' ? `-${text}` : text;
}

/** Whether the decimal is a whole number. */
export function isWholeDecimal(d: Decimal): boolean {
  if (d.exponent >= 0) return true;
  return d.mantissa % 10n ** BigInt(-d.exponent) === 0n;
}

/** A factor is a power of ten when its mantissa is 1: then dividing by it is exact too. */
export function isPowerOfTen(d: Decimal): boolean {
  return d.mantissa === 1n;
}

/** A value in base units written in a unit of the given factor, as exact decimal text (`1234567` 元 → `1234.567` 千元). */
export function fromBaseUnit(value: number, factor: Decimal): string {
  const d = decimalOfNumber(value);
  if (isPowerOfTen(factor)) return decimalToString({ mantissa: d.mantissa, exponent: d.exponent - factor.exponent });
  return String(value / decimalToNumber(factor));
}

const BLANK_MARKS = /^(?:-+|—+|–+)$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * Number text as people type it into a spreadsheet: full-width digits, thousands separators (`1,234.5`), a minus sign
 * of any kind. A lone dash is how Chinese tables print "no figure", so it reads as blank.
 * Returns 'blank', the decimal, or undefined when the text is not a number.
 */
export function parseNumberText(raw: string): Decimal | 'blank' | undefined {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\u2212\u2012]/g, '-');
  if (text === '' || BLANK_MARKS.test(text)) return 'blank';
  const plain = GROUPED.test(text) ? text.replace(/,/g, '') : text;
  return parseDecimal(plain);
}

/** a + b, exactly. */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const exponent = Math.min(a.exponent, b.exponent);
  const scale = (x: Decimal) => x.mantissa * 10n ** BigInt(x.exponent - exponent);
  return { mantissa: scale(a) + scale(b), exponent };
}

/** Compares a and b: -1, 0 or 1. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const diff = addDecimal(a, { mantissa: -b.mantissa, exponent: b.exponent }).mantissa;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * value × 10^k for plain decimal text (`123.45`) of at most 15 digits, without building a decimal: the digits form an
 * exact integer m, and m × 10^e or m ÷ 10^-e is one correctly rounded IEEE operation on exact operands — the same
 * double Number() gives for the scaled decimal text. Undefined when this shortcut does not apply.
 */
export function scalePlainDecimal(text: string, k: number): number | undefined {
  let m = 0;
  let digits = 0;
  let fraction = -1;
  const last = text.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits += 1;
      if (fraction >= 0) fraction += 1;
    } else if (c === 46 && fraction < 0 && i > 0 && i < last) {
      fraction = 0;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || digits > 15) return undefined;
  const e = k - Math.max(fraction, 0);
  if (e >= 0) {
    const scaled = m * (POW10[e] ?? Infinity);
    return scaled <= Number.MAX_SAFE_INTEGER ? scaled : undefined;
  }
  const divisor = POW10[-e];
  return divisor === undefined ? undefined : m / divisor;
}
