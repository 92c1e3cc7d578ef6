/**
 * KaTeX in one place: the options every formula of the explorer is drawn with.
 * Our TeX comes from the engine's templates and numbers we formatted, never from
 * user text, so the HTML KaTeX returns is safe to insert.
 */
import katex from 'katex';
import { trustOnlySlots } from './slot-tex';

export interface RenderOptions {
  readonly display?: boolean;
  /** 'html' where the text will be patched and a MathML copy would go stale */
  readonly output?: 'html' | 'htmlAndMathml';
}

/** HTML for a TeX formula; the only HTML commands allowed are number slots. */
export function renderTex(
  tex: string,
  { display = false, output = 'htmlAndMathml' }: RenderOptions = {},
): string {
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    output,
    trust: trustOnlySlots,
    // \htmlData is an extension strict mode would warn about on every render; all else stays strict.
    strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'warn'),
  });
}
