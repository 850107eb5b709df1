// npm start: the Electron app. Fetches Electron's binary the first time; where that fails, points to browser mode.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDesktop } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

process.exitCode = await startDesktop({
  electronDir: path.dirname(require.resolve('electron/package.json')),
  appDir: root,
  args: process.argv.slice(2),
  build: () => spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' }).status,
});
