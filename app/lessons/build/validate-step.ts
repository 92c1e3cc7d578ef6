/**
 * Checks one step's metadata against the schema and the engine: the state must
 * be one the explorer accepts as it stands (no value falls back), and focus and
 * check quantities must be quantities of that state's network.
 */
import {
  formatLayers,
  networkNames,
  parseLayers,
  BIAS_PER,
  type Architecture,
  type BiasPer,
} from '../../engine/architecture';
import { ARTICLE_MODEL, checkModel, paramIds, SETTING_KEYS, type Model } from '../../engine/model';
import { LAYERS_KEY, modelFromQuery } from '../../engine/query';
import { computeTrace } from '../../engine/trace';
import { MAX_CITED_STEPS } from '../citation';
import { PANEL_IDS, type CheckSpec, type StepMeta, type WidgetSpec } from '../schema';
import {
  fieldName,
  readBoolean,
  readChoice,
  readList,
  readMapping,
  readNumber,
  readText,
  type FieldContext,
} from './fields';
import { shown, suggestion } from './problems';
import { checkDatasetWidget } from './validate-dataset-widget';
import { validateWidget, widgetQuantities } from './validate-widget';

export const STEP_FIELDS = [
  'id',
  'title',
  'state',
  'train',
  'focus',
  'panels',
  'reveal',
  'widget',
  'check',
  'notes',
] as const;
export const CHECK_FIELDS = ['quantity', 'prompt', 'tolerance', 'hints'] as const;
/** The keys a step's state may set on a network: layers, its parameters, the settings. */
const stateKeysOf = (sizes: Architecture, biasPer: BiasPer = 'layer'): readonly string[] => [
  LAYERS_KEY,
  ...paramIds(networkNames(sizes, biasPer)),
  ...SETTING_KEYS,
];
export const STATE_KEYS: readonly string[] = stateKeysOf(ARTICLE_MODEL.sizes);

/**
 * The keys of the network the state asks for: `layers` and `bias_per` decide
 * which parameters exist (w12 in a 2-3-2, b_h1 with a bias per neuron), so they
 * are read before the keys are judged. A bad value of either is reported with the
 * rest of the state; the article's network judges the other keys.
 */
function stateKeysFor(state: unknown): readonly string[] {
  const given = state as Record<string, unknown> | null;
  const layers = given?.[LAYERS_KEY];
  const biasPer = given?.bias_per;
  try {
    return stateKeysOf(
      typeof layers === 'string' ? parseLayers(layers) : ARTICLE_MODEL.sizes,
      BIAS_PER.find((mode) => mode === biasPer) ?? 'layer',
    );
  } catch {
    return STATE_KEYS;
  }
}

/** What a state key holds, for a value of the wrong type. */
function kindOf(key: string): string | undefined {
  if (key === LAYERS_KEY) return 'the network: write its layer sizes, such as 2-3-2';
  if ((SETTING_KEYS as readonly string[]).includes(key))
    return 'a setting: write one of its choices';
  return undefined;
}
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The trace ids of the article's network with its default settings, in trace order. */
export const ARTICLE_TRACE_IDS: readonly string[] = computeTrace(ARTICLE_MODEL).entries.map(
  (e) => e.id,
);

/**
 * The step's metadata, normalised (state values as the engine reads them), or
 * undefined when it is not a mapping. `seenIds` collects the lesson's step ids.
 */
export function validateStep(
  ctx: FieldContext,
  value: unknown,
  seenIds: Set<string>,
): StepMeta | undefined {
  const step = readMapping(ctx, [], value, 'a step', STEP_FIELDS, ['id']);
  if (!step) return undefined;
  const meta: { -readonly [K in keyof StepMeta]: StepMeta[K] } = { id: '' };
  if ('id' in step) {
    const id = readText(ctx, ['id'], step.id);
    if (id !== undefined && !KEBAB_CASE.test(id)) {
      ctx.problems.add(
        ctx.yaml.line(['id']),
        `id ${shown(id)} must be kebab-case: lower-case letters and digits joined by "-", such as "net-h1"`,
      );
    } else if (id !== undefined && seenIds.has(id)) {
      ctx.problems.add(
        ctx.yaml.line(['id']),
        `id "${id}" is used by an earlier step of this lesson; step ids must be unique`,
      );
    }
    if (id !== undefined) seenIds.add(id);
    meta.id = id ?? '';
  }
  if ('title' in step) {
    const title = readText(ctx, ['title'], step.title);
    if (title !== undefined) meta.title = title;
  }
  const model = 'state' in step ? readState(ctx, step.state) : ARTICLE_MODEL;
  if ('state' in step && model) meta.state = stateOf(model, step.state as Record<string, unknown>);
  if ('train' in step) {
    const steps = readNumber(ctx, ['train'], step.train, { positive: true, integer: true });
    if (steps !== undefined && steps > MAX_CITED_STEPS) {
      ctx.problems.add(ctx.yaml.line(['train']), `train is at most ${MAX_CITED_STEPS} steps`);
    } else if (steps !== undefined) meta.train = steps;
  }
  const traceIds = model ? traceIdsOf(ctx, model) : undefined;
  if ('focus' in step) {
    const focus = readText(ctx, ['focus'], step.focus);
    if (focus !== undefined && traceIds) {
      if (traceIds.includes(focus)) meta.focus = focus;
      else ctx.problems.add(ctx.yaml.line(['focus']), notAQuantity('focus', focus, traceIds));
    }
  }
  if ('panels' in step) {
    const panels = readList(ctx, ['panels'], step.panels, (path, item) =>
      readChoice(ctx, path, item, PANEL_IDS),
    );
    const repeated = panels?.find((panel, k) => panels.indexOf(panel) !== k);
    if (repeated) ctx.problems.add(ctx.yaml.line(['panels']), `panels lists "${repeated}" twice`);
    if (panels) meta.panels = panels;
  }
  if ('reveal' in step) {
    const reveal = readBoolean(ctx, ['reveal'], step.reveal);
    if (reveal !== undefined) meta.reveal = reveal;
  }
  let widget: WidgetSpec | undefined;
  if ('widget' in step) {
    widget = validateWidget(ctx, ['widget'], step.widget);
    if (widget?.type === 'dataset' && model) checkDatasetWidget(ctx, ['widget'], widget, model);
    if (widget) meta.widget = widget;
  }
  if ('check' in step) {
    // With a broken widget its quantities are unknown: its own problems are reported instead.
    const brokenWidget = 'widget' in step && !widget;
    const allowed =
      traceIds && !brokenWidget ? [...traceIds, ...widgetQuantities(widget)] : undefined;
    const check = readCheck(ctx, step.check, allowed, widget);
    if (check) meta.check = check;
  }
  if ('notes' in step) {
    const notes = readText(ctx, ['notes'], step.notes);
    if (notes !== undefined) meta.notes = notes;
  }
  return meta;
}

