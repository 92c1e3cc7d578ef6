import { htmlOnlyTex, inlineTex } from './formula-tex';
import { useTexHtml } from './tex-html';

interface TexProps {
  readonly tex: string;
  readonly display?: boolean;
  readonly className?: string;
  /** false where the formula is hidden from assistive technology, which reads a text name instead */
  readonly mathml?: boolean;
}

/**
 * A TeX formula, HTML for the eye and MathML for screen readers: from the build's
 * catalog where it has it, else drawn by KaTeX once loaded (tex-html.ts). The TeX
 * comes from the engine's trace (our own templates and numbers we formatted),
 * never from user text, so the rendered HTML is safe to insert.
 */
export function Tex({ tex, display = false, className, mathml = true }: TexProps) {
  const html = useTexHtml(mathml ? inlineTex(tex, display) : htmlOnlyTex(tex, display));
  return (
    <span
      className={className}
      data-tex-loading={html === null || undefined}
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
    />
  );
}
