import { expect, type Locator, type Page } from '@playwright/test';

/** The explorer's Train and Check tabs, as a test sees them. */
export class TrainPage {
  constructor(readonly page: Page) {}

  async open(query = '', tab: 'Train' | 'Check' = 'Train') {
    await this.page.goto(`/${query ? `?${query}` : ''}`);
    await this.tab(tab);
  }

  async tab(name: 'Train' | 'Check' | 'Numbers') {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  panel(name: 'Train' | 'Check' = 'Train'): Locator {
    return this.page.getByRole('tabpanel', { name });
  }

  button(name: string, panel: 'Train' | 'Check' = 'Train'): Locator {
    return this.panel(panel).getByRole('button', { name, exact: true });
  }

  /** A figure of the Train tab's results (E_total, out_o1, out_o2). */
  figure(quantity: string): Locator {
    return this.panel().locator(`.train-figures [data-quantity="${quantity}"]`);
  }

  async figureValue(quantity: string): Promise<number> {
    return Number(await this.figure(quantity).getAttribute('data-value'));
  }

  progress(): Locator {
    return this.panel().getByRole('progressbar', { name: 'Training progress' });
  }

  count(): Locator {
    return this.panel().locator('.train-count');
  }

  status(): Locator {
    return this.panel().locator('.train-status');
  }

  alert(): Locator {
    return this.panel().getByRole('alert');
  }

  async train(steps: number | string) {
    if (typeof steps === 'number') {
      await this.button(`Train ${steps.toLocaleString('en-US')} steps`).click();
    } else {
      await this.panel().getByLabel('Custom number of steps').fill(steps);
      await this.button('Train').click();
    }
  }

  async trainAndWait(steps: number) {
    await this.train(steps);
    await expect(this.count()).toHaveText(
      `${steps.toLocaleString('en-US')} of ${steps.toLocaleString('en-US')} steps`,
      { timeout: 20_000 },
    );
  }

  /** Steps done so far, from the progress bar. */
  async done(): Promise<number> {
    return Number(await this.progress().getAttribute('value'));
  }
}
