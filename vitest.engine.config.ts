import { defineConfig } from 'vitest/config';

// The engine's unit tests alone, for mutation testing (stryker.config.mjs): the engine is pure
// TypeScript, so none of the app's Vite plugins are needed, and each mutant runs only the tests
// that can see it. `npm run test:unit` keeps using vite.config.ts, which runs every unit test.
export default defineConfig({
  test: {
    include: ['app/engine/**/*.test.ts'],
    environment: 'node',
    // As in vite.config.ts: property tests are CPU-bound, and the machine is shared.
    testTimeout: 30_000,
  },
});