/** The model the step's state makes over the article's defaults; undefined if any value is refused. */
function readState(ctx: FieldContext, value: unknown): Model | undefined {
  const keys = stateKeysFor(value);
  const state = readMapping(ctx, ['state'], value, 'state', keys);
  if (!state) return undefined;
  const entries: [string, string][] = [];
  let typed = true;
  for (const [key, given] of Object.entries(state)) {
    if (!keys.includes(key)) typed = false;
    else if (kindOf(key) ? typeof given !== 'string' : typeof given !== 'number') {
      const kind = kindOf(key) ?? 'a parameter: write a number';
      ctx.problems.add(
        ctx.yaml.line(['state', key]),
        `state.${key} is ${kind}, not ${shown(given)}`,
      );
      typed = false;
    } else entries.push([key, String(given)]);
  }
  const { model, notices } = modelFromQuery(entries, ARTICLE_MODEL);
  for (const notice of notices) {
    // The explorer would fall back to a default here; a lesson must say exactly what it means.
    const reason = notice.message.replace(/\s*Using .* instead\.$/, '');
    ctx.problems.add(ctx.yaml.line(['state', notice.key]), `state.${notice.key}: ${reason}`);
  }
  if (!typed || notices.length > 0) return undefined;
  try {
    checkModel(model);
    return model;
  } catch (error) {
    ctx.problems.add(
      ctx.yaml.line(['state']),
      `state: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

/** The state as authored, with numbers and choices as the engine read them. */
function stateOf(model: Model, authored: Record<string, unknown>): Record<string, string | number> {
  const state: Record<string, string | number> = {};
  for (const key of Object.keys(authored)) {
    if (key === LAYERS_KEY) {
      state[key] = formatLayers(model.sizes);
      continue;
    }
    state[key] = (SETTING_KEYS as readonly string[]).includes(key)
      ? model.settings[key as (typeof SETTING_KEYS)[number]]
      : (model.params[key] ?? 0);
  }
  return state;
}

function traceIdsOf(ctx: FieldContext, model: Model): readonly string[] | undefined {
  if (model === ARTICLE_MODEL) return ARTICLE_TRACE_IDS;
  try {
    return computeTrace(model).entries.map((entry) => entry.id);
  } catch (error) {
    ctx.problems.add(
      ctx.yaml.line(['state']),
      `state: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

const notAQuantity = (field: string, id: string, known: readonly string[]) =>
  `${field} "${id}" is not a quantity of this network${suggestion(id, known)} (known: ${known.join(', ')})`;

function readCheck(
  ctx: FieldContext,
  value: unknown,
  allowed: readonly string[] | undefined,
  widget: WidgetSpec | undefined,
): CheckSpec | undefined {
  const check = readMapping(ctx, ['check'], value, 'check', CHECK_FIELDS, [
    'quantity',
    'prompt',
    'tolerance',
  ]);
  if (!check) return undefined;
  const quantity =
    'quantity' in check ? readText(ctx, ['check', 'quantity'], check.quantity) : undefined;
  if (quantity !== undefined && allowed && !allowed.includes(quantity)) {
    const field = fieldName(['check', 'quantity']);
    const own = widget ? ` or of its ${widget.type} widget` : '';
    ctx.problems.add(
      ctx.yaml.line(['check', 'quantity']),
      notAQuantity(field, quantity, allowed).replace('of this network', `of this network${own}`),
    );
  }
  const prompt = 'prompt' in check ? readText(ctx, ['check', 'prompt'], check.prompt) : undefined;
  const tolerance =
    'tolerance' in check
      ? readNumber(ctx, ['check', 'tolerance'], check.tolerance, { positive: true })
      : undefined;
  const hints =
    'hints' in check
      ? readList(ctx, ['check', 'hints'], check.hints, (path, item) => readText(ctx, path, item))
      : [];
  if (quantity === undefined || prompt === undefined || tolerance === undefined || !hints)
    return undefined;
  return { quantity, prompt, tolerance, hints };
}
