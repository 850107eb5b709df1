import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { defaultDataDir, resolveDataDir } from '../storage/data-dir';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../storage/lock';
import { openWorkspaceStore } from '../storage/workspace-store';
import { coreCodec } from '../sync/core-codec';
import { startHost, type RunningHost } from './server';
import { stablePortFor } from './stable-port';

const USAGE =
  'Usage: npm run web -- [--data-dir DIR] [--port N] [--room-address ADDR] [--room-port N] ' +
  '[--room-host-name NAME] [--room-cert FILE --room-key FILE]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const options = {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'room-address': { type: 'string' },
    'room-port': { type: 'string' },
    'room-host-name': { type: 'string', multiple: true },
    'room-cert': { type: 'string' },
    'room-key': { type: 'string' },
    help: { type: 'boolean' },
  } as const;
  let values: ReturnType<typeof parseArgs<{ options: typeof options; strict: true }>>['values'];
  try {
    ({ values } = parseArgs({ options, strict: true }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const portOf = (flag: string, value: string | undefined) => {
    const n = Number(value ?? 0);
    if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`${flag} must be a whole number from 0 to 65535.\n${USAGE}`);
    return n;
  };
  const port = portOf('--port', values.port);
  const roomPort = portOf('--room-port', values['room-port']);
  const roomAddress = values['room-address'] ?? process.env.CADENCE_ROOM_ADDRESS ?? null;
  if (roomAddress === '0.0.0.0' || roomAddress === '::') {
    fail('--room-address takes one address of this computer: the room never listens on all of them.');
  }
  if (Boolean(values['room-cert']) !== Boolean(values['room-key'])) fail('--room-cert and --room-key go together.');
  const tls =
    values['room-cert'] && values['room-key']
      ? { cert: readFileSync(values['room-cert'], 'utf8'), key: readFileSync(values['room-key'], 'utf8') }
      : undefined;
  const dataDir = resolveDataDir(values['data-dir'], process.env, () =>
    defaultDataDir(process.platform, process.env, os.homedir()),
  );
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = process.env.CADENCE_STATIC_DIR ?? path.resolve(here, '..', 'renderer');
  const participantDir = process.env.CADENCE_PARTICIPANT_DIR ?? path.resolve(here, '..', 'participant');

  // One writer per data dir: a second server on the same folder refuses to start, naming the holder.
  let lock: DataDirLock;
  try {
    lock = await acquireDataDirLock(dataDir, { app: 'browser-mode server' });
  } catch (error) {
    if (error instanceof DataDirLockedError) fail(`Cadence could not start: ${error.message}`);
    throw error;
  }
  process.on('exit', () => lock.release());
  if (lock.tookOverFrom) {
    console.warn(`Note: took over the lock left by process ${lock.tookOverFrom.pid}, which is no longer running.`);
  }

  // The page is served while the data files are read; api calls wait for them.
  const opening = openWorkspaceStore({ dataDir });
  opening.catch(() => undefined); // reported below, once the host is listening
  let host: RunningHost | null = null;

  // Registered before anything else can happen, so a stop during start-up still saves and releases.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await host?.close();
    const store = await opening.catch(() => null);
    await store?.close();
    lock.release();
    console.log(`Cadence stopped (${signal}); all changes are saved.`);
    process.exit(0);
  };
  // Closing the terminal (SIGHUP) also saves and releases the data folder.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));

  const token = randomBytes(24).toString('base64url');
  try {
    host = await startHost({
      store: opening,
      staticDir,
      token,
      // An explicit --port (0 included: any free port) is kept; else the data folder's own port.
      ...(values.port === undefined ? { preferredPort: stablePortFor(dataDir) } : { port }),
      room: {
        staticDir: participantDir,
        fixedAddress: roomAddress,
        port: roomPort,
        hostNames: values['room-host-name'] ?? [],
        tls,
      },
      sync: {
        codec: coreCodec,
        onBackgroundError: (error) => console.warn(`Sync: ${(error as Error).message}`),
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    lock.release();
    fail(
      code === 'EADDRINUSE'
        ? `Port ${port} is already in use; pick another with --port or leave it out.`
        : String(error),
    );
  }
  console.log(`Cadence is running at ${host.url}`);
  console.log(`Data: ${path.join(dataDir, 'cadence.json')}`);
  try {
    const store = await opening;
    for (const notice of store.notices) console.warn(`Note: ${notice.message}`);
  } catch (error) {
    await host.close();
    lock.release();
    fail(`Cadence could not open its data: ${(error as Error).message}`);
  }
}

main().catch((error: unknown) => {
  console.error(`Cadence could not start: ${(error as Error).message}`);
  process.exit(1);
});
