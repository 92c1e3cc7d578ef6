import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The standards the app is held to: WCAG 2.2 A and AA, and axe's best practices. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type Theme = 'light' | 'dark';

interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: unknown; readonly failureSummary?: string }[];
}

/** One line per violation and one per element, so a failure says what to fix and where. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 8)
        .map((node) => {
          const why = node.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? '';
          return `    ${JSON.stringify(node.target)}${why ? ` — ${why}` : ''}`;
        })
        .join('\n');
      const more = violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : '';
      return `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page as it is now and fails with every violation listed.
 * `enhancedContrast` adds the AAA contrast rule (7:1), required in presenter mode.
 */
export async function expectNoViolations(
  page: Page,
  where: string,
  { enhancedContrast = false }: { enhancedContrast?: boolean } = {},
): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations: AxeViolation[] = [...results.violations];
  if (enhancedContrast) {
    const aaa = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    violations.push(...aaa.violations);
  }
  // Soft: one run lists every view's violations, not only the first view's.
  expect.soft(describeViolations(violations), `axe violations: ${where}`).toBe('');
}

/** The reader's colour scheme, and the page's own theme where it has one. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}
