import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a test's child-process script (TypeScript importing the app's modules) into one ES module that plain
 * `node` runs, in a temp folder; answers its path. Modules that `require` still find it (the banner).
 */
export async function bundleChild(entry: string): Promise<string> {
  const work = mkdtempSync(path.join(os.tmpdir(), `cadence-${path.basename(entry, '.ts')}-`));
  const outfile = path.join(work, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}
