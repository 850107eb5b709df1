import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHints } from './scripts/vite/compile-hints.ts';
import { preloadAtStart } from './scripts/vite/preload-at-start.ts';
import { startChunks, type ChunksAtStart } from './scripts/vite/start-chunks.ts';

const root = path.resolve(import.meta.dirname, 'renderer');

/** Modules the small entry imports lazily but always needs at once: the app shell and the first screen. */
const START_MODULES = ['renderer/app/start.tsx', 'renderer/screens/backlog/BacklogScreen.tsx'];
const chunksAtStart: ChunksAtStart = (bundle) => startChunks(bundle, START_MODULES);

/** The renderer: the same bundle is loaded by Electron (app://cadence) and by browser mode. */
export default defineConfig({
  root,
  base: './',
  // The entry (main.tsx) asks for the start-up data and imports the app shell; the app opens on the
  // Backlog (the ui slice's first screen). Screens opened later are compiled as they load.
  plugins: [react(), preloadAtStart(chunksAtStart), compileHints(chunksAtStart)],
  // The backlog import's parse worker is a module worker (the page's policy refuses papaparse's blob: worker).
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 1500,
  },
});
