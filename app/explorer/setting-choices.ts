/**
 * How the settings are offered: a label per choice and, where a choice cannot
 * work with the other settings in force, a short note saying why (the engine
 * still refuses it; the note lets a learner see it coming).
 */
import { MAX_SIGNIFICANT_DIGITS, MIN_SIGNIFICANT_DIGITS } from '../engine/format';
import type { LossId } from '../engine/losses';
import type { BiasMode, HiddenDeltaMode, Settings } from '../engine/model';

export const LOSS_LABELS: Readonly<Record<LossId, string>> = {
  mse: 'squared error (mse)',
  ce: 'cross-entropy (ce)',
};

export const BIAS_LABELS: Readonly<Record<BiasMode, string>> = {
  fixed: 'fixed: biases stay as given',
  learned: 'learned: biases are updated too',
};

export const HIDDEN_DELTA_LABELS: Readonly<Record<HiddenDeltaMode, string>> = {
  original: 'original: w5…w8 as they were (correct)',
  updated: 'updated: w5…w8 after their update',
};

/** Why `choice` for `key` would be refused with the other settings as they are, or undefined. */
export function incompatibility(
  key: 'act_o' | 'loss',
  choice: string,
  settings: Settings,
): string | undefined {
  if (key === 'loss' && choice === 'ce' && settings.act_o !== 'sigmoid') {
    return 'needs a sigmoid output';
  }
  if (key === 'act_o' && choice !== 'sigmoid' && settings.loss === 'ce') {
    return 'not with cross-entropy';
  }
  return undefined;
}

/** An option's text: its label, with the reason it would be refused, if any. */
export function optionText(label: string, note: string | undefined): string {
  return note === undefined ? label : `${label} — ${note}`;
}

/** Digits the precision control offers: every count a link may give (?digits=1 … 17), no other. */
export function digitChoices(): number[] {
  const count = MAX_SIGNIFICANT_DIGITS - MIN_SIGNIFICANT_DIGITS + 1;
  return Array.from({ length: count }, (_, k) => MIN_SIGNIFICANT_DIGITS + k);
}
