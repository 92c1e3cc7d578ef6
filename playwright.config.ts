import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const chromium =
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  ) ?? '/usr/bin/chromium';

// Several people can test side by side: each builds into its own folder and serves it on its own port.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  // A flaky test is fixed, never retried into passing.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The offline cache is tested on its own (e2e/offline.spec.ts); elsewhere a service worker
    // would only make each test download the whole app in the background.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium,
      // The machine has no network beyond localhost: keep Chromium from reaching out.
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build, as users get it (npm test builds before the browser tests).
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --bypass-lock --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
