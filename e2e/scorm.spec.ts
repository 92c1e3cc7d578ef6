import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../app/bench/static-server';
import { computeTrace } from '../app/engine/trace';
import { packageScorm } from '../app/lessons/scorm/build/package-scorm';
import { readZip } from '../app/lessons/scorm/build/zip';
import { stepModel } from '../app/lessons/step-state';
import { contentLessons, hasNetworkCheck, LessonPage } from './lesson-page';

/**
 * A lesson's SCORM package inside an LMS: scorm-again's SCORM 1.2 run-time (the LMS's
 * side of the API) on a test LMS page that frames the package's launch page, as Moodle
 * does. The package is made from the build under test and unpacked into a folder of
 * its own, so every URL it loads must be relative to it.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const lesson = [...contentLessons()].find((l) => l.steps.filter(hasNetworkCheck).length >= 2)!;
const { slug } = lesson.meta;
const checkAt = lesson.steps.findIndex(hasNetworkCheck);
const check = lesson.steps[checkAt]!.check!;
const answer = computeTrace(stepModel(lesson.steps[checkAt]!, null)).quantities[check.quantity]!;

/** The LMS: the API on its window before the lesson's frame loads, and its data kept for a relaunch. */
const LMS_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="scorm12.min.js"></script></head>
<body>
<script>
  const query = new URLSearchParams(location.search);
  window.API = new Scorm12API({ logLevel: 5 });
  const saved = sessionStorage.getItem('cmi');
  if (saved) window.API.loadFromJSON(JSON.parse(saved));
  window.calls = [];
  for (const call of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) {
    window.API.on(call, () => window.calls.push(call));
  }
  window.API.on('LMSSetValue.cmi.core.session_time', (_, value) => (window.sessionTime = value));
  const frame = document.createElement('iframe');
  frame.title = 'Lesson';
  frame.style.cssText = 'width: 1200px; height: 800px; border: 0';
  frame.src = query.get('launch');
  document.body.append(frame);
</script>
</body>
</html>`;

let server: StaticServer;
let launch: string;
let site: string;

test.beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'scorm-lms-'));
  const dist = path.resolve(ROOT, process.env.E2E_DIST ?? 'dist');
  const built = packageScorm(dist, path.join(site, 'zips'));
  const pkg = built.find((b) => b.spec.identifier === `backprop-lab-${slug}`)!;
  for (const entry of readZip(readFileSync(pkg.file))) {
    const file = path.join(site, 'pkg', slug, entry.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.data);
  }
  launch = `pkg/${slug}/${pkg.spec.launch}`;
  copyFileSync(
    path.join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js'),
    path.join(site, 'scorm12.min.js'),
  );
  writeFileSync(path.join(site, 'lms.html'), LMS_PAGE);
});

test.beforeAll(async () => {
  server = await serveStatic(site);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** What the LMS holds for the learner now. */
const cmi = (page: Page) =>
  page.evaluate(() => {
    interface Cmi {
      core: { lesson_status: string; lesson_location: string; score: { raw: string } };
      suspend_data: string;
    }
    const { core, suspend_data } = (window as unknown as { API: { cmi: Cmi } }).API.cmi;
    return {
      status: core.lesson_status,
      location: core.lesson_location,
      score: core.score.raw,
      suspend: suspend_data,
    };
  });

test('a lesson in an LMS reports its status, score and place, and resumes there on relaunch', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.frame() !== page.mainFrame()) requests.push(request.url());
  });
  await page.goto(`${server.url}/lms.html?launch=${encodeURIComponent(launch)}`);
  const lessons = new LessonPage(page, page.frameLocator('iframe[title="Lesson"]'));
  await expect(lessons.count()).toHaveText(`Step 1 of ${lesson.steps.length}`);
  await expect.poll(async () => (await cmi(page)).status).toBe('incomplete');
  expect((await cmi(page)).location).toBe('1');

  // To the check: a wrong answer first, then the right one.
  for (let k = 1; k <= checkAt; k++) await lessons.navButton('Next').click();
  await expect(lessons.count()).toHaveText(`Step ${checkAt + 1} of ${lesson.steps.length}`);
  await lessons.submit('123');
  await expect(lessons.feedback()).toContainText('Not quite');
  await lessons.submit(String(answer));
  await expect(lessons.feedback()).toContainText('Right');
  const checks = lesson.meta.checks.length;
  await expect.poll(async () => (await cmi(page)).score).toBe(String(Math.round(100 / checks)));
  expect((await cmi(page)).location).toBe(String(checkAt + 1));

  // Every step seen: completed (the LMS set no mastery score).
  for (let k = checkAt + 1; k < lesson.steps.length; k++) {
    await lessons.navButton('Next').click();
    await expect(lessons.count()).toHaveText(`Step ${k + 1} of ${lesson.steps.length}`);
  }
  await expect.poll(async () => (await cmi(page)).status).toBe('completed');
  const before = await cmi(page);
  const progress = JSON.parse(before.suspend).lessons[slug];
  expect(progress.visited).toEqual(lesson.steps.map((_, k) => k));
  expect(progress.answered).toEqual([lesson.steps[checkAt]!.id]);
  expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toContain(
    'LMSCommit',
  );

  // Nothing was asked of anyone but the package.
  expect(requests.length).toBeGreaterThan(5);
  for (const url of requests) expect(url.startsWith(`${server.url}/pkg/${slug}/`), url).toBe(true);

  // Back two steps, then leave: the lesson finishes its session with the LMS.
  await lessons.navButton('Previous').click();
  await lessons.navButton('Previous').click();
  const stoppedAt = lesson.steps.length - 2;
  await expect.poll(async () => (await cmi(page)).location).toBe(String(stoppedAt));
  await page
    .frameLocator('iframe[title="Lesson"]')
    .locator('body')
    .evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
    });
  expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toContain(
    'LMSFinish',
  );
  expect(
    await page.evaluate(() => (window as unknown as { sessionTime: string }).sessionTime),
  ).toMatch(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);

  // Relaunch, as the LMS does the next day: with what it stored.
  const stored = await cmi(page);
  await page.evaluate((data) => {
    sessionStorage.setItem(
      'cmi',
      JSON.stringify({
        core: {
          entry: 'resume',
          lesson_status: data.status,
          lesson_location: data.location,
          score: { raw: data.score },
        },
        suspend_data: data.suspend,
      }),
    );
  }, stored);
  await page.reload();
  await expect(lessons.count()).toHaveText(`Step ${stoppedAt} of ${lesson.steps.length}`);
  // The check answered before is answered still, and the status stays completed.
  await expect.poll(async () => (await cmi(page)).status).toBe('completed');
  expect(JSON.parse((await cmi(page)).suspend).lessons[slug].answered).toEqual([
    lesson.steps[checkAt]!.id,
  ]);
  // The browser kept nothing of this learner.
  const local = await page
    .frameLocator('iframe[title="Lesson"]')
    .locator('body')
    .evaluate(() => localStorage.length);
  expect(local).toBe(0);
});
