import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, run last: random properties over every setting, and KaTeX over
 * every formula. A mutant stops at its first failing test, so one that a quick test kills then
 * costs a second rather than the minute these take with Stryker's instrumentation.
 */
const SLOWEST = ['gradients.property.test.ts', 'bad-input.test.ts', 'tex.test.ts'];

class SlowestLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) =>
      SLOWEST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
    return [...sorted.filter((f) => rank(f) < 0), ...sorted.filter((f) => rank(f) >= 0)];
  }
}

// The engine's unit tests alone, for mutation testing (stryker.config.mjs): the engine is pure
// TypeScript, so none of the app's Vite plugins are needed, and each mutant runs only the tests
// that can see it. `npm run test:unit` keeps using vite.config.ts, which runs every unit test.
export default defineConfig({
  test: {
    include: ['app/engine/**/*.test.ts'],
    environment: 'node',
    // As in vite.config.ts: property tests are CPU-bound, and the machine is shared.
    testTimeout: 30_000,
    sequence: { sequencer: SlowestLast },
  },
});
