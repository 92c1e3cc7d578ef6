// Finds a Chromium for the browser tests, installing Debian's package when it is
// missing and we may (Playwright's own browser download does not work here).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);
const found = () => candidates.find((path) => existsSync(path));

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    console.log("Chromium not found: installing Debian's chromium package…");
    try {
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
        {
          stdio: 'inherit',
        },
      );
    } catch {
      // reported below
    }
  }
}

const path = found();
if (!path) {
  console.error(
    'The browser tests need Chromium and none was found. Install it (on Debian: ' +
      '`sudo apt-get install chromium`) or point CHROMIUM_PATH at a Chromium binary.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
