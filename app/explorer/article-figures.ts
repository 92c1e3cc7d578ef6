/**
 * Why the article's after-training figures differ from ours: the figures of
 * three runs from the article's values, computed by the engine, beside the
 * ones the article printed.
 */
import { ARTICLE_MODEL, type Model } from '../engine/model';
import { train } from '../engine/train';
import { printed } from '../reference/reference';

/** The steps the article trains for. */
export const ARTICLE_STEPS = 10_000;

export type FigureKey = 'E_total' | 'out_o1' | 'out_o2';
export const FIGURE_KEYS: readonly FigureKey[] = ['E_total', 'out_o1', 'out_o2'];

/**
 * Quotations, not results: the three figures the article prints after 10,000
 * updates, as printed (their digits also tell how far to round ours to compare).
 */
export const ARTICLE_PRINTED: Readonly<Record<FigureKey, string>> = {
  E_total: printed('E_total_after_10000_updates'),
  out_o1: printed('out_o1_after_10000_updates'),
  out_o2: printed('out_o2_after_10000_updates'),
};

export type Figures = Readonly<Record<FigureKey, number>>;

export interface ArticleRuns {
  /** the method the article describes, 10,000 updates */
  readonly correct: Figures;
  /** hidden deltas computed with the already-updated w5…w8, 10,000 updates */
  readonly mistaken: Figures;
  /** the method the article describes, one update short */
  readonly correctShort: Figures;
}

/** The article's model, with its hidden deltas computed one way or the other. */
export function articleModel(hiddenDeltas: Model['settings']['hidden_deltas']): Model {
  return { ...ARTICLE_MODEL, settings: { ...ARTICLE_MODEL.settings, hidden_deltas: hiddenDeltas } };
}

function figuresAfter(model: Model, steps: number): Figures {
  const run = train(model, steps);
  return {
    E_total: run.losses[steps - 1] ?? NaN,
    out_o1: run.outputs.o1 ?? NaN,
    out_o2: run.outputs.o2 ?? NaN,
  };
}

/** Three training runs from the article's values (~15 ms: compute once, off the first paint). */
export function articleRuns(): ArticleRuns {
  return {
    correct: figuresAfter(articleModel('original'), ARTICLE_STEPS),
    mistaken: figuresAfter(articleModel('updated'), ARTICLE_STEPS),
    correctShort: figuresAfter(articleModel('original'), ARTICLE_STEPS - 1),
  };
}

/** A value rounded to as many decimals as a printed figure shows: how to compare with it. */
export function asPrinted(value: number, printed: string): string {
  const decimals = printed.split('.')[1]?.length ?? 0;
  return value.toFixed(decimals);
}

/** Whether a computed value, rounded as the article rounds, is what the article printed. */
export const matchesPrinted = (value: number, key: FigureKey) =>
  asPrinted(value, ARTICLE_PRINTED[key]) === ARTICLE_PRINTED[key];
