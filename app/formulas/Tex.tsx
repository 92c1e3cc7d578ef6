import 'katex/dist/katex.min.css';
import katex from 'katex';
import { useMemo } from 'react';

interface TexProps {
  readonly tex: string;
  readonly display?: boolean;
  readonly className?: string;
}

/**
 * A TeX formula rendered by KaTeX, HTML for the eye and MathML for screen
 * readers. The TeX comes from the engine's trace (our own templates and numbers
 * we formatted), never from user text, so the rendered HTML is safe to insert.
 */
export function Tex({ tex, display = false, className }: TexProps) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: 'htmlAndMathml',
      }),
    [tex, display],
  );
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
