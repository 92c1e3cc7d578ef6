import { inlineTex } from './formula-tex';
import { useTexHtml } from './tex-html';

interface TexProps {
  readonly tex: string;
  readonly display?: boolean;
  readonly className?: string;
}

/**
 * A TeX formula, HTML for the eye and MathML for screen readers: from the build's
 * catalog where it has it, else drawn by KaTeX once loaded (tex-html.ts). The TeX
 * comes from the engine's trace (our own templates and numbers we formatted),
 * never from user text, so the rendered HTML is safe to insert.
 */
export function Tex({ tex, display = false, className }: TexProps) {
  const html = useTexHtml(inlineTex(tex, display));
  return (
    <span
      className={className}
      data-tex-loading={html === null || undefined}
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
    />
  );
}
