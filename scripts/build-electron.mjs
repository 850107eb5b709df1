// Electron's main and preload, bundled by esbuild (lowdb is ESM-only, so everything but `electron` is bundled).
// Shared by scripts/build.mjs and the main-process tests, so the tests run exactly what ships.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** Builds electron/main.ts and electron/preload.ts into `outdir` as main.cjs and preload.cjs. */
export async function buildElectron(root, outdir) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    define: { __CADENCE_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
    entryPoints: { main: path.join(root, 'electron/main.ts'), preload: path.join(root, 'electron/preload.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: ['electron'],
  });
}
