// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpAppDom } from '../../test/app-dom';
import { ARTICLE_MODEL } from '../../engine/model';
import { createAppStore, type AppStore } from '../../store/app-store';
import type { LessonStep } from '../schema';
import { CheckCard } from './CheckCard';

const dom = setUpAppDom();
afterEach(() => localStorage.clear());

const check: NonNullable<LessonStep['check']> = {
  quantity: 'net_h1',
  tolerance: 0.0005,
  promptHtml: '<p>Compute net_h1.</p>',
  hintsHtml: ['<p>First hint.</p>', '<p>Second hint.</p>'],
};

function mount(store: AppStore, props: Partial<Parameters<typeof CheckCard>[0]> = {}): HTMLElement {
  return dom.mount(
    store,
    <CheckCard
      slug="forward-pass"
      stepId="net-h1"
      check={check}
      answeredBefore={false}
      {...props}
    />,
  );
}

/** Types into the answer field as a person would, and presses Check. */
function answer(container: HTMLElement, text: string) {
  const input = container.querySelector<HTMLInputElement>('input')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() =>
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Check')!.click(),
  );
}

const feedback = (container: HTMLElement) =>
  container.querySelector('[role="status"]')!.textContent;
const hints = (container: HTMLElement) =>
  [...container.querySelectorAll('.check-hint')].map((li) => li.textContent);

describe('CheckCard', () => {
  it('labels the field with the quantity and counts no try for text that is not a number', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const card = mount(store);
    expect(card.querySelector('label')!.textContent).toBe('Your answer for net_h1');
    answer(card, 'abc');
    expect(feedback(card)).toMatch(/not a number/);
    expect(card.querySelector('input')!.getAttribute('aria-invalid')).toBe('true');
    expect(hints(card)).toEqual([]);
  });

  it('gives a hint after a wrong try, and the formula worked with the numbers after two', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const card = mount(store);
    answer(card, '0.5');
    expect(feedback(card)).toMatch(/^Not quite/);
    expect(hints(card)).toEqual(['Hint 1:First hint.']);
    expect(card.querySelector('.check-worked')).toBeNull();
    answer(card, '0,4');
    expect(hints(card)).toEqual(['Hint 1:First hint.', 'Hint 2:Second hint.']);
    expect(card.querySelector('.check-worked .katex')).not.toBeNull();
    // Named by what net_h1 is, a weighted sum, not by a label kept per lesson.
    expect(card.querySelector('.check-worked-label')!.textContent).toBe(
      'The weighted sum, worked:',
    );
    expect(feedback(card)).toMatch(
      /^Not quite \(try 2\).*The weighted sum, worked with the numbers/,
    );
    expect(store.getState().lessonRevealed).toBe(false);
  });

  it('on a right answer shows the value, reveals the explorer and records the answer', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const card = mount(store);
    answer(card, '0,3775');
    expect(feedback(card)).toMatch(/^Right/);
    const value = card.querySelector('.check-number')!;
    expect(value.getAttribute('data-value')).toBe(String(store.getState().trace.quantities.net_h1));
    expect(store.getState().lessonRevealed).toBe(true);
    expect(store.getState().progress.lessons['forward-pass']?.answered).toEqual(['net-h1']);
    expect(card.querySelector('input')).toBeNull();
    // The field is gone: the focus is on the value that replaced it.
    expect(document.activeElement).toBe(card.querySelector('.check-answer'));
  });

  it('names the worked formula by the kind of quantity', () => {
    const cases = [
      ['out_h1', 'The sigmoid, worked:'],
      ['E_total', 'The sum of the errors, worked:'],
      ['dE_dw5', 'The chain rule, worked:'],
      ['w5_new', 'The update rule, worked:'],
    ] as const;
    for (const [quantity, label] of cases) {
      const store = createAppStore({ model: ARTICLE_MODEL });
      const card = mount(store, { check: { ...check, quantity, tolerance: 1e-9 } });
      answer(card, '12');
      answer(card, '13');
      expect(card.querySelector('.check-worked-label')!.textContent).toBe(label);
      dom.unmount();
    }
  });

  it('keeps the feedback region in the page before any answer, for screen readers', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const card = mount(store);
    const region = card.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    answer(card, '0.5');
    expect(card.querySelector('[role="status"]')).toBe(region);
  });

  it('reveals the value on request without counting it as answered', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const card = mount(store);
    act(() =>
      [...card.querySelectorAll('button')]
        .find((b) => b.textContent === 'Reveal the value')!
        .click(),
    );
    expect(card.querySelector('.check-number')).not.toBeNull();
    expect(feedback(card)).toMatch(/^The value: net_h1 = 0\.3775/);
    expect(store.getState().lessonRevealed).toBe(true);
    expect(store.getState().progress.lessons['forward-pass']).toBeUndefined();
  });

  it('judges a widget’s quantity against the widget’s value', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const card = mount(store, {
      check: { ...check, quantity: 'df_dx', tolerance: 0.01 },
      widgetValue: (id) => (id === 'df_dx' ? -4 : undefined),
    });
    expect(card.querySelector('label')!.textContent).toBe('Your answer for ∂f/∂x');
    answer(card, '4');
    expect(feedback(card)).toMatch(/^Not quite/);
    expect(card.querySelector('.check-worked')).toBeNull(); // no chain rule of the network here
    answer(card, '-4');
    expect(feedback(card)).toMatch(/^Right: ∂f\/∂x = −4/);
  });
});
