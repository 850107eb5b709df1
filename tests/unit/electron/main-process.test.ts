import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelFor, METHOD_NAMES } from '../../../src/api/contract';
import { LOCK_FILE_NAME } from '../../../src/storage/lock';
import { readDataText } from '../../../src/storage/read-layout';
import type { CadenceEvent } from '../../../src/api/contract/events';
import type { StandInFrame } from './stand-in/electron';
import { connectOutcome } from '../../helpers/connect';
import { buildShell, runMain, type BuiltShell, type RunningShell } from './stand-in/run-main';

/**
 * The built main process (dist's main.cjs, built by the build script's own function) against a
 * stand-in `electron`: what the page, a foreign page and the operating system can make it do.
 */
let built: BuiltShell;
beforeAll(async () => {
  built = await buildShell();
}, 120_000);
beforeEach(() => {
  // The data dir comes from app.getPath('userData'), and the page from the app's own scheme.
  vi.stubEnv('CADENCE_DATA_DIR', '');
  vi.stubEnv('CADENCE_RENDERER_URL', '');
});

const pageUrl = (shell: RunningShell) => shell.window.webContents.getURL();
const errorCode = (answer: unknown) => (answer as { ok: boolean; error?: { code: string } }).error?.code;

describe('the api over ipc', () => {
  it('exposes every contract method to the page, and each one answers through ipcMain', async () => {
    const shell = await runMain(built);
    // Every method, and the one event feed beside them.
    expect(Object.keys(shell.bridge).sort()).toEqual([...METHOD_NAMES, 'onEvent'].sort());
    for (const name of METHOD_NAMES) {
      const call = shell.bridge[name] as (input: unknown) => Promise<unknown>;
      const answer = (await call({})) as { ok: unknown };
      expect(typeof answer.ok, name).toBe('boolean');
      // A channel with no handler would reject (as Electron does); empty input gets an answer, never "not your page".
      expect(errorCode(answer), name).not.toBe('forbidden');
    }
    expect(shell.drive.record.errorBoxes).toEqual([]);
  });

  it('answers from the data folder: a change made through the preload is on disk', async () => {
    const shell = await runMain(built);
    const created = await shell.bridge.createTeam({ name: 'Platform' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Platform' } });
    expect(await shell.bridge.listTeams({})).toMatchObject({ ok: true, value: [{ name: 'Platform' }] });
    expect(readDataText(shell.dataDir)).toContain('"Platform"');
  });

  it('refuses a call from another page or from a frame inside ours, and changes nothing', async () => {
    const shell = await runMain(built);
    const ours = shell.window.webContents.mainFrame;
    const intruders: (StandInFrame | null)[] = [
      null,
      { url: 'https://evil.example/index.html', parent: null },
      { url: 'file:///tmp/evil.html', parent: null },
      { url: 'app://evil/index.html', parent: null },
      { url: 'data:text/html,hi', parent: null },
      // Our own page's address, but in a subframe (an iframe the page was tricked into loading).
      { url: pageUrl(shell), parent: ours },
      { url: 'https://evil.example/', parent: ours },
    ];
    for (const frame of intruders) {
      const answer = await shell.drive.invoke(channelFor('createTeam'), { name: 'Intruder' }, frame);
      expect(errorCode(answer), JSON.stringify(frame?.url)).toBe('forbidden');
    }
    expect(await shell.bridge.listTeams({})).toEqual({ ok: true, value: [] });
    expect(readDataText(shell.dataDir) ?? '').not.toContain('Intruder');
  });
});

describe('the page', () => {
  it('loads from the app:// scheme, served by the protocol handler with the strict policy', async () => {
    const shell = await runMain(built);
    const url = new URL(pageUrl(shell));
    expect(url.protocol).toBe('app:');
    const page = await shell.drive.fetchScheme(url.href);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Cadence</title>');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    const worker = await shell.drive.fetchScheme(new URL('assets/worker.js', url).href);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('keeps the compiled scripts between starts: hashed files are immutable, the page itself is not cached', async () => {
    const shell = await runMain(built);
    const url = new URL(pageUrl(shell));
    // Without it, every start of the desktop app compiles every script again (Chromium caches code for http(s) only).
    expect(shell.drive.cachesCompiledCode(url.href)).toBe(true);
    const page = await shell.drive.fetchScheme(url.href);
    expect(page.headers.get('cache-control')).toBe('no-store');
    // The stand-in's renderer holds a page and a worker; the build names its scripts by content hash.
    const asset = await shell.drive.fetchScheme(new URL('assets/worker.js', url).href);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('serves no file outside the renderer folder and nothing for another host', async () => {
    const shell = await runMain(built);
    for (const url of [
      'app://cadence/../secret.txt',
      'app://cadence/%2e%2e/secret.txt',
      'app://cadence/..%2fsecret.txt',
      'app://cadence/..%5csecret.txt',
      'app://other/index.html',
      'app://cadence/missing.js',
    ]) {
      const answer = await shell.drive.fetchScheme(url);
      expect(answer.status, url).toBe(404);
      expect(await answer.text()).not.toContain('outside the renderer');
    }
  });
});

describe('permissions', () => {
  it("grant only the clipboard write, and only to the app's own page", async () => {
    const shell = await runMain(built);
    const contents = shell.window.webContents;
    const ours = pageUrl(shell);
    expect(await shell.drive.requestPermission(contents, 'clipboard-sanitized-write', ours)).toBe(true);
    expect(shell.drive.checkPermission(contents, 'clipboard-sanitized-write', ours)).toBe(true);
    for (const foreign of ['https://evil.example/', 'app://evil/index.html', 'file:///tmp/evil.html']) {
      expect(await shell.drive.requestPermission(contents, 'clipboard-sanitized-write', foreign), foreign).toBe(false);
      expect(shell.drive.checkPermission(contents, 'clipboard-sanitized-write', foreign), foreign).toBe(false);
    }
    for (const permission of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'midi']) {
      expect(await shell.drive.requestPermission(contents, permission, ours), permission).toBe(false);
      expect(shell.drive.checkPermission(contents, permission, ours), permission).toBe(false);
    }
  });
});

describe('presentation mode', () => {
  it("puts the window in full screen when the page asks through the api, while the page's own request stays refused", async () => {
    const shell = await runMain(built);
    expect(await shell.bridge.setFullScreen({ on: true })).toEqual({ ok: true, value: { fullScreen: true } });
    expect(shell.window.isFullScreen()).toBe(true);
    expect(await shell.drive.requestPermission(shell.window.webContents, 'fullscreen', pageUrl(shell))).toBe(false);
    expect(await shell.bridge.setFullScreen({ on: false })).toEqual({ ok: true, value: { fullScreen: false } });
    expect(shell.window.isFullScreen()).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it('never leave the page; only parsed http(s) links go to the system browser', async () => {
    const shell = await runMain(built);
    const contents = shell.window.webContents;
    const home = pageUrl(shell);
    const links = ['https://example.com/runbook', 'http://grafana.internal:3000/d/abc'];
    const dropped = [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
      'app://evil/',
      'smb://host/share',
    ];
    for (const url of [...links, ...dropped]) {
      expect(shell.drive.navigate(contents, url), url).toBe(false);
      expect(shell.drive.navigate(contents, url, 'will-redirect'), url).toBe(false);
      expect(shell.drive.openWindow(contents, url), url).toBe('deny');
    }
    expect(contents.getURL()).toBe(home);
    expect(shell.drive.attachWebview(contents)).toBe(false);
    // Each link opened once per attempt (navigate, redirect, window.open); nothing else was opened.
    expect(shell.drive.record.openedExternally).toEqual(links.flatMap((l) => [l, l, l]));
  });
});

describe('a page with unsaved changes', () => {
  it('asks before a reload or a close drops them: Keep editing keeps the page, Discard changes lets it go', async () => {
    const shell = await runMain(built);
    const contents = shell.window.webContents;
    const buttons = ['Keep editing', 'Discard changes'];
    expect(shell.drive.holdUnload(contents, buttons.indexOf('Keep editing'))).toBe(false);
    expect(shell.drive.holdUnload(contents, buttons.indexOf('Discard changes'))).toBe(true);
    expect(shell.drive.record.messageBoxes).toEqual([
      { message: 'Discard your unsaved changes?', buttons, overWindow: true },
      { message: 'Discard your unsaved changes?', buttons, overWindow: true },
    ]);
  });
});

describe('the room in the desktop app', () => {
  it('opens on the address given, tells the page through the event channel, and closes when the app quits', async () => {
    vi.stubEnv('CADENCE_ROOM_ADDRESS', '127.0.0.6');
    const shell = await runMain(built);
    const events: CadenceEvent[] = [];
    shell.bridge.onEvent((e) => events.push(e));
    const team = await shell.bridge.createTeam({ name: 'Platform' });
    if (!team.ok) throw new Error('no team');
    const opened = await shell.bridge.openRoom({ teamId: team.value.id, focus: { kind: 'poker' } });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value).toMatchObject({
      address: '127.0.0.6',
      joinUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.6:/),
    });
    expect(events).toEqual([{ type: 'room', room: opened.value }]);
    expect(await connectOutcome('127.0.0.6', opened.value.port)).toBe('connected');
    const quitting = shell.drive.onQuit(() => undefined);
    shell.electron.app.quit();
    await quitting;
    expect(events.at(-1)).toEqual({ type: 'room', room: null });
    expect(await connectOutcome('127.0.0.6', opened.value.port)).toBe('ECONNREFUSED');
  });
});

describe('quitting', () => {
  it('waits for the last change to be saved, then releases the data-folder lock', async () => {
    const shell = await runMain(built);
    const lock = path.join(shell.dataDir, LOCK_FILE_NAME);
    expect(existsSync(lock)).toBe(true);
    // The moment the process would end: what is on disk then is all the user keeps.
    const atExit = shell.drive.onQuit(() => ({ locked: existsSync(lock), data: readDataText(shell.dataDir) ?? '' }));
    const saving = shell.bridge.createTeam({ name: 'Saved while quitting' });
    shell.electron.app.quit();
    expect(await saving).toMatchObject({ ok: true });
    const state = await atExit;
    expect(state.data).toContain('Saved while quitting');
    expect(state.locked).toBe(false);
    expect(shell.electron.app.quitCount).toBe(1);
  });
});
