import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The participant page: its own small entry (Preact, no React), served by the room's listener.
 * It must stay under 60 kB gzip on first load (bench/participant-size.bench.ts measures it).
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer/participant'),
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/participant'),
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2020',
  },
});
