// KaTeX itself with its style sheet: the chunk tex-html.ts loads when a formula
// is not in the build's catalog.
import './katex-style';

export { renderTex } from './render-tex';
