/**
 * How a cited number is written: in prose "7.4966647 × 10⁻⁷", in TeX
 * "7.4966647 \times 10^{-7}", in MathML the same as markup. The build writes all
 * three; the page rewrites the prose and HTML forms when the numbers change.
 */
import { formatNumber, formatTexNumber, superscript } from '../engine/format';

/** The mantissa (with a true minus) and the power of ten, if any: ['−7.4966647', '-7']. */
export function citationParts(value: number, digits: number): [string, string | undefined] {
  const [mantissa = '', exponent] = formatNumber(value, digits).split('e');
  return [mantissa.replace(/^-/, '\u2212'), exponent];
}

/** Plain text: '0.593269992', '−0.0380982365', '7.4966647 × 10⁻⁷'. */
export function citationText(value: number, digits: number): string {
  const [mantissa, exponent] = citationParts(value, digits);
  if (exponent === undefined) return mantissa;
  return `${mantissa} × 10${superscript(exponent)}`;
}

export const citationTex = (value: number, digits: number) => formatTexNumber(value, digits);

const mathmlNumber = (text: string) =>
  text.startsWith('\u2212') ? `<mo>−</mo><mn>${text.slice(1)}</mn>` : `<mn>${text}</mn>`;

/** MathML markup of the number (the content of its slot). */
export function citationMathml(value: number, digits: number): string {
  const [mantissa, exponent] = citationParts(value, digits);
  if (exponent === undefined) return mathmlNumber(mantissa);
  const power = exponent.replace(/^-/, '\u2212');
  return `${mathmlNumber(mantissa)}<mo>×</mo><msup><mn>10</mn><mrow>${mathmlNumber(power)}</mrow></msup>`;
}
