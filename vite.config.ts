import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadAtStart } from './scripts/vite/preload-at-start.ts';

const root = path.resolve(import.meta.dirname, 'renderer');

/** The renderer: the same bundle is loaded by Electron (file://) and by browser mode. */
export default defineConfig({
  root,
  base: './',
  // The entry (main.tsx) asks for the start-up data and imports the app shell; the app opens on the
  // Backlog (the ui slice's first screen).
  plugins: [react(), preloadAtStart(['renderer/app/start.tsx', 'renderer/screens/backlog/BacklogScreen.tsx'])],
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
