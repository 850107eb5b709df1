import { mkdirSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CadenceBridge } from '../../../../src/api/contract';
import { tempDir } from '../../../helpers/in-process-api';
import { createStandInElectron, type StandInElectron } from './electron';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const require = createRequire(import.meta.url);
/** The cache key `require('electron')` resolves to while a stand-in is installed. */
const STAND_IN_ID = path.join(ROOT, 'tests', 'unit', 'electron', 'stand-in', '<electron>');

export interface BuiltShell {
  main: string;
  preload: string;
  rendererDir: string;
}

/**
 * Builds electron/main.ts and preload.ts with the build script's own function into a temp folder,
 * beside a small stand-in renderer (the real one is not needed to test the shell).
 */
export async function buildShell(): Promise<BuiltShell> {
  const out = tempDir('cadence-shell-');
  const script = pathToFileURL(path.join(ROOT, 'scripts', 'build-electron.mjs')).href;
  const { buildElectron } = (await import(script)) as { buildElectron: (root: string, dir: string) => Promise<void> };
  await buildElectron(ROOT, path.join(out, 'electron'));
  const rendererDir = path.join(out, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Cadence</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'worker.js'), 'self.onmessage = () => undefined;');
  writeFileSync(path.join(out, 'secret.txt'), 'outside the renderer');
  return {
    main: path.join(out, 'electron', 'main.cjs'),
    preload: path.join(out, 'electron', 'preload.cjs'),
    rendererDir,
  };
}

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const originalResolve = loader._resolveFilename;
loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  if (request === 'electron') return STAND_IN_ID;
  return originalResolve.call(this, request, ...rest);
};

function loadFresh(file: string, electron: unknown): void {
  require.cache[STAND_IN_ID] = {
    id: STAND_IN_ID,
    filename: STAND_IN_ID,
    loaded: true,
    exports: electron,
  } as NodeJS.Module;
  delete require.cache[file];
  require(file);
}

export interface RunningShell extends StandInElectron {
  dataDir: string;
  /** window.cadence as the preload exposes it to the page. */
  bridge: CadenceBridge;
  window: InstanceType<StandInElectron['electron']['BrowserWindow']>;
}

/** Runs the built main process against a fresh stand-in, waits for its page to load, then runs the preload. */
export async function runMain(built: BuiltShell): Promise<RunningShell> {
  const dataDir = tempDir('cadence-userdata-');
  const standIn = createStandInElectron({ userData: dataDir });
  loadFresh(built.main, standIn.electron);
  const window = await standIn.drive.loaded;
  loadFresh(built.preload, standIn.electron);
  const bridge = standIn.electron.contextBridge.exposed.get('cadence') as CadenceBridge;
  return { ...standIn, dataDir, bridge, window };
}

/**
 * Runs the built main process with command-line arguments (`cadence import …`) and resolves once it calls
 * app.exit, with what it printed. process.argv is Electron's: the executable, the app, then the arguments.
 */
export async function runMainCommand(
  built: BuiltShell,
  args: string[],
  dataDir = tempDir('cadence-userdata-'),
): Promise<StandInElectron & { code: number; out: string; err: string; dataDir: string }> {
  const standIn = createStandInElectron({ userData: dataDir });
  const argv = process.argv;
  const writes = { out: '', err: '' };
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string) => ((writes.out += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((writes.err += chunk), true)) as typeof process.stderr.write;
  process.argv = ['/opt/Cadence/electron', built.main, ...args];
  try {
    loadFresh(built.main, standIn.electron);
    // A command the app took for its own arguments opens the window and never exits: said at once instead.
    const opened = standIn.drive.loaded.then((): never => {
      throw new Error(`The app opened its window instead of running: ${args.join(' ')}`);
    });
    const code = await Promise.race([standIn.drive.exited, opened]);
    return { ...standIn, code, ...writes, dataDir };
  } finally {
    process.argv = argv;
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
