import { chromium } from '@playwright/test';
const [url, name, selector, media = 'screen'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
for (const [label, width, height] of [['desktop', 1440, 900], ['projector', 1280, 720], ['phone', 375, 812]]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.emulateMedia({ media });
  await page.goto(url);
  await page.locator(selector).first().waitFor();
  await page.locator(selector).first().screenshot({ path: `/tmp/shots/${name}-${label}.png` });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(label, overflow);
  await page.close();
}
await browser.close();
