/**
 * The plugin's hooks, called as Vite calls them, with a stand-in context: a bad
 * lesson fails the build with file:line, dev shows the same message, and an edit
 * under content/ invalidates the modules and reloads the page.
 */
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Lesson, LessonMeta } from '../schema';
import * as pipeline from './pipeline';
import { lessonsPlugin } from './vite-plugin-lessons';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** A plugin for a fixture project, configured as `vite build` or the dev server would. */
function pluginFor(project: 'good' | 'bad', command: 'build' | 'serve') {
  const plugin = lessonsPlugin({ pipeline });
  const hook = (name: keyof typeof plugin) => plugin[name] as unknown as Hook;
  hook('configResolved').call(undefined, { root: path.join(FIXTURES, project), command });
  const context = {
    error: vi.fn((message: string) => {
      throw new Error(message);
    }),
    addWatchFile: vi.fn(),
  };
  return {
    context,
    buildStart: async () => hook('buildStart').call(context),
    resolveId: (id: string) => hook('resolveId').call(context, id) as string | undefined,
    load: async (id: string) => hook('load').call(context, id) as Promise<string | undefined>,
    hotUpdate: (environment: unknown, file: string) =>
      hook('hotUpdate').call({ environment }, { file, type: 'update', modules: [] }),
  };
}

/** Evaluates a module's code (plain data, no imports) as the bundle would. */
async function evaluate(code: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

describe('vite build', () => {
  test('a bad lesson fails the build, naming every file and line', async () => {
    const { buildStart, context } = pluginFor('bad', 'build');
    await expect(buildStart()).rejects.toThrow(/^4 problems in the lessons/);
    const message = String(context.error.mock.calls[0]?.[0]);
    expect(message.split('\n').slice(1)).toEqual([
      expect.stringMatching(
        /^content\/01-broken\/lesson\.md:11: focus "net_h3" is not a quantity of this network \(did you mean "net_h1"\?\)/,
      ),
      "content/01-broken/lesson.md:14: the math \\frac{1}{2 does not render: Unexpected end of input in a macro argument, expected '}'",
      'content/02-empty/lesson.md:1: the lesson folder "02-empty" has no lesson.md; every folder in content/ is a lesson',
      'content/3-misnamed/lesson.md:1: the lesson folder "3-misnamed" must be named NN-slug: two digits for its order, a dash, then a kebab-case slug, such as "03-forward-pass"',
    ]);
  });

  test('good lessons pass, and the modules hold them', async () => {
    const { buildStart, resolveId, load, context } = pluginFor('good', 'build');
    await buildStart();
    expect(context.error).not.toHaveBeenCalled();
    expect(resolveId('virtual:lessons')).toBe('\0virtual:lessons');
    expect(resolveId('virtual:lessons/first')).toBe('\0virtual:lessons/first');
    expect(resolveId('./other')).toBeUndefined();
    expect(await load('/some/file.ts')).toBeUndefined();

    const index = (await load('\0virtual:lessons')) ?? '';
    // each lesson is its own chunk: the index only imports it dynamically
    expect(index).toContain('() => import("virtual:lessons/first")');
    expect(index).toContain('() => import("virtual:lessons/second")');
    const indexData = /export const lessonIndex = (.*);/.exec(index)?.[1] ?? '';
    expect((JSON.parse(indexData) as LessonMeta[]).map((meta) => [meta.slug, meta.order])).toEqual([
      ['first', 1],
      ['second', 2],
    ]);
    expect(index).not.toContain('katex');

    const second = (await evaluate((await load('\0virtual:lessons/second')) ?? ''))
      .default as Lesson;
    expect(second.meta).toMatchObject({ slug: 'second', prerequisites: ['first'], stepCount: 1 });
    expect(second.steps[0]?.check?.promptHtml).toContain('<span class="katex">');
    expect(context.addWatchFile).toHaveBeenCalledWith(
      path.join(FIXTURES, 'good/content/02-second/lesson.md'),
    );

    await expect(load('\0virtual:lessons/missing')).rejects.toThrow(
      'there is no lesson "missing" in content/',
    );
  });
});

describe('dev server', () => {
  test('does not stop at buildStart; loading the lessons shows the problems (the error overlay)', async () => {
    const { buildStart, load } = pluginFor('bad', 'serve');
    await expect(buildStart()).resolves.toBeUndefined();
    await expect(load('\0virtual:lessons')).rejects.toThrow(
      /content\/01-broken\/lesson\.md:14: the math/,
    );
  });

  test('an edit under content/ invalidates the lesson modules and reloads the page', async () => {
    const { hotUpdate, load } = pluginFor('good', 'serve');
    await load('\0virtual:lessons');
    const lessonModule = { id: '\0virtual:lessons/first' };
    const otherModule = { id: '/app/main.tsx' };
    const environment = {
      moduleGraph: {
        idToModuleMap: new Map([
          [lessonModule.id, lessonModule],
          [otherModule.id, otherModule],
        ]),
        invalidateModule: vi.fn(),
      },
      hot: { send: vi.fn() },
    };
    expect(hotUpdate(environment, path.join(FIXTURES, 'good/app/main.tsx'))).toBeUndefined();
    expect(environment.hot.send).not.toHaveBeenCalled();
    expect(hotUpdate(environment, path.join(FIXTURES, 'good/content/01-first/lesson.md'))).toEqual(
      [],
    );
    expect(environment.moduleGraph.invalidateModule.mock.calls).toEqual([[lessonModule]]);
    expect(environment.hot.send).toHaveBeenCalledWith({ type: 'full-reload', path: '*' });
  });
});
