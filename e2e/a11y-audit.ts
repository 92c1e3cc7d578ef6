import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOnly, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * axe-core's own build, injected as it stands: the rules are axe-core's current ones
 * (the Playwright wrapper pins older rules, and its newer releases need a newer Node).
 *
 * It goes in by evaluating its source in each frame (Playwright's evaluate, that is the
 * DevTools protocol's Runtime.evaluate), which the pages' Content-Security-Policy does not
 * govern: a <script> tag with this text inline would be refused (script-src 'self'), and
 * turning the policy off (bypassCSP) would audit a page that users never get.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

declare global {
  interface Window {
    axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
  }
}

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
  // Every frame needs axe of its own: the top frame's asks the others (the demo page's widgets).
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const run = (runOnly: RunOnly) =>
    page.evaluate(([selector, options]) => window.axe!.run(selector ?? document, options), [
      only ?? null,
      { runOnly },
    ] as const);
  const results = await run({ type: 'tag', values: WCAG_TAGS });
  const violations: AxeViolation[] = [...results.violations];
  if (enhancedContrast) {
    const aaa = await run({ type: 'rule', values: ['color-contrast-enhanced'] });
    violations.push(...aaa.violations);
  }
  // Soft: one run lists every view's violations, not only the first view's.
  expect.soft(describeViolations(violations), `axe violations: ${where}`).toBe('');
}

/** The reader's colour scheme, and the page's own theme where it has one. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}
