import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lessonsPlugin } from './app/lessons/build/vite-plugin-lessons.ts';
import { securityHeadersPlugin } from './app/embed/build/security-headers.ts';
import { texPlugin } from './app/formulas/build/vite-plugin-tex.ts';

export default defineConfig({
  // lessonsPlugin and texPlugin serve `virtual:lessons` and `virtual:tex-catalog` to the app and to vitest alike.
  plugins: [react(), lessonsPlugin(), texPlugin(), securityHeadersPlugin()],
  // Every URL the pages load is relative to the page: the same build runs at a site's root,
  // in a folder, inside an LMS's SCORM package, and from the offline cache.
  base: './',
  build: {
    target: 'es2022',
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  test: {
    include: ['app/**/*.test.ts', 'app/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests and whole-lesson compiles are CPU-bound; on a busy 2-core machine the
    // default 5 s is too tight, and a timeout there says nothing about the code.
    testTimeout: 30_000,
  },
});
