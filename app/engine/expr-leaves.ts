/**
 * The values a graph's leaves may take, checked as the network's parameters are:
 * a finite number within ±10⁶, and exactly the leaves the graph has.
 */
import { EngineError } from './errors';

/** The largest leaf magnitude, as for the network's parameters. */
export const LEAF_LIMIT = 1e6;

/** Throws unless `value` is an allowed value of leaf `leaf`: a finite number, |v| ≤ 1e6. */
export function checkLeaf(leaf: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new EngineError('not-a-number', leaf, `${leaf} must be a number; got ${typeof value}.`);
  }
  if (!Number.isFinite(value)) {
    throw new EngineError(
      'not-finite',
      leaf,
      `${leaf} must be a finite number, not ${String(value)}.`,
    );
  }
  if (Math.abs(value) > LEAF_LIMIT) {
    throw new EngineError(
      'out-of-range',
      leaf,
      `${leaf} must lie between ${-LEAF_LIMIT} and ${LEAF_LIMIT}; got ${value}.`,
    );
  }
  return value;
}

/**
 * Every leaf present and valid, and no other names; `graphName` says whose
 * leaves they are in the refusal ("x is not a leaf of (x + y)*z").
 */
export function checkLeafValues(
  leaves: readonly string[],
  values: Readonly<Record<string, unknown>>,
  graphName: string,
): Record<string, number> {
  for (const name of Object.keys(values)) {
    if (!leaves.includes(name)) {
      const known = leaves.length > 0 ? `its leaves are ${leaves.join(', ')}` : 'it has no leaves';
      throw new EngineError(
        'unknown-parameter',
        name,
        `${name} is not a leaf of ${graphName}; ${known}.`,
      );
    }
  }
  const checked: Record<string, number> = {};
  for (const leaf of leaves) {
    checked[leaf] = checkLeaf(leaf, Object.hasOwn(values, leaf) ? values[leaf] : undefined);
  }
  return checked;
}
