/**
 * The vectorised form of one layer, as matrices of trace ids: which scalar of
 * lessons 4–5 sits in which cell. Rows are the layer's neurons, columns the
 * previous layer's, so W[2] = [[w5, w6], [w7, w8]] and dW = dZ · A_prevᵀ is
 * [[∂E/∂w5, ∂E/∂w6], [∂E/∂w7, ∂E/∂w8]].
 */
import { ACTIVATIONS } from '../../engine/activations';
import type { NetworkNames } from '../../engine/architecture';
import type { Notation } from '../../engine/notation';
import type { Settings } from '../../engine/model';
import type { MatrixCellSpec } from './MatrixBlock';

export interface MatrixSpec {
  readonly kind: 'matrix';
  /** TeX */
  readonly label: string;
  /** plain text, for screen readers */
  readonly name: string;
  readonly rows: readonly (readonly MatrixCellSpec[])[];
}
/** An operator or a symbolic term between matrices, in TeX. */
export type EquationItem = MatrixSpec | { readonly kind: 'op'; readonly tex: string };

export interface Equation {
  readonly id: string;
  /** what the line computes, in words */
  readonly words: string;
  readonly items: readonly EquationItem[];
}

const op = (tex: string): EquationItem => ({ kind: 'op', tex });

/**
 * A cell's caption: the scalar's symbol with a fraction written on one line
 * (∂E_total/∂w_5), which stays legible at caption size where a stacked one does not.
 */
export function captionTex(symbol: string): string {
  // \frac{top}{bottom}, each part allowed one level of braces: E_{total}, out_{h1}.
  return symbol.replace(/\\frac\{((?:[^{}]|\{[^{}]*\})*)\}\{((?:[^{}]|\{[^{}]*\})*)\}/g, '$1/$2');
}

/**
 * The items of an equation in groups that wrap as one: each operator stays with
 * the matrix after it, so no line ends in "=".
 */
export function wrapGroups(items: readonly EquationItem[]): EquationItem[][] {
  const groups: EquationItem[][] = [];
  let pending: EquationItem[] = [];
  for (const item of items) {
    pending.push(item);
    if (item.kind === 'matrix') {
      groups.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) groups.push(pending);
  return groups;
}

/**
 * The equations of layer `layer` (1 … L): forward Z = W·A_prev + b and A = g(Z),
 * backward dZ = dA ⊙ g'(Z), dW = dZ·A_prevᵀ, db = Σ dZ, and for a hidden layer
 * dA = W_nextᵀ · dZ_next first. `symbol` gives a quantity's TeX from the trace.
 */
export function layerEquations(
  names: NetworkNames,
  settings: Settings,
  notation: Notation,
  layer: number,
  symbol: (quantity: string) => string,
): Equation[] {
  const last = names.sizes.length - 1;
  const nodes = names.neurons[layer]!;
  const sources = names.neurons[layer - 1]!;
  const bias = names.biases[layer]!;
  const L = (base: string, l: number, transpose = false) =>
    `${base}^{[${l}]${transpose ? '\\mathsf{T}' : ''}}`;
  const prevLabel = layer === 1 ? 'X' : L('A', layer - 1);
  const prevName = layer === 1 ? 'X' : `A${layer - 1}`;
  const q = (quantity: string): MatrixCellSpec => ({
    quantity,
    symbol: captionTex(symbol(quantity)),
  });
  const p = (param: string): MatrixCellSpec => ({ param, symbol: notation.param(param) });
  const column = (cells: MatrixCellSpec[]) => cells.map((cell) => [cell]);
  const matrix = (label: string, name: string, rows: MatrixCellSpec[][]): MatrixSpec => ({
    kind: 'matrix',
    label,
    name,
    rows,
  });
  const weightGrid = (l: number, cell: (id: string) => MatrixCellSpec) =>
    names.neurons[l]!.map((_, r) =>
      names.neurons[l - 1]!.map((_, c) => {
        const w = names.weights.find((x) => x.layer === l && x.target === r && x.source === c)!;
        return cell(w.id);
      }),
    );
  const prevCells = sources.map((s) => (layer === 1 ? p(s) : q(`out_${s}`)));
  const g = ACTIVATIONS[layer === last ? settings.act_o : settings.act_h].texName;

  const W = matrix(L('W', layer), `W${layer}`, weightGrid(layer, p));
  const Aprev = matrix(prevLabel, prevName, column(prevCells));
  const Z = matrix(L('Z', layer), `Z${layer}`, column(nodes.map((n) => q(`net_${n}`))));
  const dZ = matrix(L('dZ', layer), `dZ${layer}`, column(nodes.map((n) => q(`delta_${n}`))));
  const dA = matrix(L('dA', layer), `dA${layer}`, column(nodes.map((n) => q(`dE_dout_${n}`))));
  const equations: Equation[] = [
    {
      id: 'z',
      words: 'Net inputs: each row of W times the previous layer’s outputs, plus the bias.',
      items: [
        Z,
        op('='),
        W,
        op('\\cdot'),
        Aprev,
        op('+'),
        matrix(L('b', layer), `b${layer}`, column(nodes.map(() => p(bias)))),
      ],
    },
    {
      id: 'a',
      words: 'Outputs: the activation applied to each net input.',
      items: [
        matrix(L('A', layer), `A${layer}`, column(nodes.map((n) => q(`out_${n}`)))),
        op('='),
        op(`${g}\\left(${L('Z', layer)}\\right)`),
      ],
    },
  ];
  if (layer < last) {
    const next = layer + 1;
    equations.push({
      id: 'da',
      words: `The error reaching these outputs, sent back through the next layer’s weights (W[${next}] transposed).`,
      items: [
        dA,
        op('='),
        matrix(L('W', next, true), `W${next} transposed`, transpose(weightGrid(next, p))),
        op('\\cdot'),
        matrix(
          L('dZ', next),
          `dZ${next}`,
          column(names.neurons[next]!.map((n) => q(`delta_${n}`))),
        ),
      ],
    });
  }
  equations.push(
    {
      id: 'dz',
      words:
        layer === last
          ? 'Deltas: the error’s slope at each output times the activation’s slope (element by element).'
          : 'Deltas: the error reaching each neuron times the activation’s slope (element by element).',
      items: [
        dZ,
        op('='),
        dA,
        op('\\odot'),
        matrix(
          `${g}'\\!\\left(${L('Z', layer)}\\right)`,
          `derivative of the activation at Z${layer}`,
          column(nodes.map((n) => q(`dout_${n}_dnet_${n}`))),
        ),
      ],
    },
    {
      id: 'dw',
      words: 'Weight gradients: each delta times each input of its neuron, an outer product.',
      items: [
        matrix(
          L('dW', layer),
          `dW${layer}`,
          weightGrid(layer, (w) => q(`dE_d${w}`)),
        ),
        op('='),
        dZ,
        op('\\cdot'),
        matrix(
          layer === 1 ? 'X^{\\mathsf{T}}' : L('A', layer - 1, true),
          `${prevName} transposed`,
          [prevCells],
        ),
      ],
    },
    {
      id: 'db',
      words: `Bias gradient: ${bias} feeds every neuron of the layer, so its gradient is the sum of the deltas.`,
      items: [
        matrix(L('db', layer), `db${layer}`, [[q(`dE_d${bias}`)]]),
        op('='),
        op('\\textstyle\\sum'),
        dZ,
      ],
    },
  );
  return equations;
}

function transpose<T>(rows: readonly (readonly T[])[]): T[][] {
  return (rows[0] ?? []).map((_, c) => rows.map((row) => row[c]!));
}
