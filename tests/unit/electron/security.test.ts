import { describe, expect, it } from 'vitest';
import {
  isSafeExternalUrl,
  isTrustedSenderUrl,
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

describe('isTrustedSenderUrl', () => {
  const packaged = 'file:///opt/Cadence/resources/app.asar/dist/renderer/index.html';

  it('trusts our packaged page, with or without a hash route', () => {
    expect(isTrustedSenderUrl(packaged, packaged)).toBe(true);
    expect(isTrustedSenderUrl(`${packaged}#/backlog`, packaged)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'file:///tmp/evil.html',
    'file:///opt/Cadence/resources/app.asar/dist/renderer/other.html',
    'https://evil.example/index.html',
    'about:blank',
    'data:text/html,hi',
    'garbage',
  ])('refuses sender %j for the packaged page', (sender) => {
    expect(isTrustedSenderUrl(sender, packaged)).toBe(false);
  });

  it('trusts only the dev server origin when one is set', () => {
    const dev = 'http://127.0.0.1:5173/';
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/index.html#/retro', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSenderUrl('https://127.0.0.1:5173/', dev)).toBe(false);
  });
});

describe('navigationVerdict', () => {
  const current = 'file:///app/index.html#/backlog';
  it('stays on our own page and sends http(s) links to the system browser', () => {
    expect(navigationVerdict(current, current)).toBe('stay');
    expect(navigationVerdict('https://example.com', current)).toBe('open-externally');
  });
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'file:///app/other.html'])(
    'denies %s',
    (url) => {
      expect(navigationVerdict(url, current)).toBe('deny');
    },
  );
});
