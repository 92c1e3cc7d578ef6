/**
 * The query contract: the architecture, parameters and settings by name
 * (?layers=2-3-2&w7=0.3&act_h=tanh&loss=ce&biases=learned&hidden_deltas=updated).
 * Shared by the pages' URLs, the CLI's name=value arguments, the embed's
 * setParams message and lesson steps. `layers` is read first, since it says which
 * parameters exist (w1…w12 for 2-3-2). A bad value never stops the page: it falls
 * back to the default and a notice says which and why. The CLI reads the same
 * contract strictly: the first bad value is thrown instead.
 */
import { ARTICLE_ARCHITECTURE, formatLayers, parseLayers, type Architecture } from './architecture';
import { EngineError } from './errors';
import {
  checkCompatibility,
  checkParam,
  checkSetting,
  defaultParams,
  DEFAULT_SETTINGS,
  isSettingKey,
  paramIds,
  modelNames,
  paramKind,
  parseNumber,
  switchBiasPer,
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

export interface QueryReading {
  /** throw the first refusal (an EngineError) instead of falling back with a notice */
  readonly strict?: boolean;
}

export interface ModelFromQuery {
  readonly model: Model;
  readonly notices: readonly Notice[];
  /** entries that are not parameters or settings (view, step, …), left to their readers */
  readonly rest: ReadonlyMap<string, string>;
}

/** The query's name for the architecture: layer sizes from the inputs to the outputs. */
export const LAYERS_KEY = 'layers';

const MAX_SHOWN = 40;
const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/**
 * The base a query's `layers` asks for: the base itself when it names the same
 * network (or none), otherwise that network with the article's pattern of values
 * (the base's weights belong to other connections), the base's learning rate and
 * settings. A refused `layers` leaves the base's network, with a notice.
 */
function architectureBase(
  base: Model,
  text: string | undefined,
  notices: Notice[],
  strict: boolean,
): Model {
  if (text === undefined) return base;
  let sizes: Architecture;
  try {
    sizes = parseLayers(text);
  } catch (error) {
    if (strict) throw error;
    // parseLayers refuses only with EngineErrors.
    notices.push({
      key: LAYERS_KEY,
      given: shorten(text),
      message: `${(error as EngineError).message} Using ${LAYERS_KEY} = ${formatLayers(base.sizes)} instead.`,
    });
    return base;
  }
  if (formatLayers(sizes) === formatLayers(base.sizes)) return base;
  const defaults = defaultParams(sizes, base.settings.bias_per);
  const params = { ...defaults, lr: base.params.lr ?? defaults.lr! };
  return { sizes, params, settings: base.settings };
}

/**
 * The start with its biases as a valid `bias_per` in the query asks (b1 becomes
 * b_h1 and b_h2, values kept: see switchBiasPer), so that the query's own bias
 * names read. An invalid one is left to the reading of the settings, which says so.
 */
function biasBase(start: Model, text: string | undefined, strict: boolean): Model {
  if (text === undefined) return start;
  try {
    return switchBiasPer(start, checkSetting('bias_per', text.trim()));
  } catch (error) {
    if (strict) throw error;
    return start;
  }
}

/**
 * Reads the architecture, parameters and settings from name/value pairs over a
 * base model. `layers` is read first: it decides which parameters the rest may
 * name. For a repeated name the last value wins. Every refusal becomes a notice
 * and leaves the base value in force (after a change of network, the new
 * network's value: see architectureBase) — or, read strictly, is thrown.
 */
export function modelFromQuery(
  entries: Iterable<readonly [string, string]>,
  base: Model = {
    sizes: ARTICLE_ARCHITECTURE,
    params: defaultParams(ARTICLE_ARCHITECTURE),
    settings: DEFAULT_SETTINGS,
  },
  { strict = false }: QueryReading = {},
): ModelFromQuery {
  const list = [...entries];
  const notices: Notice[] = [];
  const layers = list.filter(([key]) => key === LAYERS_KEY).at(-1)?.[1];
  const biasPer = list.filter(([key]) => key === 'bias_per').at(-1)?.[1];
  const start = biasBase(architectureBase(base, layers, notices, strict), biasPer, strict);
  const names = modelNames(start);
  const known = new Set(paramIds(names));
  const params: Record<string, number> = { ...start.params };
  const settings: Record<SettingKey, string> = { ...start.settings };
  const rest = new Map<string, string>();
  const given = new Map<string, string>();
  for (const [key, value] of list) {
    if (key === LAYERS_KEY) continue;
    if (known.has(key) || isSettingKey(key)) given.set(key, value);
    else rest.set(key, value);
  }
  const fallBack = (key: string, text: string, error: EngineError) => {
    if (strict) throw error;
    const fallback = isSettingKey(key) ? start.settings[key] : start.params[key];
    if (isSettingKey(key)) settings[key] = start.settings[key];
    else params[key] = start.params[key] ?? 0;
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
  // part of the clash (the start alone is valid). Each round restores one given value, so this ends.
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
    model: { sizes: start.sizes, params, settings: settings as unknown as Settings },
    notices,
    rest,
  };
}

/**
 * Notices for the entries left over that name a parameter of some network but
 * not of this one (w9 of a 2-2-2): a page would otherwise ignore them silently.
 */
export function strayParameterNotices(rest: ReadonlyMap<string, string>, model: Model): Notice[] {
  const network = `the ${formatLayers(model.sizes)} network${model.settings.bias_per === 'neuron' ? ' with a bias per neuron' : ''}`;
  return [...rest]
    .filter(([key]) => paramKind(key) !== undefined)
    .map(([key, value]) => ({
      key,
      given: shorten(value),
      message: `${key} is not a parameter of ${network}, so it is ignored.`,
    }));
}

/** A number as the query writes it: String's shortest exact form, and −0 kept as "-0" (String drops its sign). */
const numberText = (value: number) => (Object.is(value, -0) ? '-0' : String(value));

/**
 * The query entries that describe a model, only those that differ from the
 * defaults, in a stable order (for links that stay short): `layers` first when the
 * network is not the article's, then the parameters that differ from the
 * article's pattern for that network, then the settings.
 */
export function modelToQuery(model: Model): [string, string][] {
  const names = modelNames(model);
  const defaults = defaultParams(model.sizes, model.settings.bias_per);
  const entries: [string, string][] = [];
  if (formatLayers(model.sizes) !== formatLayers(ARTICLE_ARCHITECTURE)) {
    entries.push([LAYERS_KEY, formatLayers(model.sizes)]);
  }
  for (const id of paramIds(names)) {
    const value = model.params[id];
    if (value !== undefined && value !== defaults[id]) entries.push([id, numberText(value)]);
  }
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    if (model.settings[key] !== DEFAULT_SETTINGS[key]) entries.push([key, model.settings[key]]);
  }
  return entries;
}
