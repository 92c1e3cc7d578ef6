// Screenshots of a page at the three widths that matter (desktop, 1280×720 projector,
// 375 px phone), for looking at what we built:
//   node scripts/screenshot.mjs URL NAME [full|viewport] [screen|print]
// writes /tmp/shots/NAME-{desktop,projector,phone}.png once nothing on the page is still
// loading; `print` renders the page with its print style sheet, as it would be printed.
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:4173/', name = 'page', full = 'full', media = 'screen'] =
  process.argv.slice(2);
const sizes = [
  ['desktop', 1440, 900],
  ['projector', 1280, 720],
  ['phone', 375, 812],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking'],
});
for (const [label, width, height] of sizes) {
  const page = await browser.newPage({
    viewport: { width, height },
    deviceScaleFactor: label === 'phone' ? 2 : 1,
  });
  await page.emulateMedia({ media: media === 'print' ? 'print' : 'screen' });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  // Lazy pages and formulas arrive after the network is idle on a busy machine.
  await page.waitForFunction(
    () =>
      document.querySelector('.page-loading, [aria-busy="true"], [data-tex-loading]') === null &&
      document.fonts.status === 'loaded',
  );
  const path = `/tmp/shots/${name}-${label}.png`;
  await page.screenshot({ path, fullPage: full === 'full' });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  console.log(path, overflow > 0 ? `OVERFLOWS sideways by ${overflow}px` : 'no sideways scroll');
  await page.close();
}
await browser.close();
