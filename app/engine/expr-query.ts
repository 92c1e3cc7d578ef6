/**
 * The playground's part of the query contract (see README, "The playground"):
 * ?view=playground&f=(x%2By)*z&x=-2&y=5&z=-4&step=df_dx. The formula is `f`;
 * each leaf's value is a parameter named after the leaf, so a leaf may not be
 * called like one of the page's own parameters. Reading never fails: a refused
 * value falls back, and a notice says which and why.
 */
import { EngineError } from './errors';
import { formulaGraph, type FormulaGraph } from './expr-graph';
import { checkLeaf } from './expr-leaves';
import { FormulaError } from './expr-parse';
import { DEFAULT_PRESET, PRESETS } from './expr-presets';
import { parseNumber } from './model';
import type { Notice } from './query';

/** The page's own parameters (the app's, the playground's and the embed's): no leaf may take these names. */
export const PAGE_PARAMETERS: readonly string[] = [
  'view',
  'f',
  'step',
  'mode',
  'seed',
  'present',
  'digits',
  'notation',
  'lesson',
  'lstep',
  'practice',
  'answers',
  'panels',
  'controls',
  'edit',
  'theme',
  'label',
  'parentOrigin',
];

export const DIFF_MODES = ['reverse', 'forward'] as const;
export type DiffMode = (typeof DIFF_MODES)[number];

/** The values new leaves start at, in the order they appear: distinct, so gradients differ. */
const STARTING_VALUES = [2, -1, 3, 0.5, -2, 1.5];

/** The graph of a formula whose leaves can all be carried in the address; a FormulaError otherwise. */
export function playgroundGraph(formula: string): FormulaGraph {
  const graph = formulaGraph(formula);
  const clash = graph.leaves.find((leaf) => PAGE_PARAMETERS.includes(leaf));
  if (clash !== undefined) {
    const at = graph.nodes.get(clash)!.at;
    throw new FormulaError(
      'bad-formula',
      `'${clash}' at ${at + 1} is one of the page's own parameters (${PAGE_PARAMETERS.join(', ')}), so it cannot name a variable; call it something else`,
      at + 1,
    );
  }
  return graph;
}

/**
 * A value for every leaf: the one known for that name (the leaf kept its name
 * while the formula changed), else a preset's, else the next starting value.
 */
export function startingLeaves(
  graph: FormulaGraph,
  known: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const preset = PRESETS.find((p) => p.formula === graph.formula);
  const leaves: Record<string, number> = {};
  let next = 0;
  for (const leaf of graph.leaves) {
    leaves[leaf] =
      known[leaf] ?? preset?.leaves[leaf] ?? STARTING_VALUES[next++ % STARTING_VALUES.length]!;
  }
  return leaves;
}

export interface PlaygroundRequest {
  readonly graph: FormulaGraph;
  readonly leaves: Readonly<Record<string, number>>;
  /** as given; whether it names a step is known once the trace is computed */
  readonly step: string | null;
  readonly mode: DiffMode;
  /** forward mode's seeded leaf */
  readonly seed: string | null;
  readonly notices: readonly Notice[];
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The playground's state from the query's entries (the last of a repeated name counts). */
export function readPlaygroundQuery(
  entries: Iterable<readonly [string, string]>,
): PlaygroundRequest {
  const given = new Map<string, string>();
  for (const [key, value] of entries) given.set(key, value);
  const notices: Notice[] = [];
  const fallback = DEFAULT_PRESET;
  let graph = playgroundGraph(fallback.formula);
  const formula = given.get('f');
  let refused = false;
  if (formula !== undefined) {
    try {
      graph = playgroundGraph(formula);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      refused = true;
      notices.push({
        key: 'f',
        given: shorten(formula),
        message: `${error.message}; showing ${fallback.formula} instead.`,
      });
    }
  }
  const defaults = startingLeaves(graph);
  const leaves: Record<string, number> = { ...defaults };
  for (const [key, text] of given) {
    if (PAGE_PARAMETERS.includes(key)) continue;
    if (!graph.leaves.includes(key)) {
      // Values for a refused formula's leaves are not news: the formula's notice says enough.
      if (refused) continue;
      notices.push({
        key,
        given: shorten(text),
        message: `${key} is not a leaf of ${graph.formula} (its leaves are ${graph.leaves.join(', ')}); ignored.`,
      });
      continue;
    }
    try {
      leaves[key] = checkLeaf(key, parseNumber(key, text));
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      notices.push({
        key,
        given: shorten(text),
        message: `${error.message} Using ${key} = ${defaults[key]} instead.`,
      });
    }
  }
  const modeText = given.get('mode');
  let mode: DiffMode = 'reverse';
  if (modeText !== undefined) {
    if ((DIFF_MODES as readonly string[]).includes(modeText)) mode = modeText as DiffMode;
    else {
      notices.push({
        key: 'mode',
        given: shorten(modeText),
        message: 'mode must be reverse or forward; using reverse instead.',
      });
    }
  }
  const seedText = given.get('seed');
  let seed: string | null = null;
  if (seedText !== undefined) {
    if (graph.leaves.includes(seedText)) seed = seedText;
    else {
      notices.push({
        key: 'seed',
        given: shorten(seedText),
        message: `seed must be a leaf of ${graph.formula} (${graph.leaves.join(', ')}); seeding ${graph.leaves[0]} instead.`,
      });
    }
  }
  return { graph, leaves, step: given.get('step') ?? null, mode, seed, notices };
}

export interface PlaygroundLink {
  readonly formula: string;
  readonly leaves: Readonly<Record<string, number>>;
  readonly step: string | null;
  readonly mode: DiffMode;
  readonly seed: string | null;
}

/** The query entries for a playground state, in a stable order: f, the leaves, then the rest. */
export function playgroundEntries(link: PlaygroundLink): [string, string][] {
  const entries: [string, string][] = [['f', link.formula]];
  for (const [leaf, value] of Object.entries(link.leaves)) entries.push([leaf, String(value)]);
  if (link.mode !== 'reverse') entries.push(['mode', link.mode]);
  if (link.mode === 'forward' && link.seed !== null) entries.push(['seed', link.seed]);
  if (link.step !== null) entries.push(['step', link.step]);
  return entries;
}
