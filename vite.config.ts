import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lessonsPlugin } from './app/lessons/build/vite-plugin-lessons.ts';

export default defineConfig({
  // lessonsPlugin serves `virtual:lessons` to the app and to vitest alike.
  plugins: [react(), lessonsPlugin()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: { main: 'index.html' },
    },
  },
  test: {
    include: ['app/**/*.test.ts', 'app/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
