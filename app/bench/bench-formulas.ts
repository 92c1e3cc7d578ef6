/**
 * The formulas the playground's benchmarks measure, named so the unit test, the
 * engine bench and the browser bench all use the same ones.
 */

/**
 * A sum of n neurons tanh(w_k·x_k + b) sharing one bias b: 6n nodes, and b used
 * n times, so a change of b reaches every node. The browser bench drags b.
 */
export function neuronSum(neurons: number): string {
  return Array.from({ length: neurons }, (_, k) => `tanh(w${k}*x${k} + b)`).join(' + ');
}

/** 48 nodes: the graph whose leaf the browser bench drags. */
export const DRAG_FORMULA = neuronSum(8);

/** One-letter leaves (no f: that is the output's name). */
const LETTERS = 'abcdeghkmnpqrstuvwyz';

/**
 * A formula of up to `maxNodes` nodes within the playground's 500 characters:
 * groups exp(a·b + c·d + e·g + h·k), each nine operations in 20 characters,
 * over twenty one-letter leaves that every group reuses.
 */
export function denseFormula(maxNodes: number): string {
  const groups: string[] = [];
  let letter = 0;
  const next = () => LETTERS[letter++ % LETTERS.length]!;
  // Leaves in use, and operations: 8 per group (4 ×, 3 +, exp) and one + between groups.
  const nodes = (count: number) => Math.min(LETTERS.length, 8 * count) + 9 * count - 1;
  while (nodes(groups.length + 1) <= maxNodes) {
    groups.push(
      `exp(${next()}*${next()}+${next()}*${next()}+${next()}*${next()}+${next()}*${next()})`,
    );
  }
  return groups.join('+');
}

/** 198 nodes: the formula the engine bench parses and traces. */
export const PARSE_FORMULA = denseFormula(200);
