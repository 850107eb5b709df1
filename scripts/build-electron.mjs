// Electron's main and preload, bundled by esbuild (lowdb is ESM-only, so everything but `electron` is bundled).
// Shared by scripts/build.mjs and the main-process tests, so the tests run exactly what ships.
import path from 'node:path';
import { build } from 'esbuild';
import { nodeDefines } from './build-defines.mjs';

/**
 * Builds electron/main.ts and electron/preload.ts into `outdir` as main.cjs and preload.cjs, with `define`
 * (nodeDefines' entries) when the caller has already worked them out.
 */
export async function buildElectron(root, outdir, define) {
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    define: define ?? (await nodeDefines(root)),
    logLevel: 'warning',
    entryPoints: { main: path.join(root, 'electron/main.ts'), preload: path.join(root, 'electron/preload.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: ['electron'],
  });
}
