// The constants builds are given: the version, and for the Node side (host, Electron main) the team schema's
// fingerprint, worked out here once rather than by every start and every command line run (~28 ms of
// zod's JSON Schema export, src/storage/verified-teams.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** The version, as a `define` entry for esbuild or Vite (values are JSON text): all the renderer needs. */
export function versionDefine(root) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return { __CADENCE_VERSION__: JSON.stringify(pkg.version) };
}

/** The `define` entries of the Node side: the version and the schema's fingerprint. */
export async function nodeDefines(root) {
  return { ...versionDefine(root), __SCHEMA_FINGERPRINT__: JSON.stringify(await schemaFingerprintOfSource(root)) };
}

/** The fingerprint the source tree's schema has: its code bundled as it ships, then run. */
export async function schemaFingerprintOfSource(root) {
  const bundled = await build({
    stdin: {
      contents: "export { computeSchemaFingerprint } from './src/storage/verified-teams.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const code = Buffer.from(bundled.outputFiles[0].contents).toString('base64');
  const { computeSchemaFingerprint } = await import(`data:text/javascript;base64,${code}`);
  return computeSchemaFingerprint();
}
