import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { channelFor, METHOD_NAMES } from '../src/api/contract';
import { dispatch } from '../src/api/dispatch';
import type { HandlerContext } from '../src/api/handler-types';
import { EVENT_CHANNEL, type CadenceEvent } from '../src/api/contract/events';
import { keepGoingWhenOutputCloses, pipedIn } from '../src/cli/io';
import { commandLineOf, runCli } from '../src/cli/run';
import { withRoom, type RoomSettings } from '../src/room/with-room';
import { resolveDataDir } from '../src/storage/data-dir';
import { acquireDataDirLock } from '../src/storage/lock';
import { openWorkspaceStore } from '../src/storage/workspace-store';
import { coreCodec } from '../src/sync/core-codec';
import { withSync } from '../src/sync/with-sync';
import { APP_SCHEME, APP_URL, appRequestHandler, registerAppScheme } from './app-protocol';
import { askDiscardUnsaved, desktopShell } from './desktop-shell';
import { buildMenu } from './menu';
import { guardIpc, isPermissionGranted, isSafeExternalUrl, navigationVerdict, secureWebPreferences } from './security';
import { desktopTokenStore } from './sync-tokens';

app.setName('Cadence');
// Privileged schemes can only be registered before the app is ready.
registerAppScheme(protocol);
// A dev-server address is honoured only in development: a packaged app always loads its own files.
const rendererUrl = (!app.isPackaged && process.env.CADENCE_RENDERER_URL) || APP_URL;

/** `--name VALUE` or `--name=VALUE` from the command line. */
function argOf(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i !== -1) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** The room's settings, as in browser mode: --room-address (or CADENCE_ROOM_ADDRESS) and --room-port. */
function roomSettings(argv: string[]): RoomSettings {
  const port = Number(argOf(argv, '--room-port') ?? 0);
  return {
    staticDir: path.join(__dirname, '..', 'participant'),
    fixedAddress: argOf(argv, '--room-address') ?? process.env.CADENCE_ROOM_ADDRESS ?? null,
    port: Number.isInteger(port) && port >= 0 && port <= 65535 ? port : 0,
  };
}

/** The host's events reach every window on one channel (see src/api/contract/events.ts). */
function publish(event: CadenceEvent): void {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_CHANNEL, event);
}

async function createWindow(): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Cadence',
    backgroundColor: '#0f1419',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(rendererUrl);
  return win;
}

/** Permissions are denied, except writing to the clipboard from our own page ("Copy as Markdown"). */
function limitPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, rendererUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, rendererUrl),
  );
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(argOf(process.argv, '--data-dir'), process.env, () => app.getPath('userData'));
  // The single-instance lock covers a second desktop app; the lock file also covers a browser-mode server.
  const lock = await acquireDataDirLock(dataDir, { app: 'desktop app' });
  app.on('will-quit', () => lock.release());
  process.on('exit', () => lock.release());
  // The window loads while the data files are read; api calls wait for them (as in browser mode).
  const opening = openWorkspaceStore({ dataDir });
  opening.catch((error: unknown) => {
    dialog.showErrorBox('Cadence could not open its data', `${(error as Error).message}\n\nFolder: ${dataDir}`);
    lock.release();
    app.exit(1);
  });

  const now = () => new Date();
  // The room and sharing see every durable change through the store the api uses; sharing wraps the room's
  // store, so the room shows what a merge brought in.
  const wired = opening.then((opened) => {
    const withTheRoom = withRoom(opened, now, roomSettings(process.argv), publish);
    const shared = withSync(
      withTheRoom.store,
      now,
      {
        codec: coreCodec,
        tokens: desktopTokenStore(safeStorage, opened.dataDir),
        onBackgroundError: (error) => console.warn(`Sync: ${(error as Error).message}`),
      },
      publish,
    );
    shared.sync.start().catch((error: unknown) => console.warn(`Sync: ${(error as Error).message}`));
    return { store: shared.store, room: withTheRoom.room, sync: shared.sync };
  });
  const context: Promise<HandlerContext> = wired.then(({ store, room, sync }) => ({
    store,
    now,
    transport: 'electron',
    shell: desktopShell,
    room,
    sync,
  }));
  context.catch(() => undefined); // reported above
  /** Calls being answered: quitting waits for them, so a change the page just made is saved. */
  const inFlight = new Set<Promise<unknown>>();
  for (const name of METHOD_NAMES) {
    ipcMain.handle(
      channelFor(name),
      guardIpc(rendererUrl, (input) => {
        const call = context.then((ctx) => dispatch(ctx, name, input));
        inFlight.add(call);
        void call.finally(() => inFlight.delete(call)).catch(() => undefined);
        return call;
      }),
    );
  }

  // Quit only once every acknowledged change is on disk, then free the data folder (set before the
  // window opens, so a quit at any moment after the lock is taken waits).
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void Promise.allSettled([...inFlight])
      // The room closes with the app: phones are told, and its port is freed.
      .then(() => wired.then(({ room, sync }) => Promise.all([sync.close(), room.close()])).catch(() => undefined))
      .then(() => opening)
      .then((store) => store.close())
      .catch(() => undefined)
      .finally(() => {
        lock.release();
        app.quit();
      });
  });

  protocol.handle(APP_SCHEME, appRequestHandler(path.join(__dirname, '..', 'renderer')));
  limitPermissions();
  Menu.setApplicationMenu(buildMenu());

  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
}

// The arguments after Electron's own (the executable, and the app's path in development): a command line
// (`cadence --data-dir DIR import …`, without the Chromium switches among its options), or null for the window.
const cliArgs = commandLineOf(process.argv.slice(app.isPackaged ? 1 : 2));
if (cliArgs) {
  // `cadence import …`: no window, and before the single-instance lock, so it also runs while no window is
  // open; the data folder's lock file makes it refuse (exit 4) while the app is open on the folder.
  keepGoingWhenOutputCloses([process.stdout, process.stderr]);
  void runCli(cliArgs, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    now: () => new Date(),
    defaultDataDir: () => app.getPath('userData'),
    app: 'command line',
    stdin: (limit) => pipedIn(process.stdin, limit),
  }).then((code) => app.exit(code));
} else if (!app.requestSingleInstanceLock()) {
  // Two processes must never write one data file.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  // Every web contents, not just the main window: no webviews, no new windows, no navigation away.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    const guard = (event: { preventDefault: () => void }, url: string) => {
      const verdict = navigationVerdict(url, contents.getURL());
      if (verdict === 'stay') return;
      event.preventDefault();
      if (verdict === 'open-externally') void shell.openExternal(url);
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    // A form with unsaved changes holds a reload or a close (the page's beforeunload): ask, as a browser does.
    // Electron keeps the page without a word otherwise; preventDefault lets the unload go ahead.
    contents.on('will-prevent-unload', (event) => {
      if (askDiscardUnsaved(BrowserWindow.fromWebContents(contents))) event.preventDefault();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Cadence could not start', (error as Error).message);
      app.quit();
    });
}
