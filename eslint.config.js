import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependencies point one way (see DESIGN.md), layer by layer: a folder imports its own layer
// and those below it, never one above. d3 stays in graph/, KaTeX in formulas/ (and the CLI's
// TeX check in tests).
const layers = [
  // the numbers: pure TypeScript
  ['engine', 'reference'],
  // what is drawn and written from them, reading no state: layouts and drawings, TeX, plain
  // controls, and the sheet's text formats
  ['graph', 'formulas', 'ui', 'cli'],
  // the state every view reads
  ['store'],
  // the views the pages share, drawn from the store: the diagram, the formula panel, controls
  ['diagram', 'formula-panel', 'controls'],
  // the pages
  ['explorer', 'sheet', 'lessons', 'playground', 'offline'],
  // what is built on the pages
  ['present', 'embed'],
  // the entry pages rendered to HTML at build time
  ['prerender'],
];
const appDirs = layers.flat().filter((dir) => dir !== 'engine');
const layerOf = (dir) => layers.findIndex((layer) => layer.includes(dir));
/** The folders above `dir`'s layer, as import patterns from any depth inside it. */
const above = (dir) =>
  layers
    .slice(layerOf(dir) + 1)
    .flat()
    .flatMap((other) => [`../${other}/*`, `../../${other}/*`, `../../../${other}/*`]);

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
      // the build's prerender plugin, in Node: it loads the other build plugins
      'app/prerender/build/**',
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
    // The pages (the explorer, the lessons, the sheet, the playground) sit below presenter mode and the embed.
    files: [
      'app/explorer/**/*.{ts,tsx}',
      'app/lessons/**/*.{ts,tsx}',
      'app/sheet/**/*.{ts,tsx}',
      'app/playground/**/*.{ts,tsx}',
      'app/offline/**/*.{ts,tsx}',
    ],
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
              group: above('lessons'),
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
  // Each lower layer on its own: a later block for the same files would replace these rules.
  ...['graph', 'formulas', 'ui', 'cli', 'store', 'diagram', 'formula-panel', 'controls'].map(
    (dir) => ({
      files: [`app/${dir}/**/*.{ts,tsx}`],
      ignores: ['**/*.test.ts', '**/*.test.tsx', `app/${dir}/build/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...(['graph', 'formulas', 'cli'].includes(dir)
                ? []
                : pagePatterns.filter((p) => !p.group.some((g) => g.includes('build')))),
              ...(dir === 'store'
                ? [
                    {
                      group: ['d3-*', 'katex', 'katex/*'],
                      message: 'The store holds state, not drawing.',
                    },
                  ]
                : []),
              {
                group: above(dir),
                message: `app/${dir}/ sits below ${layers
                  .slice(layerOf(dir) + 1)
                  .flat()
                  .join(', ')}: they import it, never the reverse.`,
              },
            ],
          },
        ],
      },
    }),
  ),
);
