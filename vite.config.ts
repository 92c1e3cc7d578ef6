import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { lessonsPlugin } from './app/lessons/build/vite-plugin-lessons.ts';
import { securityHeadersPlugin } from './app/embed/build/security-headers.ts';
import { texPlugin } from './app/formulas/build/vite-plugin-tex.ts';
import {
  pageFilesInDevPlugin,
  prerenderPlugin,
} from './app/prerender/build/vite-plugin-prerender.ts';

export default defineConfig({
  // lessonsPlugin and texPlugin serve `virtual:lessons` and `virtual:tex-catalog` to the app and to vitest alike.
  plugins: [
    react(),
    lessonsPlugin(),
    texPlugin(),
    securityHeadersPlugin(),
    // The explorer and the embed with their default state in the HTML, for a first paint
    // before any JavaScript (app/prerender/).
    prerenderPlugin(),
    pageFilesInDevPlugin(),
    // Offline after the first visit: a service worker precaches every page and every chunk
    // the app can load. The page registers it itself, late and lazily (app/offline/), and
    // offers an update rather than forcing it (registerType 'prompt').
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Backprop Lab',
        short_name: 'Backprop Lab',
        description: 'Learn backpropagation step by step on the 2-2-2 worked example.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d3557',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // KaTeX's fonts in woff2 only (every browser that runs the app reads it); the
        // embed's demo page is for hosts, not learners.
        globPatterns: ['**/*.{html,js,css,svg,png,woff2,webmanifest}'],
        globIgnores: ['embed-demo.*', 'backprop-lab-embed.js'],
        // Every page is one HTML file whose query says what to show: /?lesson=… is index.html.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
