// Finds Electron's binary for `npm start`, and fetches it the first time with Electron's own installer
// (Electron 45 no longer downloads it during `npm install`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Electron executable inside the electron package, or null when it was never downloaded. */
export function electronBinary(electronDir, env = process.env) {
  try {
    const rel = readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    const bin = path.join(env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist'), rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** Runs the package's `install-electron` bin with the terminal attached, so its progress bar shows. */
function runInstaller(electronDir) {
  const pkg = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const installer = path.join(electronDir, pkg.bin['install-electron']);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { stdio: 'inherit', cwd: electronDir });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** The Node version Electron's installer needs, from the package's own `engines`. */
function installerNeeds(electronDir) {
  try {
    return JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).engines?.node ?? null;
  } catch {
    return null;
  }
}

function refusedMessage(electronDir) {
  const needs = installerNeeds(electronDir);
  return [
    '',
    'Electron could not be downloaded, so the desktop app cannot open.',
    ...(needs ? [`(Electron's installer needs Node ${needs}; this is Node ${process.versions.node}.)`] : []),
    '',
    '  Try again later:      npm start   (needs access to Electron’s release host)',
    '  Or use browser mode:  npm run web',
    '                        (the same app in your browser, on 127.0.0.1)',
  ].join('\n');
}

/**
 * The binary, fetched first if it is missing; null (after saying what to do instead) when the download
 * fails. `log` receives one line before the download and the failure message.
 */
export async function ensureElectron(electronDir, log = console) {
  const found = electronBinary(electronDir);
  if (found) return found;
  const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  log.log(`Electron ${version} is not downloaded yet; fetching it once (about 100 MB)…`);
  const code = await runInstaller(electronDir);
  const fetched = code === 0 ? electronBinary(electronDir) : null;
  if (!fetched) log.error(refusedMessage(electronDir));
  return fetched;
}

/**
 * `npm start`'s flow: the binary (fetched if needed), a fresh build (`build()` answers an exit status),
 * then Electron on the app's folder. Resolves with the exit code.
 */
export async function startDesktop({ electronDir, appDir, args = [], build, log = console }) {
  const bin = await ensureElectron(electronDir, log);
  if (!bin) return 1;
  const built = build();
  if (built !== 0) return built ?? 1;
  const child = spawn(bin, [appDir, ...args], { stdio: 'inherit' });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      log.error(`Electron could not be started: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 0));
  });
}
