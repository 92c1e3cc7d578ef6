/**
 * Parameters, settings and their validation: everything a user, a URL or an
 * embedder can hand the engine passes through here first.
 */
import { ACTIVATION_IDS, type ActivationId } from './activations';
import {
  BIAS_PER,
  networkNames,
  ARTICLE_ARCHITECTURE,
  type Architecture,
  type BiasPer,
  type NetworkNames,
} from './architecture';
import { withBiasPer } from './bias-per';
import { EngineError } from './errors';
import { LOSS_IDS, type LossId } from './losses';

export { BIAS_PER, type BiasPer } from './architecture';

/** Parameter values by id: i1, i2, t1, t2, w1…w8, b1, b2, lr for the article's network. */
export type Params = Readonly<Record<string, number>>;

export const BIAS_MODES = ['fixed', 'learned'] as const;
export type BiasMode = (typeof BIAS_MODES)[number];

/**
 * `original` is backpropagation as it should be: the hidden deltas use the output
 * weights before the update. `updated` is the ordering mistake behind the
 * article's after-training figures: w5…w8 are updated first and then used.
 */
export const HIDDEN_DELTA_MODES = ['original', 'updated'] as const;
export type HiddenDeltaMode = (typeof HIDDEN_DELTA_MODES)[number];

export interface Settings {
  readonly act_h: ActivationId;
  readonly act_o: ActivationId;
  readonly loss: LossId;
  readonly biases: BiasMode;
  readonly hidden_deltas: HiddenDeltaMode;
  /** one bias per non-input layer (the article's) or one per non-input neuron */
  readonly bias_per: BiasPer;
}
export type SettingKey = keyof Settings;

export const SETTING_CHOICES: { readonly [K in SettingKey]: readonly Settings[K][] } = {
  act_h: ACTIVATION_IDS,
  act_o: ACTIVATION_IDS,
  loss: LOSS_IDS,
  biases: BIAS_MODES,
  hidden_deltas: HIDDEN_DELTA_MODES,
  bias_per: BIAS_PER,
};
export const SETTING_KEYS = Object.keys(SETTING_CHOICES) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = {
  act_h: 'sigmoid',
  act_o: 'sigmoid',
  loss: 'mse',
  biases: 'fixed',
  hidden_deltas: 'original',
  bias_per: 'layer',
};

export interface Model {
  readonly sizes: Architecture;
  readonly params: Params;
  readonly settings: Settings;
}

/** The worked example's numbers (Mazur, "A Step by Step Backpropagation Example"). */
export const ARTICLE_PARAMS: Params = {
  i1: 0.05,
  i2: 0.1,
  t1: 0.01,
  t2: 0.99,
  w1: 0.15,
  w2: 0.2,
  w3: 0.25,
  w4: 0.3,
  w5: 0.4,
  w6: 0.45,
  w7: 0.5,
  w8: 0.55,
  b1: 0.35,
  b2: 0.6,
  lr: 0.5,
};

export const ARTICLE_MODEL: Model = {
  sizes: ARTICLE_ARCHITECTURE,
  params: ARTICLE_PARAMS,
  settings: DEFAULT_SETTINGS,
};

/** The names of a model's parts: its layer sizes, and its biases per layer or per neuron. */
export function modelNames(model: Model): NetworkNames {
  return networkNames(model.sizes, model.settings.bias_per);
}

export type ParamKind = 'input' | 'target' | 'weight' | 'bias' | 'lr';

/** Parameter ids in display order: inputs, targets, weights, biases, learning rate. */
export function paramIds(names: NetworkNames): string[] {
  return [
    ...names.inputs,
    ...names.targets,
    ...names.weights.map((w) => w.id),
    ...names.biasIds,
    'lr',
  ];
}

/** A neuron's own bias: b_h1, b_h2_1, b_o1 (only hidden and output neurons have one). */
const NEURON_BIAS = /^b_(?:h[1-9]\d*(?:_[1-9]\d*)?|o[1-9]\d*)$/;

export function paramKind(id: string): ParamKind | undefined {
  if (id === 'lr') return 'lr';
  if (NEURON_BIAS.test(id)) return 'bias';
  const match = /^([itwb])([1-9]\d*)$/.exec(id);
  if (!match) return undefined;
  return ({ i: 'input', t: 'target', w: 'weight', b: 'bias' } as const)[
    match[1] as 'i' | 't' | 'w' | 'b'
  ];
}

/**
 * Allowed ranges. Wide enough for every experiment worth making (weights of ±1e3
 * saturate any unit), narrow enough that no value overflows float64 on the way.
 */
export const PARAM_LIMITS: Readonly<Record<ParamKind, readonly [number, number]>> = {
  input: [-1e6, 1e6],
  target: [-1e6, 1e6],
  weight: [-1e6, 1e6],
  bias: [-1e6, 1e6],
  lr: [0, 1e3],
};

/**
 * Longer than any number worth typing (17 significant digits, a sign, a point, an
 * exponent, some spaces). Longer text is refused before the patterns below, which
 * would take time quadratic in its length: a pasted megabyte must not freeze the page.
 */
const MAX_NUMBER_LENGTH = 100;

/** The text as a refusal quotes it: short, so a huge paste does not become a huge message. */
export function quoted(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text;
}

