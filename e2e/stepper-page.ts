import { expect, type Locator, type Page } from '@playwright/test';

/** The explorer's step-through and formula panel, as a test sees them. */
export class StepperPage {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/${query ? `?${query}` : ''}`);
    await this.status().waitFor();
    // The formula arrives a moment after the step-through; until it does, the step-through
    // below it moves down once, which would move a step out from under a hovering pointer.
    await expect(this.formula().locator('[data-tex-loading]')).toHaveCount(0);
  }

  steps(): Locator {
    return this.page.getByRole('region', { name: 'Step-through' });
  }

  formula(): Locator {
    return this.page.getByRole('region', { name: 'Current step' });
  }

  /** "Step 19 of 54 · Backward pass · Output layer" */
  status(): Locator {
    return this.steps().getByRole('heading', { name: /^Step \d+ of \d+/ });
  }

  button(name: string | RegExp): Locator {
    return this.steps().getByRole('button', { name, exact: typeof name === 'string' });
  }

  scrubber(): Locator {
    return this.steps().getByRole('slider', { name: 'Step' });
  }

  showAll(): Locator {
    return this.steps().getByRole('switch', { name: 'Show all values' });
  }

  /** The timeline's button for a trace entry, found by the id in its accessible name. */
  timelineStep(id: string): Locator {
    return this.steps()
      .getByRole('group', { name: 'Timeline' })
      .getByRole('button', { name: new RegExp(`\\(${id}\\),`) });
  }

  currentTimelineStep(): Locator {
    return this.steps().locator('[aria-current="step"]');
  }

  /** The value after the formula's last "=". */
  formulaValue(): Locator {
    return this.formula().locator('.formula-result [data-quantity]');
  }

  formulaLines(): { symbolic: Locator; substituted: Locator } {
    return {
      symbolic: this.formula().locator('.formula-symbolic .katex'),
      substituted: this.formula().locator('.formula-substituted .katex'),
    };
  }

  factor(name: RegExp): Locator {
    return this.formula().getByRole('button', { name });
  }
}
