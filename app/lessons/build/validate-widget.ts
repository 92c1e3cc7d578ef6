/** Checks a step's `widget` field against the widget kinds the player has. */
import {
  BPTT_DEFAULTS,
  bpttQuantityIds,
  checkSteps,
  INPUT_RANGE,
  WEIGHT_RANGE,
} from '../../engine/bptt';
import { EngineError } from '../../engine/errors';
import { checkLeaf } from '../../engine/expr-leaves';
import {
  EXPRESSION_GRAPHS,
  PLOT_ACTIVATIONS,
  WIDGET_QUANTITIES,
  type BpttWidgetSpec,
  type ExpressionGraphId,
  type WidgetSpec,
} from '../schema';
import { choices, shown } from './problems';
import {
  DATASET_OPTIONAL,
  datasetWidgetQuantities,
  readDatasetWidget,
} from './validate-dataset-widget';
import { readBoolean, readChoice, readMapping, readNumber, type FieldContext } from './fields';
import type { YamlPath } from './yaml-block';

export const WIDGET_TYPES = [
  'expression',
  'activation-plot',
  'matrices',
  'bptt',
  'dataset',
] as const;

/** The leaves of each expression graph, in the order the graph names them. */
export const EXPRESSION_LEAVES: Readonly<Record<ExpressionGraphId, readonly string[]>> = {
  'a+b': ['a', 'b'],
  'a*b': ['a', 'b'],
  '(x+y)*z': ['x', 'y', 'z'],
};

const FIELDS: Readonly<Record<(typeof WIDGET_TYPES)[number], readonly string[]>> = {
  expression: ['type', 'graph', 'values'],
  'activation-plot': ['type', 'activation', 'x'],
  matrices: ['type', 'layer'],
  bptt: ['type', 'T', 'w', 'x'],
  dataset: ['type', 'data', 'show'],
};

/** The bptt widget's optional fields, beside its required ones. */
const BPTT_OPTIONAL = ['u', 'b', 'h0', 'y', 'clip', 'truncate'] as const;

export function validateWidget(
  ctx: FieldContext,
  path: YamlPath,
  value: unknown,
): WidgetSpec | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('type' in value)) {
    ctx.problems.add(
      ctx.yaml.line(path),
      `widget must be a mapping with a type (${choices(WIDGET_TYPES)}) and that type's fields`,
    );
    return undefined;
  }
  const type = readChoice(ctx, [...path, 'type'], value.type, WIDGET_TYPES);
  if (!type) return undefined;
  const fields = FIELDS[type];
  const allowed =
    type === 'bptt'
      ? [...fields, ...BPTT_OPTIONAL]
      : type === 'dataset'
        ? [...fields, ...DATASET_OPTIONAL]
        : fields;
  const widget = readMapping(ctx, path, value, `a widget of type ${type}`, allowed, fields);
  /** Every key required, and none beyond those allowed (each reported already otherwise). */
  const complete = (
    map: Record<string, unknown>,
    keys: readonly string[],
    beyond: readonly string[] = keys,
  ) => keys.every((key) => key in map) && Object.keys(map).every((key) => beyond.includes(key));
  // Problems with the fields themselves are reported; reading on would only repeat them.
  if (!widget || !complete(widget, fields, allowed)) return undefined;
  switch (type) {
    case 'expression': {
      const graph = readChoice(ctx, [...path, 'graph'], widget.graph, EXPRESSION_GRAPHS);
      if (!graph) return undefined;
      const leaves = EXPRESSION_LEAVES[graph];
      const valuesPath = [...path, 'values'];
      const values = readMapping(
        ctx,
        valuesPath,
        widget.values,
        `the values of ${graph}`,
        leaves,
        leaves,
      );
      if (!values || !complete(values, leaves)) return undefined;
      const read: Record<string, number> = {};
      for (const leaf of leaves) {
        const number = readNumber(ctx, [...valuesPath, leaf], values[leaf]);
        if (number === undefined) return undefined;
        read[leaf] = number;
      }
      return { type, graph, values: read };
    }
    case 'activation-plot': {
      const activation = readChoice(
        ctx,
        [...path, 'activation'],
        widget.activation,
        PLOT_ACTIVATIONS,
      );
      const x = readNumber(ctx, [...path, 'x'], widget.x);
      return activation && x !== undefined ? { type, activation, x } : undefined;
    }
    case 'matrices': {
      const layer = widget.layer;
      if (layer === 1 || layer === 2) return { type, layer };
      ctx.problems.add(
        ctx.yaml.line([...path, 'layer']),
        `widget.layer must be 1 (the hidden layer) or 2 (the output layer), not ${shown(layer)}`,
      );
      return undefined;
    }
    case 'bptt':
      return readBptt(ctx, path, widget);
    case 'dataset':
      return readDatasetWidget(ctx, path, widget);
  }
}

/** The unit's numbers, each within what the widget's controls and the engine take. */
function readBptt(
  ctx: FieldContext,
  path: YamlPath,
  widget: Record<string, unknown>,
): BpttWidgetSpec | undefined {
  const problem = (field: string, message: string) => {
    ctx.problems.add(ctx.yaml.line([...path, field]), `widget.${field} ${message}`);
    return undefined;
  };
  const T = readNumber(ctx, [...path, 'T'], widget.T, { integer: true });
  if (T === undefined) return undefined;
  try {
    checkSteps(T);
  } catch (error) {
    if (error instanceof EngineError) return problem('T', `is ${T}: ${error.message}`);
    throw error;
  }
  const numbers: Record<string, number> = { ...BPTT_DEFAULTS };
  for (const field of ['w', 'x', 'u', 'b', 'h0', 'y'] as const) {
    if (!(field in widget)) continue;
    const number = readNumber(ctx, [...path, field], widget[field]);
    if (number === undefined) return undefined;
    const range = field === 'w' ? WEIGHT_RANGE : field === 'x' ? INPUT_RANGE : null;
    if (range && (number < range[0] || number > range[1])) {
      return problem(
        field,
        `must lie between ${range[0]} and ${range[1]} (its slider's range), not ${number}`,
      );
    }
    try {
      numbers[field] = checkLeaf(field, number);
    } catch (error) {
      if (error instanceof EngineError) return problem(field, error.message);
      throw error;
    }
  }
  const flags: Record<string, boolean> = { clip: false, truncate: false };
  for (const field of ['clip', 'truncate'] as const) {
    if (!(field in widget)) continue;
    const flag = readBoolean(ctx, [...path, field], widget[field]);
    if (flag === undefined) return undefined;
    flags[field] = flag;
  }
  return {
    type: 'bptt',
    T,
    w: numbers.w!,
    x: numbers.x!,
    u: numbers.u!,
    b: numbers.b!,
    h0: numbers.h0!,
    y: numbers.y!,
    clip: flags.clip!,
    truncate: flags.truncate!,
  };
}

/** The quantities a check on a step with this widget may ask for, besides the trace's. */
export function widgetQuantities(widget: WidgetSpec | undefined): readonly string[] {
  if (widget?.type === 'expression') return WIDGET_QUANTITIES.expression[widget.graph];
  if (widget?.type === 'activation-plot') return WIDGET_QUANTITIES['activation-plot'];
  if (widget?.type === 'bptt') return bpttQuantityIds(widget.T);
  if (widget?.type === 'dataset') return datasetWidgetQuantities(widget);
  return [];
}
