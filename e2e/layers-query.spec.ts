import { expect, test, type Page } from '@playwright/test';
import { modelFromQuery } from '../app/engine/query';
import { computeTrace } from '../app/engine/trace';

/**
 * Another network by its address: `layers` (and `bias_per`) in the page's URL and
 * in the embed's URL and messages. What the page shows is the engine's trace of
 * the network the address names; a refused architecture or parameter is named.
 */

/** Every quantity and parameter the page shows with data-value, by id. */
async function shownValues(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const values: Record<string, string[]> = {};
    for (const element of document.querySelectorAll('[data-quantity][data-value]')) {
      const id = element.getAttribute('data-quantity')!;
      (values[id] ??= []).push(element.getAttribute('data-value')!);
    }
    return values;
  });
}

function expectEngineFigures(shown: Record<string, string[]>, query: string) {
  const { model } = modelFromQuery(new URLSearchParams(query));
  const { quantities } = computeTrace(model);
  expect(Object.keys(shown).length).toBeGreaterThan(0);
  for (const [id, values] of Object.entries(shown)) {
    expect(quantities, id).toHaveProperty([id]);
    for (const value of values) expect(value, id).toBe(String(quantities[id]));
  }
}

test('a 2-3-2 link opens as itself: its step, its weights, the engine’s figures', async ({
  page,
}) => {
  const query = 'layers=2-3-2&w7=0.3&step=dE_dw12';
  await page.goto(`/?${query}`);
  const main = page.getByRole('main');
  await expect(
    main.locator('[data-quantity="dE_dw12"][data-value]').filter({ visible: true }).first(),
  ).toBeVisible();
  // w12, which the article's network lacks, is a field of its own; w7 holds the linked value.
  await expect(page.locator('[data-param="w7"][data-value]').first()).toHaveAttribute(
    'data-value',
    '0.3',
  );
  await expect(page.locator('[data-param="w12"][data-value]').first()).toBeAttached();
  await expect(page.getByText(/layers must|is not a parameter/)).toHaveCount(0);
  expectEngineFigures(await shownValues(page), query);
  // The address keeps naming the network.
  await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe('2-3-2');
});

test('a bias per neuron in the link: each neuron’s bias by its name', async ({ page }) => {
  const query = 'bias_per=neuron&b_h2=0.1&biases=learned&step=dE_db_h2';
  await page.goto(`/?${query}`);
  await expect(
    page.locator('[data-quantity="dE_db_h2"][data-value]').filter({ visible: true }).first(),
  ).toBeVisible();
  expectEngineFigures(await shownValues(page), query);
});

test('a bad architecture and a parameter the network lacks are each refused by name', async ({
  page,
}) => {
  await page.goto('/?layers=2-9-2&w9=1&w5=0.3');
  const notices = page.getByText(/layers must have 1 to 6 neurons in every layer/);
  await expect(notices).toBeVisible();
  await expect(page.getByText('w9 is not a parameter of the 2-2-2 network')).toBeVisible();
  // The article's network stays, with the value it could use.
  await expect(page.locator('[data-param="w5"][data-value]').first()).toHaveAttribute(
    'data-value',
    '0.3',
  );
  await expect(page.locator('[data-param="w9"]')).toHaveCount(0);
  expectEngineFigures(await shownValues(page), 'w5=0.3');
});

test('the embed opens another network from its URL, reports it, and changes it on request', async ({
  page,
}) => {
  // The widget in a frame of a host page of its own origin (served here), its messages recorded.
  await page.route('**/layers-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>host</title><iframe title="widget" src="/embed.html?layers=2-3-2&w12=0.25" width="900" height="700"></iframe>',
    }),
  );
  await page.goto('/layers-host.html');
  await page.evaluate(() => {
    const w = window as unknown as {
      states: { settings: Record<string, string>; quantities: Record<string, number> }[];
    };
    w.states = [];
    window.addEventListener('message', (event) => {
      if ((event.data as { type?: string }).type === 'state') w.states.push(event.data);
    });
  });
  const lastState = () =>
    page.evaluate(() => {
      const states = (window as unknown as { states: { settings: Record<string, string> }[] })
        .states;
      return states.at(-1);
    });
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-quantity="net_h3"][data-value]').first()).toBeAttached();
  await page.evaluate(() =>
    document
      .querySelector('iframe')!
      .contentWindow!.postMessage({ source: 'backprop-lab', v: 1, type: 'getState' }, '*'),
  );
  await expect.poll(async () => (await lastState())?.settings.layers).toBe('2-3-2');
  const first = (await lastState()) as unknown as { quantities: Record<string, number> };
  expect(first.quantities).toEqual(
    computeTrace(
      modelFromQuery([
        ['layers', '2-3-2'],
        ['w12', '0.25'],
      ]).model,
    ).quantities,
  );

  await page.evaluate(() =>
    document.querySelector('iframe')!.contentWindow!.postMessage(
      {
        source: 'backprop-lab',
        v: 1,
        type: 'setParams',
        settings: { layers: '1-2-2-1', bias_per: 'neuron' },
        params: { b_h2_2: -0.5 },
      },
      '*',
    ),
  );
  await expect.poll(async () => (await lastState())?.settings.layers).toBe('1-2-2-1');
  const second = (await lastState()) as unknown as {
    settings: Record<string, string>;
    quantities: Record<string, number>;
    refused?: unknown;
  };
  expect(second.settings.bias_per).toBe('neuron');
  expect(second.refused).toBeUndefined();
  const expected = modelFromQuery(
    [
      ['layers', '1-2-2-1'],
      ['bias_per', 'neuron'],
      ['b_h2_2', '-0.5'],
    ],
    modelFromQuery([
      ['layers', '2-3-2'],
      ['w12', '0.25'],
    ]).model,
  ).model;
  expect(second.quantities).toEqual(computeTrace(expected).quantities);
  await expect(frame.locator('[data-quantity="net_h2_2"][data-value]').first()).toHaveAttribute(
    'data-value',
    String(computeTrace(expected).quantities.net_h2_2),
  );
});
