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
      const more =
        violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : '';
      return `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${nodes}${more}`;
    })
    .join('\n');
}

interface AuditOptions {
  /** adds the AAA contrast rule (7:1), required in presenter mode */
  readonly enhancedContrast?: boolean;
  /**
   * Only this part of the page: for a state that changes one part (a tab opened, a
   * dialog) after the whole page has been audited. Axe takes seconds a page.
   */
  readonly only?: string;
}

/** Runs axe on the page as it is now and fails with every violation listed. */
export async function expectNoViolations(
  page: Page,
  where: string,
  { enhancedContrast = false, only }: AuditOptions = {},
): Promise<void> {
  const builder = () => {
    const axe = new AxeBuilder({ page });
    return only ? axe.include(only) : axe;
  };
  const results = await builder().withTags(WCAG_TAGS).analyze();
  const violations: AxeViolation[] = [...results.violations];
  if (enhancedContrast) {
    const aaa = await builder().withRules(['color-contrast-enhanced']).analyze();
    violations.push(...aaa.violations);
  }
  // Soft: one run lists every view's violations, not only the first view's.
  expect.soft(describeViolations(violations), `axe violations: ${where}`).toBe('');
}

/** The reader's colour scheme, and the page's own theme where it has one. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}
