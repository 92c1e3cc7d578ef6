/**
 * The Check tab's small helpers: which parameter a step is about, and small
 * numbers written as a person reads them. The checks themselves are the
 * engine's (gradient-check.ts, network-nudge.ts); nothing here differentiates.
 */
import { formatDisplayNumber } from '../engine/format';
import type { Trace } from '../engine/trace';
import { entrySubject } from '../formulas/entry-subject';

/**
 * The weight or bias a step is about: dE_dw5, dnet_o1_dw5 and w5_new are about
 * w5; null for a step about no weight or bias (net_h1, or dnet_h1_di1's input).
 */
export function paramOfStep(trace: Trace, step: string): string | null {
  const entry = trace.entries.find((e) => e.id === step);
  const parameter = entry && entrySubject(entry).parameter;
  if (parameter === undefined) return null;
  const { names } = trace;
  const weightOrBias =
    names.weights.some((w) => w.id === parameter) || names.biases.includes(parameter);
  return weightOrBias && parameter !== '' ? parameter : null;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10⁻⁶ for 1e-6: a power of ten as a person writes it. */
export function powerOfTen(value: number): string {
  const power = Math.round(Math.log10(value));
  const digits = String(Math.abs(power))
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
  return `10${power < 0 ? '⁻' : ''}${digits}`;
}

/** A small number as a person reads it: 3.2 × 10⁻¹¹ (thin spaces; 0 as 0). */
export function formatScientific(value: number, digits = 2): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const [long = '', exponent = '0'] = value.toExponential(digits - 1).split('e');
  // 1.50 × 10⁻⁴ reads as 1.5 × 10⁻⁴.
  const mantissa = long.includes('.') ? long.replace(/0+$/, '').replace(/\.$/, '') : long;
  const power = Number(exponent);
  if (power >= -3 && power <= 3) return formatDisplayNumber(value, digits);
  const sup = String(Math.abs(power))
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
  // Thin spaces: the table that shows these has to fit a phone.
  return `${mantissa.replace(/^-/, '−')}\u2009×\u200910${power < 0 ? '⁻' : ''}${sup}`;
}
