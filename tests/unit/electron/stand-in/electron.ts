import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module, enough to run the built main process and preload without an
 * Electron binary. It models what Electron does where the main process relies on it: defaults that
 * allow (permissions, new windows) when no handler is set, privileged schemes that only count when
 * registered before `ready`, a custom-scheme page that loads only through its protocol handler,
 * `before-quit` that can be prevented, and ipc calls that carry the frame they come from.
 */

export interface StandInEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

function event(): StandInEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** A frame of a page, as `WebFrameMain` describes it: the top frame has no parent. */
export interface StandInFrame {
  url: string;
  parent: StandInFrame | null;
}

type PermissionRequestHandler = (
  contents: StandInWebContents,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (
  contents: StandInWebContents | null,
  permission: string,
  requestingOrigin: string,
  details: { requestingUrl: string; isMainFrame: boolean },
) => boolean;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type IpcHandler = (event: { sender: StandInWebContents; senderFrame: StandInFrame | null }, input: unknown) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class StandInWebContents extends EventEmitter {
  readonly mainFrame: StandInFrame = { url: '', parent: null };
  windowOpenHandler: WindowOpenHandler | null = null;

  getURL(): string {
    return this.mainFrame.url;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  async printToPDF(): Promise<Buffer> {
    return Buffer.from('%PDF-stand-in');
  }
  /** main → page: delivered to the page's ipcRenderer listeners of that channel. */
  send(channel: string, ...args: unknown[]): void {
    this.emit(`ipc:${channel}`, { sender: this }, ...args.map((a) => structuredClone(a)));
  }
}

/** The stand-in's "keyring": a fixed XOR, so a sealed token never reads as itself. */
function xor(bytes: Buffer): Buffer {
  return Buffer.from(bytes.map((b, i) => b ^ (0x5a + (i % 7))));
}

export function createStandInElectron(options: { userData: string; encryptionAvailable?: boolean }) {
  const ipcHandlers = new Map<string, IpcHandler>();
  const privileged = new Map<string, { standard?: boolean; secure?: boolean; codeCache?: boolean }>();
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const windows: StandInBrowserWindow[] = [];
  const record = {
    openedExternally: [] as string[],
    errorBoxes: [] as string[],
    exitCodes: [] as number[],
    singleInstanceLockRequests: 0,
    /** Each message box shown: its message and buttons, and the window it was shown over (null: none). */
    messageBoxes: [] as { message: string; buttons: string[]; overWindow: boolean }[],
  };
  /** The button a person presses in the next message boxes (its index). */
  let messageBoxAnswer = 0;
  let signalExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => {
    signalExit = resolve;
  });
  let ready = false;
  let permissionRequest: PermissionRequestHandler | null = null;
  let permissionCheck: PermissionCheckHandler | null = null;
  let onQuit: () => void = () => undefined;
  let signalLoaded: (win: StandInBrowserWindow) => void = () => undefined;
  let signalFailed: (error: Error) => void = () => undefined;
  const firstLoad = new Promise<StandInBrowserWindow>((resolve, reject) => {
    signalLoaded = resolve;
    signalFailed = reject;
  });

  class App extends EventEmitter {
    isPackaged = false;
    quitCount = 0;
    setName(): void {}
    getPath(name: string): string {
      if (name !== 'userData') throw new Error(`stand-in: no path for ${name}`);
      return options.userData;
    }
    requestSingleInstanceLock(): boolean {
      record.singleInstanceLockRequests++;
      return true;
    }
    whenReady(): Promise<void> {
      return Promise.resolve().then(() => {
        ready = true;
      });
    }
    /** Electron: `before-quit` (preventable), then `will-quit` (preventable), then the process ends. */
    quit(): void {
      const beforeQuit = event();
      this.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      const willQuit = event();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      this.quitCount++;
      onQuit();
    }
    exit(code = 0): void {
      record.exitCodes.push(code);
      signalExit(code);
    }
  }
  const app = new App();

  class StandInBrowserWindow extends EventEmitter {
    readonly webContents = new StandInWebContents();
    shown = false;
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', event(), this.webContents);
    }
    static getAllWindows(): StandInBrowserWindow[] {
      return [...windows];
    }
    static getFocusedWindow(): StandInBrowserWindow | null {
      return windows[0] ?? null;
    }
    static fromWebContents(contents: StandInWebContents): StandInBrowserWindow | null {
      return windows.find((w) => w.webContents === contents) ?? null;
    }
    /**
     * Chromium loads a custom-scheme page only through its handler, and gives it an origin (so module
     * workers and fetch work) only when the scheme was registered as standard and secure before ready.
     */
    async loadURL(url: string): Promise<void> {
      const scheme = new URL(url).protocol.slice(0, -1);
      if (!['http', 'https', 'file'].includes(scheme)) {
        const privileges = privileged.get(scheme);
        if (!privileges?.standard || !privileges.secure)
          throw new Error(`ERR_UNKNOWN_URL_SCHEME: ${scheme} is not a standard, secure scheme`);
        const handler = protocolHandlers.get(scheme);
        if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME: no handler for ${scheme}`);
        const response = await handler(new Request(url));
        if (response.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND (${response.status}): ${url}`);
      }
      this.webContents.mainFrame.url = url;
      this.emit('ready-to-show');
      signalLoaded(this);
    }
    show(): void {
      this.shown = true;
    }
    private fullScreen = false;
    setFullScreen(on: boolean): void {
      this.fullScreen = on;
    }
    isFullScreen(): boolean {
      return this.fullScreen;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
  }

  /** The frame that the preload's calls come from (the window's top frame unless a test says otherwise). */
  let callingFrame: () => StandInFrame | null = () => windows[0]?.webContents.mainFrame ?? null;

  const electron = {
    app,
    BrowserWindow: StandInBrowserWindow,
    ipcMain: {
      handle(channel: string, handler: IpcHandler): void {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, handler);
      },
    },
    ipcRenderer: {
      invoke(channel: string, input: unknown): Promise<unknown> {
        return invoke(channel, input, callingFrame());
      },
      on(channel: string, listener: (...args: unknown[]) => void): void {
        windows[0]?.webContents.on(`ipc:${channel}`, listener);
      },
      removeListener(channel: string, listener: (...args: unknown[]) => void): void {
        windows[0]?.webContents.removeListener(`ipc:${channel}`, listener);
      },
    },
    contextBridge: {
      exposed: new Map<string, unknown>(),
      exposeInMainWorld(key: string, api: unknown): void {
        this.exposed.set(key, api);
      },
    },
    protocol: {
      registerSchemesAsPrivileged(
        schemes: { scheme: string; privileges: { standard?: boolean; secure?: boolean; codeCache?: boolean } }[],
      ) {
        // Electron ignores (and warns about) a registration made after ready.
        if (ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
        for (const s of schemes) privileged.set(s.scheme, s.privileges);
      },
      handle(scheme: string, handler: ProtocolHandler): void {
        protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
          permissionRequest = handler;
        },
        setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
          permissionCheck = handler;
        },
      },
    },
    dialog: {
      showErrorBox(title: string, content: string): void {
        record.errorBoxes.push(`${title}: ${content}`);
        signalFailed(new Error(`${title}: ${content}`));
      },
      async showSaveDialog(): Promise<{ canceled: boolean; filePath?: string }> {
        return { canceled: true };
      },
      showMessageBoxSync(
        windowOrOptions: StandInBrowserWindow | { message: string; buttons: string[] },
        maybeOptions?: { message: string; buttons: string[] },
      ): number {
        const overWindow = windowOrOptions instanceof StandInBrowserWindow;
        const options = overWindow ? maybeOptions! : (windowOrOptions as { message: string; buttons: string[] });
        record.messageBoxes.push({ message: options.message, buttons: options.buttons, overWindow });
        return messageBoxAnswer;
      },
    },
    shell: {
      async openExternal(url: string): Promise<void> {
        record.openedExternally.push(url);
      },
      async openPath(): Promise<string> {
        return '';
      },
    },
    /** Electron's safeStorage: sealing needs a keyring, which a machine may lack. */
    safeStorage: {
      isEncryptionAvailable(): boolean {
        return options.encryptionAvailable ?? true;
      },
      encryptString(text: string): Buffer {
        if (!(options.encryptionAvailable ?? true)) throw new Error('Encryption is not available.');
        return Buffer.concat([Buffer.from('v10'), xor(Buffer.from(text, 'utf8'))]);
      },
      decryptString(sealed: Buffer): string {
        if (sealed.subarray(0, 3).toString() !== 'v10')
          throw new Error('Error while decrypting the ciphertext provided');
        return xor(sealed.subarray(3)).toString('utf8');
      },
    },
    Menu: {
      setApplicationMenu(): void {},
      buildFromTemplate(template: unknown[]): { items: unknown[] } {
        return { items: template };
      },
    },
  };

  async function invoke(channel: string, input: unknown, frame: StandInFrame | null): Promise<unknown> {
    const handler = ipcHandlers.get(channel);
    // Electron rejects the renderer's promise when nothing handles the channel.
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const sender = windows[0]?.webContents ?? new StandInWebContents();
    // Results cross the process boundary by structured clone.
    return structuredClone(await handler({ sender, senderFrame: frame }, input));
  }

  /** What tests do to the running main process, as the page or the operating system would. */
  const drive = {
    /** Resolves with the window once its page has loaded. */
    loaded: firstLoad,
    record,
    /** A call from any frame, as a compromised or foreign page would send it. */
    invoke,
    setCallingFrame(frame: () => StandInFrame | null): void {
      callingFrame = frame;
    },
    /** The page asks for a permission; resolves with Electron's answer (granted when no handler is set). */
    requestPermission(contents: StandInWebContents, permission: string, requestingUrl: string): Promise<boolean> {
      const handler = permissionRequest;
      if (!handler) return Promise.resolve(true);
      return new Promise((resolve) => handler(contents, permission, resolve, { requestingUrl, isMainFrame: true }));
    },
    /** Chromium checks a permission synchronously (granted when no handler is set). */
    checkPermission(contents: StandInWebContents, permission: string, requestingUrl: string): boolean {
      if (!permissionCheck) return true;
      // Chromium gives a standard scheme a real origin (Node's URL says "null" for custom schemes).
      const url = new URL(requestingUrl);
      const origin = url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin;
      return permissionCheck(contents, permission, origin, { requestingUrl, isMainFrame: true });
    },
    /** The page starts a navigation; true when it went ahead. */
    navigate(contents: StandInWebContents, url: string, kind: 'will-navigate' | 'will-redirect' = 'will-navigate') {
      const e = event();
      contents.emit(kind, e, url);
      if (!e.defaultPrevented) contents.mainFrame.url = url;
      return !e.defaultPrevented;
    },
    /** The page calls window.open or follows a target=_blank link; Electron allows it when no handler is set. */
    openWindow(contents: StandInWebContents, url: string): 'allow' | 'deny' {
      return contents.windowOpenHandler ? contents.windowOpenHandler({ url }).action : 'allow';
    },
    /**
     * The page's beforeunload holds a reload or a close (a form with unsaved changes); the person presses the
     * button at `answer` in any box the main process shows. True when the unload goes ahead.
     */
    holdUnload(contents: StandInWebContents, answer: number): boolean {
      messageBoxAnswer = answer;
      const e = event();
      contents.emit('will-prevent-unload', e);
      return e.defaultPrevented;
    },
    attachWebview(contents: StandInWebContents): boolean {
      const e = event();
      contents.emit('will-attach-webview', e, {}, {});
      return !e.defaultPrevented;
    },
    /** Fetches a URL of a custom scheme through its registered handler, as the page would. */
    fetchScheme(url: string): Promise<Response> {
      const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no handler for ${url}`);
      return Promise.resolve(handler(new Request(url)));
    },
    /**
     * Whether Chromium keeps the compiled code of a URL's scripts between starts: by default only for http(s);
     * for a custom scheme only when it was registered with codeCache and as standard.
     */
    cachesCompiledCode(url: string): boolean {
      const scheme = new URL(url).protocol.slice(0, -1);
      if (scheme === 'http' || scheme === 'https') return true;
      const privileges = privileged.get(scheme);
      return Boolean(privileges?.codeCache && privileges.standard);
    },
    /** Resolves with the code of the first app.exit. */
    exited,
    /** Runs `check` at the moment the process would end after a quit, and resolves with its result. */
    onQuit<T>(check: () => T): Promise<T> {
      return new Promise((resolve) => {
        onQuit = () => resolve(check());
      });
    },
  };

  return { electron, drive };
}

export type StandInElectron = ReturnType<typeof createStandInElectron>;
