import type { Locator, Page } from '@playwright/test';

/** The autodiff playground (?view=playground), as a test sees it. */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/?view=playground${query ? `&${query}` : ''}`);
    await this.status().waitFor();
    await this.settled();
  }

  /** Every number written and KaTeX drawn: the page is as a reader sees it. */
  async settled() {
    await this.page.locator('.pg-formula .formula-symbolic .katex').first().waitFor();
  }

  formulaField(): Locator {
    return this.page.getByRole('textbox', { name: /^Formula/ });
  }

  formulaError(): Locator {
    return this.page.getByRole('region', { name: 'Formula' }).getByRole('alert');
  }

  graph(): Locator {
    return this.page.getByRole('region', { name: 'Graph' });
  }

  node(id: string): Locator {
    return this.graph().locator(`[data-node="${id}"]`);
  }

  steps(): Locator {
    return this.page.getByRole('region', { name: 'Step-through' });
  }

  status(): Locator {
    return this.steps().getByRole('heading', { name: /^Step \d+ of \d+/ });
  }

  /** The current step's value in the formula panel. */
  formulaValue(): Locator {
    return this.steps().locator('.formula-result [data-quantity]');
  }

  currentTimelineStep(): Locator {
    return this.steps().getByRole('group', { name: 'Timeline' }).locator('[aria-current="step"]');
  }

  values(): Locator {
    return this.page.getByRole('region', { name: 'Values and gradients' });
  }

  /** A leaf's value field: a spin button named after the leaf. */
  leafField(leaf: string): Locator {
    return this.values().getByRole('spinbutton', { name: new RegExp(`^${leaf} \\(leaf value\\)`) });
  }

  /** A quantity as the values table shows it: f, df_dx. */
  quantity(id: string): Locator {
    return this.values().locator(`[data-quantity="${id}"]`);
  }

  checks(): Locator {
    return this.page.getByRole('region', { name: 'Checks' });
  }
}
