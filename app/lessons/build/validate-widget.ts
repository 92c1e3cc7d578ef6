/** Checks a step's `widget` field against the widget kinds the player has. */
import {
  EXPRESSION_GRAPHS,
  PLOT_ACTIVATIONS,
  WIDGET_QUANTITIES,
  type ExpressionGraphId,
  type WidgetSpec,
} from '../schema';
import { choices, shown } from './problems';
import { readChoice, readMapping, readNumber, type FieldContext } from './fields';
import type { YamlPath } from './yaml-block';

export const WIDGET_TYPES = ['expression', 'activation-plot', 'matrices'] as const;

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
};

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
  const widget = readMapping(ctx, path, value, `a widget of type ${type}`, fields, fields);
  const complete = (map: Record<string, unknown>, keys: readonly string[]) =>
    Object.keys(map).length === keys.length && keys.every((key) => key in map);
  // Problems with the fields themselves are reported; reading on would only repeat them.
  if (!widget || !complete(widget, fields)) return undefined;
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
  }
}

/** The quantities a check on a step with this widget may ask for, besides the trace's. */
export function widgetQuantities(widget: WidgetSpec | undefined): readonly string[] {
  if (widget?.type === 'expression') return WIDGET_QUANTITIES.expression[widget.graph];
  if (widget?.type === 'activation-plot') return WIDGET_QUANTITIES['activation-plot'];
  return [];
}
