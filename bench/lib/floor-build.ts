import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const FLOOR_DIST = path.resolve(import.meta.dirname, '..', '..', 'dist', 'bench-floor');

/** Builds the empty React page with the renderer's build settings (same plugin, target, base). */
export async function buildFloor(): Promise<string> {
  await build({
    configFile: false,
    root: path.resolve(import.meta.dirname, '..', 'floor'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: FLOOR_DIST, emptyOutDir: true, target: 'chrome120', manifest: true },
  });
  return FLOOR_DIST;
}
