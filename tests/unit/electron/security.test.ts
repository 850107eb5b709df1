import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isPermissionGranted,
  isSafeExternalUrl,
  navigationVerdict,
  secureWebPreferences,
} from '../../../electron/security';

describe('Electron window options', () => {
  it('isolate the page from Node and Electron', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(prefs).not.toHaveProperty('nodeIntegrationInSubFrames', true);
    expect(prefs).not.toHaveProperty('experimentalFeatures', true);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com/runbook', 'http://grafana.internal:3000/d/abc'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id',
    'chrome://settings',
    'about:blank',
    '//evil.example/path',
    'example.com',
    '',
    'http//missing-colon',
    'not a url at all',
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  const ours = 'app://cadence/index.html';

  it('trusts our page, whatever its path or hash route', () => {
    expect(isAppUrl(ours, ours)).toBe(true);
    expect(isAppUrl(`${ours}#/backlog`, ours)).toBe(true);
    expect(isAppUrl('app://cadence', ours)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'app://evil/index.html',
    'app://cadence.evil/index.html',
    'other://cadence/index.html',
    'file:///opt/Cadence/index.html',
    'https://cadence/index.html',
    'about:blank',
    'data:text/html,hi',
    'garbage',
  ])('refuses %j', (sender) => {
    expect(isAppUrl(sender, ours)).toBe(false);
  });

  it('trusts only the dev server origin when one is set', () => {
    const dev = 'http://127.0.0.1:5173/';
    expect(isAppUrl('http://127.0.0.1:5173/index.html#/retro', dev)).toBe(true);
    expect(isAppUrl('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('https://127.0.0.1:5173/', dev)).toBe(false);
  });
});

describe('isPermissionGranted', () => {
  const ours = 'app://cadence/index.html';
  it('grants the clipboard write to our page and nothing else to anyone', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://cadence', ours)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example', ours)).toBe(false);
    expect(isPermissionGranted('clipboard-read', ours, ours)).toBe(false);
    expect(isPermissionGranted('media', ours, ours)).toBe(false);
  });
});

describe('navigationVerdict', () => {
  const current = 'app://cadence/index.html#/backlog';
  it('stays on our own page and sends http(s) links to the system browser', () => {
    expect(navigationVerdict(current, current)).toBe('stay');
    expect(navigationVerdict('https://example.com', current)).toBe('open-externally');
  });
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'app://evil/index.html'])(
    'denies %s',
    (url) => {
      expect(navigationVerdict(url, current)).toBe('deny');
    },
  );
});
