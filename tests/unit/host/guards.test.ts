import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from '../../../src/host/guards';
import { resolveStaticPath } from '../../../src/http/static-path';

const ROOT = path.resolve('/srv/cadence/renderer');

describe('host guards', () => {
  it('accepts only loopback Host headers on our port', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    for (const host of [
      undefined,
      '',
      'evil.example:4000',
      '127.0.0.1',
      '127.0.0.1:4001',
      'localhost.evil.example:4000',
      '127.0.0.1.nip.io:4000',
      '[::1]:4000',
      '0.0.0.0:4000',
      'LOCALHOST:4000x',
    ]) {
      expect(isAllowedHost(host, 4000), String(host)).toBe(false);
    }
  });

  it('accepts no Origin (same-origin GET) or our own origin only', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000', 4000)).toBe(true);
    for (const origin of [
      'null',
      'http://evil.example',
      'http://127.0.0.1:4001',
      'https://127.0.0.1:4000',
      'file://',
      '',
    ]) {
      expect(isAllowedOrigin(origin, 4000), origin).toBe(false);
    }
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
  });

  it('maps paths inside the build folder', () => {
    expect(resolveStaticPath(ROOT, '/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveStaticPath(ROOT, '/assets/app.js?v=1')).toBe(path.join(ROOT, 'assets', 'app.js'));
    expect(resolveStaticPath(ROOT, '/a/../index.html')).toBe(path.join(ROOT, 'index.html'));
  });

  it.each([
    '/../../etc/passwd',
    '/../renderer-other/x',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..\\..\\etc\\passwd',
    '/%5c..%5c..%5cetc%5cpasswd',
    '/assets/%00.js',
    '/%',
    '/%E0%A4%A',
  ])('refuses %s', (urlPath) => {
    expect(resolveStaticPath(ROOT, urlPath)).toBeNull();
  });

  it('leaves a double-encoded escape as a harmless literal name inside the root', () => {
    const resolved = resolveStaticPath(ROOT, '/%252e%252e%252fetc%252fpasswd');
    expect(resolved?.startsWith(ROOT + path.sep)).toBe(true);
  });
});
