import type { Locator, Page } from '@playwright/test';

/** The worked-example sheet, as a test sees it. */
export class SheetPage {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/?view=sheet${query ? `&${query}` : ''}`);
    await this.quantity('E_total').waitFor();
  }

  quantity(id: string): Locator {
    return this.page.locator(`[data-quantity="${id}"]`);
  }

  async value(id: string): Promise<number> {
    return Number(await this.quantity(id).getAttribute('data-value'));
  }

  async shown(id: string): Promise<string> {
    return (await this.quantity(id).innerText()).replace('\u2212', '-');
  }

  /** Every displayed quantity: id → full-precision value. */
  async allValues(): Promise<Record<string, number>> {
    return this.page
      .locator('[data-quantity]')
      .evaluateAll((elements) =>
        Object.fromEntries(
          elements.map((e) => [
            e.getAttribute('data-quantity'),
            Number(e.getAttribute('data-value')),
          ]),
        ),
      );
  }

  notices(): Locator {
    return this.page.getByRole('status').locator('.notice');
  }
}
