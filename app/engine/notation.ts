/**
 * How quantities are written. The article's notation (net, out, E_total) is the
 * default; the deep-learning course's (z, a, dz, dW, db) is the alternative. Every
 * TeX symbol in the trace comes from one of these tables.
 */
export const NOTATION_IDS = ['article', 'course'] as const;
export type NotationId = (typeof NOTATION_IDS)[number];

export interface Notation {
  readonly id: NotationId;
  readonly net: (node: string) => string;
  readonly out: (node: string) => string;
  readonly lossOf: (output: string) => string;
  readonly lossTotal: string;
  /** ∂E_total/∂out_node */
  readonly dE_dout: (node: string) => string;
  /** ∂E_output/∂out_node: one output's share of a hidden neuron's error */
  readonly dE_dout_via: (node: string, via: string, viaIsOutput: boolean) => string;
  readonly dout_dnet: (node: string) => string;
  readonly delta: (node: string) => string;
  readonly dnet_dparam: (node: string, param: string) => string;
  readonly dE_dparam: (param: string) => string;
  readonly updated: (param: string) => string;
  readonly param: (id: string) => string;
}

/** 'h1' → 'h1'; 'h2_3' → 'h2,3' (layer 2, neuron 3) */
export const nodeTex = (node: string) => node.replace('_', ',');

const partial = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

/** A neuron's own bias, b_h1 or b_h2_1: b_{h1}, b_{h2,1}; undefined for any other id. */
function neuronBias(id: string): string | undefined {
  return id.startsWith('b_') ? `b_{${nodeTex(id.slice(2))}}` : undefined;
}

function articleParam(id: string): string {
  if (id === 'lr') return '\\eta';
  const bias = neuronBias(id);
  if (bias) return bias;
  const kind = id[0];
  const index = id.slice(1);
  if (kind === 't') return `target_{o${index}}`;
  return `${kind}_{${index}}`;
}

export const ARTICLE_NOTATION: Notation = {
  id: 'article',
  net: (node) => `net_{${nodeTex(node)}}`,
  out: (node) => `out_{${nodeTex(node)}}`,
  lossOf: (output) => `E_{${nodeTex(output)}}`,
  lossTotal: 'E_{total}',
  dE_dout: (node) => partial('E_{total}', `out_{${nodeTex(node)}}`),
  dE_dout_via: (node, via, viaIsOutput) =>
    viaIsOutput
      ? partial(`E_{${nodeTex(via)}}`, `out_{${nodeTex(node)}}`)
      : `\\left.${partial('E_{total}', `out_{${nodeTex(node)}}`)}\\right|_{${nodeTex(via)}}`,
  dout_dnet: (node) => partial(`out_{${nodeTex(node)}}`, `net_{${nodeTex(node)}}`),
  delta: (node) => `\\delta_{${nodeTex(node)}}`,
  dnet_dparam: (node, param) => partial(`net_{${nodeTex(node)}}`, articleParam(param)),
  dE_dparam: (param) => partial('E_{total}', articleParam(param)),
  updated: (param) => `${articleParam(param)}^{+}`,
  param: articleParam,
};

function courseParam(id: string): string {
  if (id === 'lr') return '\\alpha';
  const bias = neuronBias(id);
  if (bias) return bias;
  const kind = id[0];
  const index = id.slice(1);
  if (kind === 'i') return `x_{${index}}`;
  if (kind === 't') return `y_{${index}}`;
  return `${kind}_{${index}}`;
}

/** The deep-learning course's notation: z = Wa + b, a = g(z), dZ, dW, db. */
export const COURSE_NOTATION: Notation = {
  id: 'course',
  net: (node) => `z_{${nodeTex(node)}}`,
  out: (node) => `a_{${nodeTex(node)}}`,
  lossOf: (output) => `\\mathcal{L}_{${nodeTex(output)}}`,
  lossTotal: '\\mathcal{L}',
  dE_dout: (node) => `da_{${nodeTex(node)}}`,
  dE_dout_via: (node, via) => `da_{${nodeTex(node)}}^{(${nodeTex(via)})}`,
  dout_dnet: (node) => `g'\\!\\left(z_{${nodeTex(node)}}\\right)`,
  delta: (node) => `dz_{${nodeTex(node)}}`,
  dnet_dparam: (node, param) => partial(`z_{${nodeTex(node)}}`, courseParam(param)),
  dE_dparam: (param) => `d${courseParam(param)}`,
  updated: (param) => `${courseParam(param)}^{+}`,
  param: courseParam,
};

export const NOTATIONS: Readonly<Record<NotationId, Notation>> = {
  article: ARTICLE_NOTATION,
  course: COURSE_NOTATION,
};
