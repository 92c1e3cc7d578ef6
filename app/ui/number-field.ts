/**
 * The pure part of a numeric field: what ↑/↓ do and how typed text becomes a
 * value or a refusal. Kept apart from the component so it can be tested alone.
 */
import { EngineError } from '../engine/errors';
import { formatNumber } from '../engine/format';
import { parseNumber } from '../engine/model';

/** One press of ↑/↓ changes a value by this much. */
export const NUDGE_STEP = 0.01;

export interface NudgeModifiers {
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The step for one key press: Shift is ten times coarser, Alt ten times finer. */
export function nudgeStep({ shiftKey, altKey }: NudgeModifiers): number {
  if (shiftKey && !altKey) return NUDGE_STEP * 10;
  if (altKey && !shiftKey) return NUDGE_STEP / 10;
  return NUDGE_STEP;
}

/** Digits after the decimal point as the shortest round-trip text writes them; -1 if unknown. */
function decimals(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e')) return -1;
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * value + delta, clamped to [min, max]. Short values stay short: 0.4 + 0.01 is
 * 0.41, not 0.41000000000000003, because the sum is rounded to the decimals its
 * operands have. A value already written with many digits (a trained weight)
 * keeps them all.
 */
export function nudgeValue(
  value: number,
  delta: number,
  [min, max]: readonly [number, number],
): number {
  const places = Math.max(decimals(value), decimals(delta));
  const raw = value + delta;
  const rounded =
    decimals(value) >= 0 && decimals(delta) >= 0 && places <= 12
      ? Number(raw.toFixed(places))
      : raw;
  return Math.min(max, Math.max(min, rounded));
}

/** The text a field shows for a value: plain ASCII, so it can be read back as typed. */
export function fieldText(value: number | undefined, digits: number): string {
  return value === undefined ? '' : formatNumber(value, digits);
}

export type FieldReading =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Reads what was typed into field `id`, with the engine's words for what is wrong. */
export function readField(id: string, text: string): FieldReading {
  try {
    return { ok: true, value: parseNumber(id, text) };
  } catch (error) {
    if (error instanceof EngineError) return { ok: false, message: error.message };
    throw error;
  }
}
