import { describe, expect, test } from 'vitest';
import { widgetQuantityName } from './check-labels';

describe('a widget quantity, as the check names it', () => {
  test.each([
    ['dc_da', '∂c/∂a'],
    ['df', 'the slope f′(x)'],
    ['dE_dw5_batch', 'the batch’s ∂E/∂w5'],
    ['dE_db_h1_3', '∂E/∂b_h1 of example 3'],
    ['w5_batch_new', 'w5 after the batch’s update'],
    ['h3', 'h3'],
  ])('%s is "%s"', (id, name) => {
    expect(widgetQuantityName(id)).toBe(name);
  });
});
