// Builds what Cadence runs: the renderer and the room's participant page (Vite), the browser-mode host and, unless --web,
// the Electron main and preload (esbuild; lowdb is ESM-only, so everything is bundled).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { nodeDefines, versionDefine } from './build-defines.mjs';
import { buildElectron as buildElectronInto } from './build-electron.mjs';
import { isFresh, markFresh } from './freshness.mjs';

// What is built is what users run: React's production build and JSX runtime, whatever NODE_ENV the caller had
// (vitest sets "test", which Vite would otherwise honour with React's development build).
process.env.NODE_ENV = 'production';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webOnly = process.argv.includes('--web');
const force = process.argv.includes('--force');
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
// Worked out once, while the renderer builds: the host and the Electron main both take them.
let nodeSide;
const nodeSideDefines = () => (nodeSide ??= nodeDefines(root));

async function buildRenderer() {
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    define: versionDefine(root),
  });
}

/** The participant page: its own small Preact entry, served by the room to phones. */
async function buildParticipant() {
  await viteBuild({ configFile: path.join(root, 'vite.participant.config.ts'), mode: 'production', logLevel: 'warn' });
}

async function buildHost() {
  await esbuild({
    ...common,
    define: await nodeSideDefines(),
    entryPoints: [path.join(root, 'src/host/cli.ts')],
    outfile: path.join(root, 'dist/host/cli.mjs'),
    format: 'esm',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

async function buildElectron() {
  await buildElectronInto(root, path.join(root, 'dist/electron'), await nodeSideDefines());
}

const inputs = [
  'src',
  'renderer',
  'electron',
  'vite.config.ts',
  'vite.participant.config.ts',
  'package.json',
  'scripts/build.mjs',
  'scripts/build-electron.mjs',
  'scripts/build-defines.mjs',
  'scripts/vite',
];
const stamp = webOnly ? 'web' : 'all';
if (!force && isFresh(root, inputs, stamp)) {
  process.exit(0);
}
const started = Date.now();
await Promise.all([buildRenderer(), buildParticipant(), buildHost(), ...(webOnly ? [] : [buildElectron()])]);
markFresh(root, stamp);
console.log(
  `Built ${webOnly ? 'renderer, participant page and host' : 'renderer, participant page, host and Electron'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
