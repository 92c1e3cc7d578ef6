import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../app/bench/static-server';
import { contentLessons, LessonPage } from './lesson-page';

/**
 * Offline after one visit: the build is served from a folder of its own by a server
 * this test starts and stops, the way a school's wifi comes and goes.
 */

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const ROOT = path.resolve(import.meta.dirname, '..');
const lessons = [...contentLessons()];
let site: string;

test.beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'offline-'));
  cpSync(path.resolve(ROOT, process.env.E2E_DIST ?? 'dist'), site, { recursive: true });
});

test.afterEach(() => rmSync(site, { recursive: true, force: true }));

/** Waits until the worker is active: its install has cached every file it lists. */
async function workerReady(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active worker');
  });
}

test('after one visit, every page loads and works with the server gone', async ({ page }) => {
  test.setTimeout(180_000);
  const server: StaticServer = await serveStatic(site);
  const base = server.url;
  await page.goto(`${base}/`);
  await expect(page.locator('.formula-result [data-quantity]')).toBeVisible();
  await workerReady(page);
  await server.close();
  // The server is gone.
  await expect(fetch(`${base}/index.html`)).rejects.toThrow();

  // The explorer: its network, its formula, and a step forward.
  await page.goto(`${base}/?step=net_o1`);
  await expect(page.locator('.formula-result [data-quantity="net_o1"]')).toBeVisible();
  await expect(page.locator('.graph-svg [data-param-label="w5"]')).toBeVisible();
  await page.getByRole('button', { name: /^Next/ }).first().click();
  await expect(page.locator('.formula-result [data-quantity="out_o1"]')).toBeVisible();

  // The worked example, printable.
  await page.goto(`${base}/?view=sheet`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-quantity="E_total"]').first()).toBeVisible();

  // Every lesson: its first page, with its math, and the next.
  const player = new LessonPage(page);
  for (const lesson of lessons) {
    await page.goto(`${base}/?lesson=${lesson.meta.slug}`);
    await expect(player.count()).toHaveText(`Step 1 of ${lesson.steps.length}`);
    await expect(player.stepTitle()).toBeVisible();
    if (lesson.steps.length > 1) {
      await player.navButton('Next').click();
      await expect(player.count()).toHaveText(`Step 2 of ${lesson.steps.length}`);
    }
  }

  // Presenter mode, the playground and the embed.
  await page.goto(`${base}/?present=1&step=dE_dw5`);
  await expect(page.getByRole('button', { name: 'Exit presenter mode' })).toBeVisible();
  await expect(page.locator('.formula-result [data-quantity="dE_dw5"]')).toBeVisible();
  await page.goto(`${base}/?view=playground&f=(x%2By)*z&x=-2&y=5&z=-4`);
  await expect(page.locator('[data-quantity="f"]').first()).toBeVisible();
  await page.goto(`${base}/embed.html?step=dE_dw5`);
  await expect(page.locator('[data-quantity="dE_dw5"]:visible').first()).toBeVisible();
});

test('a new version is offered, not forced, and after Reload the new one is served in place', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const server = await serveStatic(site);
  const slug = lessons[0]!.meta.slug;
  await page.goto(`${server.url}/?lesson=${slug}&lstep=2`);
  const player = new LessonPage(page);
  await expect(player.count()).toHaveText(`Step 2 of ${lessons[0]!.steps.length}`);
  await workerReady(page);

  // A new version goes up: its page and its worker's list of files change.
  const marker = '<meta name="backprop-lab-build" content="next">';
  const index = path.join(site, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', `<head>\n    ${marker}`));
  const worker = path.join(site, 'sw.js');
  const source = readFileSync(worker, 'utf8');
  const listed = /\{url:"index\.html",revision:"([0-9a-f]+)"\}/.exec(source);
  expect(listed, 'index.html in the precache list').not.toBeNull();
  writeFileSync(worker, source.replace(listed![1]!, 'next-version'));

  // The learner moves on in the lesson: the old version keeps serving, whole, and offers the new.
  await page.reload();
  await expect(player.count()).toHaveText(`Step 2 of ${lessons[0]!.steps.length}`);
  const banner = page.locator('[data-update-ready]');
  await expect(banner).toContainText('A new version of Backprop Lab is ready');
  expect(await page.locator('meta[name="backprop-lab-build"]').count()).toBe(0);
  await player.navButton('Next').click();
  await expect(player.count()).toHaveText(`Step 3 of ${lessons[0]!.steps.length}`);

  // Reload when the learner chooses: the new version, at the same place.
  await expect(page).toHaveURL(/lstep=3/);
  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('meta[name="backprop-lab-build"]')).toHaveCount(1);
  await expect(player.count()).toHaveText(`Step 3 of ${lessons[0]!.steps.length}`);
  await expect(page.locator('[data-update-ready]')).toHaveCount(0);
  // The progress kept in the browser outlives the update.
  expect((await player.storedProgress())?.lessons[slug]?.visited).toEqual([1, 2]);
  await server.close();
});

test('the app can be installed: a manifest with its name, start page and icons', async ({
  page,
}) => {
  const server = await serveStatic(site);
  await page.goto(`${server.url}/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const manifest = await (await page.request.get(`${server.url}/manifest.webmanifest`)).json();
  expect(manifest).toMatchObject({ name: 'Backprop Lab', start_url: './', display: 'standalone' });
  const sizes: string[] = [];
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const response = await page.request.get(`${server.url}/${icon.src}`);
    expect(response.status(), icon.src).toBe(200);
    if (icon.type !== 'image/png') continue;
    // A PNG's width and height are in its header, at bytes 16–23.
    const png = await response.body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    sizes.push(icon.sizes);
  }
  expect(sizes).toEqual(['192x192', '512x512']);
  await server.close();
});
