/**
 * The query contract: parameters and settings by name (?w5=0.3&act_h=tanh&loss=ce
 * &biases=learned&hidden_deltas=updated). Shared by the pages' URLs, the CLI's
 * name=value arguments and the embed's setParams message. A bad value never
 * stops the page: it falls back to the default and a notice says which and why.
 */
import { networkNames } from './architecture';
import { EngineError } from './errors';
import {
  checkCompatibility,
  checkParam,
  checkSetting,
  defaultParams,
  DEFAULT_SETTINGS,
  isSettingKey,
  paramIds,
  parseNumber,
  type Model,
  type SettingKey,
  type Settings,
} from './model';

export interface Notice {
  /** the parameter or setting refused */
  readonly key: string;
  /** what was given, as text (shortened when long) */
  readonly given: string;
  readonly message: string;
}

export interface ModelFromQuery {
  readonly model: Model;
  readonly notices: readonly Notice[];
  /** entries that are not parameters or settings (view, step, …), left to their readers */
  readonly rest: ReadonlyMap<string, string>;
}

const MAX_SHOWN = 40;
const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/**
 * Reads parameters and settings from name/value pairs over a base model. For a
 * repeated name the last value wins. Every refusal becomes a notice and leaves
 * the base value in force.
 */
export function modelFromQuery(
  entries: Iterable<readonly [string, string]>,
  base: Model = { sizes: [2, 2, 2], params: defaultParams([2, 2, 2]), settings: DEFAULT_SETTINGS },
): ModelFromQuery {
  const names = networkNames(base.sizes);
  const known = new Set(paramIds(names));
  const params: Record<string, number> = { ...base.params };
  const settings: Record<SettingKey, string> = { ...base.settings };
  const notices: Notice[] = [];
  const rest = new Map<string, string>();
  const given = new Map<string, string>();
  for (const [key, value] of entries) {
    if (known.has(key) || isSettingKey(key)) given.set(key, value);
    else rest.set(key, value);
  }
  const fallBack = (key: string, text: string, error: EngineError) => {
    const fallback = isSettingKey(key) ? base.settings[key] : base.params[key];
    if (isSettingKey(key)) settings[key] = base.settings[key];
    else params[key] = base.params[key] ?? 0;
    notices.push({
      key,
      given: shorten(text),
      message: `${error.message} Using ${key} = ${String(fallback)} instead.`,
    });
  };
  for (const [key, text] of given) {
    try {
      if (isSettingKey(key)) settings[key] = checkSetting(key, text.trim());
      else params[key] = checkParam(names, key, parseNumber(key, text));
    } catch (error) {
      // parseNumber, checkParam and checkSetting refuse only with EngineErrors.
      fallBack(key, text, error as EngineError);
    }
  }
  // Values that cannot work together (cross-entropy with a linear output): a value the query
  // gave falls back — the one named at fault if the query gave it, else the query's own
  // part of the clash (the base alone is valid). Each round restores one given value, so this ends.
  const clashing = ['loss', 'act_o', ...names.targets];
  for (;;) {
    try {
      checkCompatibility(names, params, settings as unknown as Settings);
      break;
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      const key = given.has(error.subject) ? error.subject : clashing.find((k) => given.has(k));
      if (key === undefined) throw error;
      fallBack(key, given.get(key)!, error);
      given.delete(key);
    }
  }
  return {
    model: { sizes: base.sizes, params, settings: settings as unknown as Settings },
    notices,
    rest,
  };
}

/**
 * The query entries that describe a model, only those that differ from the
 * article's defaults, in a stable order (for links that stay short).
 */
export function modelToQuery(model: Model): [string, string][] {
  const names = networkNames(model.sizes);
  const defaults = defaultParams(model.sizes);
  const entries: [string, string][] = [];
  for (const id of paramIds(names)) {
    const value = model.params[id];
    if (value !== undefined && value !== defaults[id]) entries.push([id, String(value)]);
  }
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    if (model.settings[key] !== DEFAULT_SETTINGS[key]) entries.push([key, model.settings[key]]);
  }
  return entries;
}
