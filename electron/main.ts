import path from 'node:path';
import { promises as fs } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { channelFor, METHOD_NAMES } from '../src/api/contract';
import { dispatch } from '../src/api/dispatch';
import type { HandlerContext } from '../src/api/handler-types';
import { resolveDataDir } from '../src/storage/data-dir';
import { acquireDataDirLock } from '../src/storage/lock';
import { openWorkspaceStore } from '../src/storage/workspace-store';
import { guardIpc, isSafeExternalUrl, navigationVerdict, secureWebPreferences } from './security';
import { buildMenu } from './menu';

app.setName('Cadence');
// A dev-server address is honoured only in development: a packaged app always loads its own files.
const rendererUrl =
  (!app.isPackaged && process.env.CADENCE_RENDERER_URL) ||
  `file://${path.join(__dirname, '..', 'renderer', 'index.html')}`;

function dataDirFromArgs(argv: string[]): string | undefined {
  const i = argv.indexOf('--data-dir');
  if (i !== -1) return argv[i + 1];
  return argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
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

async function start(): Promise<void> {
  const dataDir = resolveDataDir(dataDirFromArgs(process.argv), process.env, () => app.getPath('userData'));
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

  const base: Omit<HandlerContext, 'store'> = {
    now: () => new Date(),
    transport: 'electron',
    shell: {
      async saveFile({ suggestedName, content, encoding }) {
        const window = BrowserWindow.getFocusedWindow();
        const options = { defaultPath: suggestedName };
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        if (result.canceled || !result.filePath) return null;
        await fs.writeFile(result.filePath, Buffer.from(content, encoding));
        return result.filePath;
      },
      async savePdf({ suggestedName }) {
        const window = BrowserWindow.getFocusedWindow();
        if (!window) return null;
        const result = await dialog.showSaveDialog(window, {
          defaultPath: suggestedName,
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        if (result.canceled || !result.filePath) return null;
        // The page's @media print styles apply, so the PDF is the same clean report as a printout.
        const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
        await fs.writeFile(result.filePath, pdf);
        return result.filePath;
      },
      async openFolder(folder) {
        const error = await shell.openPath(folder);
        if (error) throw new Error(error);
      },
    },
  };

  const context: Promise<HandlerContext> = opening.then((store) => ({ ...base, store }));
  context.catch(() => undefined); // reported above
  for (const name of METHOD_NAMES) {
    ipcMain.handle(
      channelFor(name),
      guardIpc(rendererUrl, async (input) => dispatch(await context, name, input)),
    );
  }

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  Menu.setApplicationMenu(buildMenu());

  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
  // Quit only once every acknowledged change is on disk, then free the data folder.
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void opening
      .then((store) => store.close())
      .catch(() => undefined)
      .finally(() => {
        lock.release();
        app.quit();
      });
  });
}

// Two processes must never write one data file.
if (!app.requestSingleInstanceLock()) {
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
