/**
 * Citations of a step's bptt widget: on a step with the recurrent unit, `@[h3]`,
 * `@[dL_dw]` or `@[dL_dh1; T=20; w=1.5]` quote the unit's numbers as the engine
 * computes them (engine/bptt.ts) for the widget's settings as written, with any
 * of them changed. They depend on nothing a practice set changes, so the page
 * keeps them as built.
 */
import {
  bpttLeaves,
  bpttQuantities,
  bpttQuantityIds,
  type BpttSpec,
  type BpttSwitches,
} from '../../engine/bptt';
import { evaluateWith, CitationError, namesIn, type Citation } from '../citation';
import type { BpttWidgetSpec } from '../schema';
import { suggestion } from './problems';

/** What a citation on the widget may change: the unit's numbers, T, and the switches (0 or 1). */
const SETTINGS = ['T', 'w', 'x', 'u', 'b', 'h0', 'y', 'clip', 'truncate'] as const;
type Setting = (typeof SETTINGS)[number];
const isSetting = (key: string): key is Setting => (SETTINGS as readonly string[]).includes(key);

export interface WidgetCite {
  /** the names a citation may use on this widget */
  readonly names: readonly string[];
  /** whether a citation is about the widget (names one of its quantities or settings) */
  readonly claims: (citation: Citation) => boolean;
  /** its value; throws a CitationError that says why there is none */
  readonly value: (citation: Citation) => number;
}

/** The settings as numbers (the switches 0 or 1), for citations' expressions. */
const settingsOf = (spec: BpttWidgetSpec): Record<Setting, number> => ({
  T: spec.T,
  w: spec.w,
  x: spec.x,
  u: spec.u,
  b: spec.b,
  h0: spec.h0,
  y: spec.y,
  clip: spec.clip ? 1 : 0,
  truncate: spec.truncate ? 1 : 0,
});

/** Every number of the unit by name: its quantities, its leaves (w, x3, h0, …), T and x. */
function lookup(spec: BpttSpec, switches: BpttSwitches): Record<string, number> {
  return {
    ...bpttLeaves(spec),
    ...bpttQuantities(spec, switches),
    T: spec.T,
    x: spec.x,
  };
}

export function bpttCite(widget: BpttWidgetSpec): WidgetCite {
  const base = settingsOf(widget);
  const leaves = Object.keys(bpttLeaves(widget));
  const names = [...new Set([...leaves, ...bpttQuantityIds(widget.T), 'T', 'x'])];
  return {
    names,
    claims: (citation) =>
      namesIn(citation.expression).some((id) => names.includes(id)) ||
      citation.overrides.some(([key]) => isSetting(key)),
    value(citation) {
      if (citation.steps !== undefined) {
        throw new CitationError('steps= trains the network; the recurrent unit is not trained');
      }
      const settings = { ...base };
      for (const [key, given] of citation.overrides) {
        if (!isSetting(key)) {
          throw new CitationError(
            `"${key}" is not a setting of the recurrent unit${suggestion(key, SETTINGS)}; its settings are ${SETTINGS.join(', ')}`,
          );
        }
        if (typeof given === 'string') throw new CitationError(`${key} takes a number`);
        settings[key] = evaluateWith(given, (id) => {
          if (isSetting(id)) return base[id];
          throw new CitationError(`"${id}" in ${key}=… is not a setting of the unit`);
        });
      }
      for (const key of ['clip', 'truncate'] as const) {
        if (settings[key] !== 0 && settings[key] !== 1) {
          throw new CitationError(`${key} must be 0 (off) or 1 (on)`);
        }
      }
      const { clip, truncate, ...numbers } = settings;
      // The engine refuses what it cannot compute (T = 30, w = NaN) with a message that says so.
      const values = lookup(numbers, { clip: clip === 1, truncate: truncate === 1 });
      return evaluateWith(citation.expression, (id) => {
        const value = values[id];
        if (value === undefined) {
          const known = Object.keys(values);
          throw new CitationError(
            `"${id}" is not a number of the recurrent unit with T = ${numbers.T}${suggestion(id, known)}`,
          );
        }
        return value;
      });
    },
  };
}
