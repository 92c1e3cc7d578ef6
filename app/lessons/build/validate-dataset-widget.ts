/**
 * The dataset widget's fields: a named set, what to show, and the field that view
 * needs (the parameter whose gradients it lists, or the epochs it trains); and,
 * against the step's network, that the set fits it and the parameter is its own.
 */
import { NAMED_SETS, readDataset } from '../../engine/dataset';
import { EngineError } from '../../engine/errors';
import type { Model } from '../../engine/model';
import { DATASET_VIEWS, datasetGradientIds, type DatasetWidgetSpec } from '../schema';
import { readChoice, readNumber, readText, type FieldContext } from './fields';
import { shown } from './problems';
import type { YamlPath } from './yaml-block';

export const DATASET_OPTIONAL = ['param', 'epochs'] as const;

/** Training in a widget runs on the page at once: a few thousand epochs of a small set. */
export const MAX_WIDGET_EPOCHS = 5000;

const WEIGHT_OR_BIAS = /^(w\d+|b\d+|b_[a-z0-9_]+)$/;

export function readDatasetWidget(
  ctx: FieldContext,
  path: YamlPath,
  widget: Record<string, unknown>,
): DatasetWidgetSpec | undefined {
  const problem = (field: string, message: string) => {
    ctx.problems.add(ctx.yaml.line([...path, field]), `widget.${field} ${message}`);
    return undefined;
  };
  const data = readChoice(ctx, [...path, 'data'], widget.data, NAMED_SETS);
  const show = readChoice(ctx, [...path, 'show'], widget.show, DATASET_VIEWS);
  if (!data || !show) return undefined;
  if (show === 'gradients') {
    if ('epochs' in widget) return problem('epochs', 'is for show: plane or batches');
    if (!('param' in widget)) return problem('show', 'gradients needs a param (w5, b1 …)');
    const param = readText(ctx, [...path, 'param'], widget.param);
    if (param === undefined) return undefined;
    if (!WEIGHT_OR_BIAS.test(param)) {
      return problem('param', `${shown(param)} is not a weight or a bias (w5, b1, b_h1 …)`);
    }
    return { type: 'dataset', data, show, param };
  }
  if ('param' in widget) return problem('param', 'is for show: gradients');
  if (!('epochs' in widget)) return problem('show', `${show} needs epochs (how many to train)`);
  const epochs = readNumber(ctx, [...path, 'epochs'], widget.epochs, {
    positive: true,
    integer: true,
  });
  if (epochs === undefined) return undefined;
  if (epochs > MAX_WIDGET_EPOCHS) {
    return problem('epochs', `is at most ${MAX_WIDGET_EPOCHS}, not ${epochs}`);
  }
  return { type: 'dataset', data, show, epochs };
}

/** The quantities of a gradients view: each example's ∂E/∂p, the batch's mean, p after one update. */
export function datasetWidgetQuantities(spec: DatasetWidgetSpec): readonly string[] {
  if (spec.show !== 'gradients' || spec.param === undefined) return [];
  const count = readDataset(spec.data, [2, 2, 1]).examples.length;
  return datasetGradientIds(spec.param, count);
}

/** Problems of the widget on the step's network: a set that does not fit it, a parameter it lacks. */
export function checkDatasetWidget(
  ctx: FieldContext,
  path: YamlPath,
  spec: DatasetWidgetSpec,
  model: Model,
): void {
  try {
    readDataset(spec.data, model.sizes);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    ctx.problems.add(ctx.yaml.line([...path, 'data']), `widget.data: ${error.message}`);
  }
  if (spec.param !== undefined && !(spec.param in model.params)) {
    ctx.problems.add(
      ctx.yaml.line([...path, 'param']),
      `widget.param "${spec.param}" is not a parameter of this step's network`,
    );
  }
}
