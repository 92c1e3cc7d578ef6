/**
 * Number formatting, in one place. The article prints 9 significant digits with
 * trailing zeros dropped (0.75136507, not 0.751365070); so do we by default.
 */
export const DEFAULT_SIGNIFICANT_DIGITS = 9;
export const MIN_SIGNIFICANT_DIGITS = 1;
export const MAX_SIGNIFICANT_DIGITS = 17;

/** Plain-text form: '0.593269992', '-0.0226025405', '3.5e-12'. */
export function formatNumber(value: number, digits = DEFAULT_SIGNIFICANT_DIGITS): string {
  // toPrecision writes NaN and ±Infinity as they are, and −0 as 0.000…, which the trimming below
  // turns into '0' as it does +0.
  const sig = Math.min(
    MAX_SIGNIFICANT_DIGITS,
    Math.max(MIN_SIGNIFICANT_DIGITS, Math.round(digits)),
  );
  const text = value.toPrecision(sig);
  const [mantissa = text, exponent] = text.split('e');
  const trimmed = mantissa.includes('.')
    ? mantissa.replace(/0+$/, '').replace(/\.$/, '')
    : mantissa;
  return exponent === undefined ? trimmed : `${trimmed}e${exponent.replace('+', '')}`;
}

/** TeX form: exponents as × 10^{n}, so '3.5e-12' reads 3.5 \times 10^{-12}. */
export function formatTexNumber(value: number, digits = DEFAULT_SIGNIFICANT_DIGITS): string {
  const text = formatNumber(value, digits);
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? text : `${mantissa} \\times 10^{${exponent}}`;
}

/** For reading on screen: as formatNumber, with a true minus sign (−) rather than a hyphen. */
export function formatDisplayNumber(value: number, digits = DEFAULT_SIGNIFICANT_DIGITS): string {
  return formatNumber(value, digits).replace(/^-/, '\u2212');
}

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** An exponent as superscript characters: "-7" as "⁻⁷" (prose has no markup for it). */
export function superscript(text: string): string {
  return [...text].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
}