/**
 * Reads a number as a person types it: surrounding spaces ignored, a decimal
 * comma accepted ("0,5"). Throws an EngineError naming `subject` otherwise.
 */
export function parseNumber(subject: string, text: string): number {
  if (text.length > MAX_NUMBER_LENGTH) {
    throw new EngineError(
      'not-a-number',
      subject,
      `${subject} must be a number; "${quoted(text)}" (${text.length} characters) is too long to be one.`,
    );
  }
  const trimmed = text.trim();
  // A comma before a digit is a decimal comma ("0,5", ",5", "1,5e3"); the pattern below then
  // refuses whatever else it was part of ("1,2,5", "0.1,5").
  const normalised = /,\d/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) {
    if (/^[+-]?(nan|infinity|inf)$/i.test(normalised)) {
      throw new EngineError(
        'not-finite',
        subject,
        `${subject} must be a finite number, not "${text}".`,
      );
    }
    throw new EngineError(
      'not-a-number',
      subject,
      `${subject} must be a number; "${quoted(text)}" is not one.`,
    );
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) {
    throw new EngineError(
      'not-finite',
      subject,
      `${subject} = ${quoted(text)} is too large to be a finite number.`,
    );
  }
  return value;
}

/** Throws unless `value` is an allowed value of parameter `id` in this network. */
export function checkParam(names: NetworkNames, id: string, value: unknown): number {
  if (!paramIds(names).includes(id)) {
    throw new EngineError('unknown-parameter', id, `${id} is not a parameter of this network.`);
  }
  if (typeof value !== 'number') {
    throw new EngineError('not-a-number', id, `${id} must be a number; got ${typeof value}.`);
  }
  if (!Number.isFinite(value)) {
    throw new EngineError('not-finite', id, `${id} must be a finite number, not ${String(value)}.`);
  }
  const [min, max] = PARAM_LIMITS[paramKind(id) ?? 'weight'];
  if (value < min || value > max) {
    throw new EngineError(
      'out-of-range',
      id,
      `${id} must lie between ${min} and ${max}; got ${value}.`,
    );
  }
  return value;
}

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as string[]).includes(key);
}

/** Throws unless `value` is one of the choices of setting `key`. */
export function checkSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const choices = SETTING_CHOICES[key] as readonly unknown[];
  if (!choices.includes(value)) {
    throw new EngineError(
      'unknown-setting',
      key,
      `${key} must be one of ${choices.join(', ')}; "${quoted(String(value))}" is not.`,
    );
  }
  return value as Settings[K];
}

/** Throws the first reason the settings cannot work with these parameters. */
export function checkCompatibility(names: NetworkNames, params: Params, settings: Settings): void {
  if (settings.loss !== 'ce') return;
  if (settings.act_o !== 'sigmoid') {
    throw new EngineError(
      'incompatible',
      'loss',
      `Cross-entropy needs outputs in (0, 1), which a sigmoid output gives; act_o = ${settings.act_o} does not.`,
    );
  }
  for (const t of names.targets) {
    const target = params[t] ?? NaN;
    if (!(target >= 0 && target <= 1)) {
      throw new EngineError(
        'incompatible',
        t,
        `With cross-entropy a target is a probability: ${t} must lie between 0 and 1; got ${target}.`,
      );
    }
  }
}

/** Checks the whole model; throws the first problem as an EngineError. */
export function checkModel(model: Model): void {
  // bias_per first: it decides the names of the biases.
  checkSetting('bias_per', model.settings.bias_per);
  const names = modelNames(model);
  for (const id of paramIds(names)) checkParam(names, id, model.params[id]);
  for (const key of SETTING_KEYS) checkSetting(key, model.settings[key]);
  checkCompatibility(names, model.params, model.settings);
}

/**
 * Default parameters for any architecture: the article's numbers for [2, 2, 2];
 * otherwise the article's pattern continued (weights 0.15, 0.20, … wrapping
 * below 1, biases 0.35, 0.60, …) so a grown network starts from familiar values.
 * With a bias per neuron, each neuron takes its layer's (b_h1 = b_h2 = 0.35).
 */
export function defaultParams(sizes: Architecture, biasPer: BiasPer = 'layer'): Params {
  const names = networkNames(sizes, biasPer);
  if (biasPer === 'neuron') return withBiasPer(defaultParams(sizes), sizes, 'layer', 'neuron');
  if (names.sizes.join() === ARTICLE_ARCHITECTURE.join()) return ARTICLE_PARAMS;
  const params: Record<string, number> = { lr: 0.5 };
  names.inputs.forEach((id, k) => (params[id] = round2(0.05 * (k + 1))));
  names.targets.forEach((id, k) => (params[id] = k % 2 === 0 ? 0.01 : 0.99));
  names.weights.forEach((w, k) => (params[w.id] = round2(0.15 + ((0.05 * k) % 0.8))));
  names.biasIds.forEach((id, k) => (params[id] = round2(0.35 + ((0.25 * k) % 0.6))));
  return params;
}

/** The model with biases per layer or per neuron (see withBiasPer for what the values do). */
export function switchBiasPer(model: Model, biasPer: BiasPer): Model {
  if (model.settings.bias_per === biasPer) return model;
  return {
    sizes: model.sizes,
    params: withBiasPer(model.params, model.sizes, model.settings.bias_per, biasPer),
    settings: { ...model.settings, bias_per: biasPer },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
