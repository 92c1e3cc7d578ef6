/**
 * `virtual:lessons`: the lesson index (small, in the main bundle) and one
 * lazily loaded module per lesson (`virtual:lessons/<slug>`, its own chunk) with
 * the prose already rendered to HTML. A lesson problem fails `vite build` with
 * file:line, shows Vite's error overlay in dev, and a saved edit reloads the page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as Pipeline from './pipeline';

const LESSONS_MODULE = 'virtual:lessons';
const RESOLVED_PREFIX = `\0${LESSONS_MODULE}`;

export interface LessonsPluginOptions {
  /** the lessons' folder, relative to the project root (default "content") */
  readonly contentDir?: string;
  /** the pipeline module itself, for tests that call the hooks directly */
  readonly pipeline?: typeof Pipeline;
}

// vite.config.ts is bundled by a loader that warns about every extensionless
// import it meets; the pipeline (and the engine it validates with) is loaded
// at run time through Vite's module runner instead, so this file imports no
// module of the app.
const PIPELINE_FILE = fileURLToPath(new URL('./pipeline.ts', import.meta.url));

export function lessonsPlugin(options: LessonsPluginOptions = {}): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  let pipeline: Promise<typeof Pipeline> | undefined;
  let cached: Pipeline.CompiledCollection | undefined;
  const contentDir = () => path.resolve(root, options.contentDir ?? 'content');
  const loadPipeline = () =>
    (pipeline ??= options.pipeline
      ? Promise.resolve(options.pipeline)
      : runnerImport<typeof Pipeline>(PIPELINE_FILE, { root, logLevel: 'warn' }).then(
          (result) => result.module,
        ));
  const collection = async () => {
    const { compileLessons } = await loadPipeline();
    return (cached ??= compileLessons(contentDir(), root));
  };
  const isContent = (file: string) => !path.relative(contentDir(), file).startsWith('..');

  return {
    name: 'backprop-lab:lessons',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    async buildStart() {
      cached = undefined;
      if (command !== 'build') return;
      // Fail before bundling: a malformed lesson must never become a broken page.
      const message = (await loadPipeline()).problemsMessage(await collection());
      if (message) this.error(message);
    },
    resolveId(id) {
      if (id === LESSONS_MODULE || id.startsWith(`${LESSONS_MODULE}/`)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const { indexModule, lessonModule, problemsMessage } = await loadPipeline();
      const lessons = await collection();
      for (const file of lessons.files) this.addWatchFile(file);
      const message = problemsMessage(lessons);
      if (message) this.error(message);
      if (id === RESOLVED_PREFIX) return indexModule(lessons.lessons);
      const slug = id.slice(RESOLVED_PREFIX.length + 1);
      const lesson = lessons.lessons.find((candidate) => candidate.meta.slug === slug);
      if (!lesson)
        return this.error(`there is no lesson "${slug}" in ${path.relative(root, contentDir())}/`);
      return lessonModule(lesson);
    },
    hotUpdate({ file }) {
      if (!isContent(file)) return undefined;
      // Any change under content/ (an edit, a new lesson, a deleted one) can change every
      // module: compile again and reload the page, which keeps its ?lesson=…&lstep=… place.
      cached = undefined;
      const graph = this.environment.moduleGraph;
      for (const [id, module] of graph.idToModuleMap) {
        if (id.startsWith(RESOLVED_PREFIX)) graph.invalidateModule(module);
      }
      this.environment.hot.send({ type: 'full-reload', path: '*' });
      return [];
    },
  };
}
