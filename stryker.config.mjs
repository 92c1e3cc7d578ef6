// Mutation testing of the engine: `npm run test:mutation`. Stryker changes app/engine one small
// piece at a time (a + for a −, a > for a >=, a string emptied …) and runs the engine's unit
// tests against each change; a change no test notices marks a behaviour nothing checks.
// Not part of `npm test`: a full run takes tens of minutes on a 2-core machine.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // expr-arbitrary.ts is test support (the random formulas property tests draw), not the engine.
  mutate: ['app/engine/**/*.ts', '!app/engine/**/*.test.ts', '!app/engine/expr-arbitrary.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.engine.config.ts' },
  // Each mutant runs only the tests that reached its code in the first, instrumented run.
  coverageAnalysis: 'perTest',
  // Mutants that do not compile are discarded before any test runs. tsconfig.mutation.json checks
  // the engine's own sources (no tests, no DOM or Node types), so each check stays small.
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  // Two cores, shared: one test runner each, and patience with a busy machine.
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // `--incremental` reruns only the mutants whose code or tests changed since this file was written.
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  cleanTempDir: 'always',
};
