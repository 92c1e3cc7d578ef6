// KaTeX's style sheet (fonts in woff2 only: see build/vite-plugin-tex.ts). Imported by
// whatever puts KaTeX HTML on the page, so the sheet arrives with the first formula
// instead of with the page.
import 'katex/dist/katex.min.css';
