import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependencies point one way (see DESIGN.md): the engine imports nothing of the app,
// d3 stays in graph/, KaTeX stays in formulas/ (and the CLI's TeX check in tests).
const appDirs = [
  'store',
  'graph',
  'formulas',
  'explorer',
  'sheet',
  'lessons',
  'present',
  'embed',
  'ui',
  'cli',
  'playground',
];

// What every page module may not import; a later block for some pages adds to these, since a
// later no-restricted-imports replaces an earlier one rather than merging with it.
const pagePatterns = [
  { group: ['d3-*'], message: 'Keep d3 inside app/graph/.' },
  { group: ['katex', 'katex/*'], message: 'Keep KaTeX inside app/formulas/.' },
  {
    group: ['**/build/*', './build/*'],
    message:
      'app/lessons/build/ runs in Node at build time; the page reads lessons from virtual:lessons.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist', 'dist-scorm', 'node_modules', 'test-results', 'playwright-report', 'reports'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Node scripts (test set-up, screenshots); page code inside page.evaluate sees the browser's globals.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['app/engine/**/*.ts'],
    ignores: ['app/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'zustand',
                'zustand/*',
                'katex',
                'katex/*',
                'd3-*',
              ],
              message: 'The engine is pure TypeScript.',
            },
            {
              group: appDirs.map((dir) => `../${dir}/*`),
              message: 'The engine imports nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    ignores: [
      'app/engine/**',
      'app/graph/**',
      'app/formulas/**',
      'app/lessons/build/**',
      'app/lessons/scorm/build/**',
      '**/*.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...pagePatterns],
        },
      ],
    },
  },
  {
    // The store holds the state every view reads; it imports the engine and nothing above it.
    files: ['app/store/**/*.ts'],
    ignores: ['app/store/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['d3-*', 'katex', 'katex/*'], message: 'The store holds state, not drawing.' },
            {
              group: appDirs.filter((dir) => dir !== 'store').map((dir) => `../${dir}/*`),
              message: 'The store imports the engine only: views depend on it, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages built on the explorer (lessons, the sheet, the playground) sit below presenter mode and the embed.
    files: ['app/lessons/**/*.{ts,tsx}', 'app/sheet/**/*.{ts,tsx}', 'app/playground/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      'app/lessons/build/**',
      'app/lessons/scorm/build/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pagePatterns,
            {
              group: ['../present/*', '../../present/*', '../embed/*', '../../embed/*'],
              message: 'Presenter mode and the embed are built on these pages, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // The content build runs in Node at build time: it renders lesson math with KaTeX
    // (so the page ships none for lessons) but has no business with React or d3. So does
    // the SCORM packager, which reads the lessons' titles and the build's files.
    files: ['app/lessons/build/**/*.ts', 'app/lessons/scorm/build/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'd3-*'],
              message: 'The content build runs in Node, not in the page.',
            },
          ],
        },
      ],
    },
  },
);
