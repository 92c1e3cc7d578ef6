/**
 * The reference figures of the worked example (M. Mazur, "A Step by Step
 * Backpropagation Example", 2015), read from mazur-2-2-2.json beside this file:
 *
 * - `weightEdges`: the neurons each weight connects, as the article's figure draws them;
 * - `published`: the figures as the article prints them;
 * - `exact`: the same quantities in float64, computed independently of this
 *   engine with the method the article describes;
 * - `publishedExplained`: where the article's three after-training figures come
 *   from (hidden deltas computed with the already-updated w5…w8, and the correct
 *   method's error after 9,999 updates rather than 10,000).
 *
 * The app quotes the printed figures from here and every test compares against
 * it, so no test keeps a copy of its own. Keys are the trace's ids where the
 * trace has the quantity; the rest are named in the file (`…_after_10000_updates`,
 * `…_not_applied` for gradients of biases the article keeps fixed).
 */
import reference from './mazur-2-2-2.json' with { type: 'json' };

type Figures = Readonly<Record<string, number>>;

export interface Reference {
  /** the article's explanation of the file, and of where the article is off */
  readonly about: string;
  /** the article's inputs, weights, biases, targets and learning rate */
  readonly params: Figures;
  /** w5 → { from: 'h1', to: 'o1' }: the article's figure of the network */
  readonly weightEdges: Readonly<Record<string, { readonly from: string; readonly to: string }>>;
  readonly published: Figures;
  readonly exact: Figures;
  readonly publishedExplained: {
    readonly hiddenDeltasWithUpdatedOutputWeights: Figures;
    readonly correctMethodAfter9999Updates: Figures;
  };
}

export const REFERENCE: Reference = {
  about: reference.about,
  params: reference.params,
  weightEdges: reference.weight_edges,
  published: reference.published,
  exact: reference.exact,
  publishedExplained: {
    hiddenDeltasWithUpdatedOutputWeights:
      reference.published_explained.hidden_deltas_with_updated_output_weights,
    correctMethodAfter9999Updates: reference.published_explained.correct_method_after_9999_updates,
  },
};

/** A figure of a table, or an error naming the key the file lacks. */
export function figure(table: Figures, key: string): number {
  const value = table[key];
  if (value === undefined) throw new Error(`the reference has no figure ${key}`);
  return value;
}

/**
 * A published figure as the article prints it. The file keeps the printed
 * decimals as JSON numbers, and JavaScript writes each of them back with the
 * same digits (0.75136507, 0.0000351085): none was printed with a trailing zero.
 */
export function printed(key: string, table: Figures = REFERENCE.published): string {
  return String(figure(table, key));
}
