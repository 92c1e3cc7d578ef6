/**
 * Text and numbers written for LaTeX: what the LaTeX sheet and its figure share.
 */
const TEXT_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  _: '\\_',
  '^': '\\^{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  '~': '\\~{}',
  // Not every pdflatex knows these characters by themselves.
  '→': '$\\rightarrow$',
  '…': '\\ldots{}',
};

/** Text (not math) for LaTeX: ids such as dE_dw5 carry underscores, weights an arrow (h1 → o1). */
export function escapeLatexText(text: string): string {
  return text.replace(/[\\{}_^&%$#~→…]/g, (char) => TEXT_SPECIALS[char] ?? char);
}

/**
 * The engine's TeX is written for KaTeX. All of it is plain LaTeX + amsmath except
 * the ReLU's indicator \mathbb{1}: amssymb's blackboard font has no digits, so
 * pdflatex would print a stray glyph. A bold 1 is the usual printed indicator.
 */
export function latexMath(tex: string): string {
  return tex.replace(/\\mathbb\{1\}/g, '\\mathbf{1}');
}

/** A given number as given (never rounded: the reader starts from it), in math: 1e-7 → 1 \times 10^{-7}. */
export function givenMath(value: number): string {
  const [mantissa = '', exponent] = String(value).split('e');
  return exponent === undefined
    ? mantissa
    : `${mantissa} \\times 10^{${exponent.replace('+', '')}}`;
}
