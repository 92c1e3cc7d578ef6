/**
 * The Check tab's small helpers: which parameter a step is about, and small
 * numbers written as a person reads them. The checks themselves are the
 * engine's (gradient-check.ts, network-nudge.ts); nothing here differentiates.
 */
import { formatDisplayNumber } from '../engine/format';

/** The parameter a step is about: dE_dw5, dnet_o1_dw5 and w5_new are about w5. */
export function paramOfStep(step: string): string | null {
  const match = /^(?:dE_d|dnet_[a-z0-9_]+_d)([wb]\d+)$|^([wb]\d+)_new$/.exec(step);
  return match ? (match[1] ?? match[2] ?? null) : null;
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
