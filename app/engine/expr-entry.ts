/**
 * The structure's entries, each written out in full only where it is read: the
 * symbolic formula and the deps of an entry come from its template when first
 * asked for.
 */
import type { FormulaGraph } from './expr-graph';
import type { Compute, EntryShape, ExprEntryKind, ExprPhase } from './expr-structure';
import { fillTemplate, templateRefs } from './template';

/** What the structure knows of an entry when it makes it. */
export type Draft = Omit<EntryShape, 'formula' | 'deps'>;

/**
 * An entry whose symbolic formula and deps are read off its template when first
 * asked for: the step-through shows one step at a time and a drag none, while a
 * 200-node formula makes a thousand entries, and writing every formula out
 * eagerly was a third of the time it took to build them.
 */
export class LazyEntry implements EntryShape {
  // Declared, not class fields: those would each be defined as undefined before the constructor set it.
  declare readonly id: string;
  declare readonly phase: ExprPhase;
  declare readonly kind: ExprEntryKind;
  declare readonly node: string;
  declare readonly edge: string | null;
  declare readonly symbol: string;
  declare readonly template: string;
  declare readonly factors: readonly string[];
  declare readonly touches: readonly string[];
  declare readonly compute: Compute;
  /** its place among the entries, and how any mark is drawn: it draws only entries before it */
  readonly #position: number;
  readonly #draw: (id: string, before: number) => string;
  #formula: string | undefined;
  #deps: readonly string[] | undefined;

  constructor(draft: Draft, position: number, draw: (id: string, before: number) => string) {
    this.id = draft.id;
    this.phase = draft.phase;
    this.kind = draft.kind;
    this.node = draft.node;
    this.edge = draft.edge;
    this.symbol = draft.symbol;
    this.template = draft.template;
    this.factors = draft.factors;
    this.touches = draft.touches;
    this.compute = draft.compute;
    this.#position = position;
    this.#draw = draw;
  }

  get formula(): string {
    return (this.#formula ??= fillTemplate(this.template, (id) => this.#draw(id, this.#position)));
  }

  get deps(): readonly string[] {
    return (this.#deps ??= templateRefs(this.template));
  }
}

/**
 * How a mark is drawn in the symbolic formula of the entry at place `before`:
 * the symbol of an entry before it, else the node's. Entry ids are unique (they
 * key the trace's quantities), so one map of them, made when a formula is first
 * written out, serves every entry.
 */
export function symbolsBefore(
  graph: FormulaGraph,
  entries: readonly EntryShape[],
): (id: string, before: number) => string {
  let places: Map<string, number> | undefined;
  return (id, before) => {
    places ??= new Map(entries.map((entry, k) => [entry.id, k]));
    const at = places.get(id);
    return at === undefined || at >= before
      ? (graph.nodes.get(id)?.symbol ?? id)
      : entries[at]!.symbol;
  };
}
