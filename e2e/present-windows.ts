import { expect, type Page } from '@playwright/test';

/**
 * The audience's window, then the speaker's, both presenting, once they have found
 * each other; the speaker's window may open with its own query.
 */
export async function openBoth(page: Page, query: string, speakerQuery = query): Promise<Page> {
  await page.goto(`/?present=1&${query}`);
  await expect(page.getByRole('button', { name: 'Exit presenter mode' })).toBeVisible();
  const speaker = await page.context().newPage();
  await speaker.goto(`/?present=speaker&${speakerQuery}`);
  await expect(speaker.getByText('Elapsed')).toBeVisible();
  // The windows have found each other once a change crosses: H, and H again.
  await speaker.getByRole('button', { name: 'Hide their numbers' }).click();
  await expect(page.locator('html')).toHaveClass(/present-values-hidden/);
  await speaker.getByRole('button', { name: 'Hide their numbers' }).click();
  await expect(page.locator('html')).not.toHaveClass(/present-values-hidden/);
  return speaker;
}
