/**
 * What the formula panel draws, reduced to its structure: the current entry's
 * id, TeX and the symbols of what it uses, without the numbers. The panel
 * re-renders (and KaTeX runs) only when this changes: on a step, a notation or a
 * setting, never when a value moves.
 */
import { formatDisplayNumber } from '../engine/format';
import type { Settings } from '../engine/model';
import { NOTATIONS, type NotationId } from '../engine/notation';
import type { TraceEntry } from '../engine/trace';
import type { AppState } from '../store/app-store';
import { isConcealed } from '../store/live-values';
import { stepIndex } from '../store/step-slice';
import { texToText } from '../formulas/tex-text';
import { weightEdgeName } from '../formulas/weight-edge-name';

export interface FormulaPart {
  readonly id: string;
  readonly kind: 'quantity' | 'param';
  /** TeX */
  readonly symbol: string;
  /** graph elements a hover lights */
  readonly touches: readonly string[];
  /** a weight's edge outside the article's network, 'h1→o1' (weight-edge-name.ts); else '' */
  readonly edge: string;
}

export interface FormulaStructure {
  readonly key: string;
  /** the entry as it was when the structure was taken: read its TeX and ids, not its value */
  readonly entry: TraceEntry;
  readonly notation: NotationId;
  readonly settings: Settings;
  /** every quantity or parameter the formula uses, in order */
  readonly parts: readonly FormulaPart[];
}

type StructureState = Pick<AppState, 'trace' | 'step' | 'notation' | 'model'>;

/** Equal for two states exactly when the panel would draw the same formula. */
export function structureKey(state: StructureState): string {
  const entry = state.trace.entries[stepIndex(state)];
  if (!entry) return '';
  const settings = Object.values(state.model.settings).join();
  return [entry.id, state.notation, settings, entry.symbol, entry.template, entry.formula].join(
    '\u0000',
  );
}

export function formulaStructure(state: StructureState): FormulaStructure | null {
  const entry = state.trace.entries[stepIndex(state)];
  if (!entry) return null;
  const notation = NOTATIONS[state.notation];
  const byId = new Map(state.trace.entries.map((e) => [e.id, e]));
  const parts = entry.deps.map((id): FormulaPart => {
    const quantity = byId.get(id);
    return quantity
      ? { id, kind: 'quantity', symbol: quantity.symbol, touches: quantity.touches, edge: '' }
      : {
          id,
          kind: 'param',
          symbol: notation.param(id),
          touches: id === 'lr' ? [] : [id],
          edge: weightEdgeName(state.trace.names, id),
        };
  });
  return {
    key: structureKey(state),
    entry,
    notation: state.notation,
    settings: state.model.settings,
    parts,
  };
}

/**
 * A zustand selector that returns the same object while the structure stays the
 * same, so a component using it re-renders only on structural change.
 */
export function createStructureSelector(): (state: StructureState) => FormulaStructure | null {
  let last: FormulaStructure | null = null;
  return (state) => {
    const key = structureKey(state);
    if (last?.key !== key) last = formulaStructure(state);
    return last;
  };
}

/** 'Factors' for a product of chain-rule factors, 'Terms' for a sum, else 'Uses'. */
export function partsLabel(entry: Pick<TraceEntry, 'factors' | 'deps' | 'template'>): string {
  const onlyFactors =
    entry.factors.length > 0 &&
    entry.factors.length === entry.deps.length &&
    entry.factors.every((id) => entry.deps.includes(id));
  if (!onlyFactors) return 'Uses';
  return entry.template.includes('+') ? 'Terms' : 'Factors';
}

/** Significant digits read aloud: enough to follow, short enough to listen to. */
const SPOKEN_DIGITS = 4;

/** What a screen reader hears when the step or its value changes: "∂E_total/∂w5 = 0.08217". */
export function spokenSummary(
  state: Pick<AppState, 'trace' | 'step' | 'digits'> & Partial<Pick<AppState, 'concealed'>>,
): string {
  const entry = state.trace.entries[stepIndex(state)];
  if (!entry) return '';
  if (isConcealed(state, entry.id))
    return `${texToText(entry.symbol)}: value hidden until you answer`;
  const digits = Math.min(state.digits, SPOKEN_DIGITS);
  return `${texToText(entry.symbol)} = ${formatDisplayNumber(entry.value, digits)}`;
}
