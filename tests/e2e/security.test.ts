import { createHash } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectOutcome } from '../helpers/connect';
import { item, member, team, writeWorkspace } from '../helpers/fixtures';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot } from './helpers/browser';
import { freshDataDir, startServer, type RunningServer } from './helpers/server';
import { readDataText } from '../../src/storage/read-layout';
import { MAX_BODY_BYTES } from '../../src/host/server';
import { API_SOCKET_PATH, SOCKET_PROTOCOL, SOCKET_TOKEN_PREFIX } from '../../src/api/contract/socket';
import { EVENTS_PATH } from '../../src/api/contract/events';

const XSS = '<img src=x onerror=alert(1)>';

interface HostileScan {
  handlers: string[];
  jsLinks: string[];
  inlineScripts: number;
  frames: number;
}

/** Runs in the page (as a string: these tests compile without the DOM library). */
const SCAN_FOR_HOSTILE_MARKUP = `(() => ({
  handlers: [...document.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name)),
  jsLinks: [...document.querySelectorAll('[href],[src],[action],[formaction]')]
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
    .filter((v) => /^\\s*javascript:/i.test(v)),
  inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
  frames: document.querySelectorAll('iframe, object, embed').length,
}))()`;
let server: RunningServer;
let browser: Browser;
const tally = { tried: 0, refused: 0 };

interface Answer {
  status: number;
  body: string;
}

/** A raw request, as an attacker sends it: no path normalisation, any Host and Origin. */
function raw(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    address?: string;
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.address ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        agent: false,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Sends one attack and checks it was refused with the expected status. */
async function attack(
  expected: number,
  options: Parameters<typeof raw>[1],
  check: (a: Answer) => void = () => undefined,
): Promise<void> {
  tally.tried++;
  const answer = await raw(server.port, options);
  expect(answer.status, `${options.method ?? 'GET'} ${options.path} ${JSON.stringify(options.headers ?? {})}`).toBe(
    expected,
  );
  check(answer);
  tally.refused++;
}

const api = (name: string, headers: Record<string, string>, body = '{}') =>
  ({
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  }) as const;

const dataFileHash = () =>
  createHash('sha256')
    .update(readDataText(server.dataDir) ?? '')
    .digest('hex');

beforeAll(async () => {
  const dir = freshDataDir();
  writeWorkspace(dir, [
    team(XSS, {
      members: [member('<script>alert(1)</script>')],
      items: [
        item(XSS, {
          description: [
            XSS,
            '[click me](javascript:alert(1))',
            '<a href="javascript:alert(1)">raw link</a>',
            '<svg onload=alert(1)></svg>',
            '<iframe src="javascript:alert(1)"></iframe>',
          ].join('\n\n'),
          labels: ['<b>bold</b>'],
          links: [{ id: 'l1', kind: 'ticket', value: 'javascript:alert(1)' }],
        }),
      ],
    }),
  ]);
  server = await startServer(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(`attack requests tried: ${tally.tried}, refused: ${tally.refused}`);
  await browser?.close();
  await server?.stop();
});

describe('browser-mode host under attack', () => {
  it('is bound to 127.0.0.1 only', async () => {
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const address of ['127.0.0.2', ...others]) {
      tally.tried++;
      // Refused outright (RST): a silent timeout would prove nothing.
      expect(await connectOutcome(address, server.port), address).toBe('ECONNREFUSED');
      tally.refused++;
    }
    expect(await connectOutcome('127.0.0.1', server.port)).toBe('connected');
  });

  it('answers 401 without the token or with a wrong one, and changes nothing', async () => {
    const before = dataFileHash();
    const wrong = [
      '',
      'x',
      server.token.slice(0, -1),
      `${server.token}x`,
      server.token.toUpperCase(),
      // (Leading spaces are not a wrong token: HTTP trims header values.)
      server.token.split('').reverse().join(''),
    ];
    for (const method of ['listTeams', 'createTeam', 'importWorkspace', 'restoreBackup', 'deleteTeam']) {
      await attack(401, api(method, {}, '{"name":"Intruder"}'));
      for (const token of wrong) {
        if (token === server.token) continue;
        await attack(401, api(method, { 'x-cadence-token': token }, '{"name":"Intruder"}'));
      }
    }
    // The token only counts in its header, not in the address.
    await attack(401, { ...api('listTeams', {}), path: `/api/listTeams?token=${server.token}` });
    expect(dataFileHash()).toBe(before);
  });

  it('refuses to open the api socket without the token, with a wrong one, or for a foreign Host or Origin', async () => {
    const before = dataFileHash();
    const p = server.port;
    const upgrade = (protocols: string, headers: Record<string, string> = {}, query = '') => ({
      path: `${API_SOCKET_PATH}${query}`,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'sec-websocket-protocol': protocols,
        ...headers,
      },
    });
    const offering = (token: string) => `${SOCKET_PROTOCOL}, ${SOCKET_TOKEN_PREFIX}${token}`;
    await attack(401, upgrade(SOCKET_PROTOCOL));
    // The token counts only offered beside the socket's protocol: not in a header, nor in the address.
    await attack(401, upgrade(SOCKET_PROTOCOL, { 'x-cadence-token': server.token }));
    await attack(401, upgrade(SOCKET_PROTOCOL, {}, `?token=${server.token}`));
    await attack(401, upgrade(`${SOCKET_TOKEN_PREFIX}${server.token}`));
    for (const token of ['', 'x', server.token.slice(0, -1), `${server.token}x`, server.token.toUpperCase()]) {
      if (token === server.token) continue;
      await attack(401, upgrade(offering(token)));
    }
    for (const host of ['evil.example', `evil.example:${p}`, `127.0.0.1:${p + 1}`]) {
      await attack(403, upgrade(offering(server.token), { host }));
    }
    for (const origin of ['http://evil.example', 'null', `http://localhost.evil.example:${p}`]) {
      await attack(403, upgrade(offering(server.token), { origin }));
    }
    expect(dataFileHash()).toBe(before);
  });

  it('answers 403 to a foreign Host header (DNS rebinding), even with the token', async () => {
    const p = server.port;
    const hosts = [
      'evil.example',
      `evil.example:${p}`,
      `127.0.0.1.nip.io:${p}`,
      'localhost',
      `127.0.0.1:${p + 1}`,
      `[::1]:${p}`,
      `0.0.0.0:${p}`,
    ];
    for (const host of hosts) {
      await attack(403, api('listTeams', { host, 'x-cadence-token': server.token }));
      await attack(403, { path: '/', headers: { host } });
    }
  });

  it('answers 403 to a cross-origin Origin, even with the token', async () => {
    const p = server.port;
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${p + 1}`,
      `https://127.0.0.1:${p}`,
      `http://localhost.evil.example:${p}`,
    ]) {
      await attack(403, api('createTeam', { origin, 'x-cadence-token': server.token }, '{"name":"CSRF"}'));
    }
    expect(JSON.stringify((await raw(p, api('listTeams', { 'x-cadence-token': server.token }))).body)).not.toContain(
      'CSRF',
    );
  });

  it('answers 413 to a body over the limit', async () => {
    const auth = { 'x-cadence-token': server.token };
    await attack(413, api('importWorkspace', { ...auth, 'content-length': String(MAX_BODY_BYTES + 1) }));
    await attack(413, api('importWorkspace', auth, 'x'.repeat(MAX_BODY_BYTES + 1)));
  });

  it('never serves a file outside the build folder', async () => {
    const escapes = [
      '/../../etc/passwd',
      '/../../../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      '/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
      '/..%252f..%252fetc%252fpasswd',
      '/..\\..\\etc\\passwd',
      '/%5c..%5c..%5cetc%5cpasswd',
      '/..%5c..%5cetc%5cpasswd',
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/%00/etc/passwd',
      '/index.html%00.png',
      '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      '//etc/passwd',
      '/.%2e/.%2e/etc/passwd',
    ];
    for (const p of escapes) {
      await attack(404, { path: p }, (a) => {
        expect(a.body).not.toMatch(/root:|"name": "cadence"/);
      });
    }
  });

  it('answers the api only to POST, and static files only to GET', async () => {
    await attack(404, { path: '/api/listTeams', headers: { 'x-cadence-token': server.token } });
    await attack(404, { method: 'PUT', path: '/index.html', body: 'x' });
    await attack(404, { method: 'DELETE', path: '/' });
  });

  it('sends the strict Content-Security-Policy with the page', async () => {
    const res = await fetch(server.origin + '/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('user text is never executed', () => {
  it('renders script-like titles, descriptions and links as text on every screen', async () => {
    const page = await newPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Requests in flight, but for the host's event feed, which stays open for as long as the page does.
    const inFlight = new Set<Request>();
    page.on('request', (r) => {
      if (new URL(r.url()).pathname !== EVENTS_PATH) inFlight.add(r);
    });
    page.on('requestfinished', (r) => inFlight.delete(r));
    page.on('requestfailed', (r) => inFlight.delete(r));
    /** As Playwright's 'networkidle': nothing else loading for half a second (a screen's chunks, its data). */
    const settled = async () => {
      for (let quiet = 0; quiet < 5; quiet = inFlight.size === 0 ? quiet + 1 : 0) await page.waitForTimeout(100);
    };
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Ceremonies' }).waitFor();

    const hostile = async (where: string) => {
      const found = await page.evaluate<HostileScan>(SCAN_FOR_HOSTILE_MARKUP);
      expect(found, where).toEqual({ handlers: [], jsLinks: [], inlineScripts: 0, frames: 0 });
    };

    for (const key of ['1', '2', '3', '4', '5', '6', '7']) {
      await page.keyboard.press(`Alt+${key}`);
      await page.locator('main h2').first().waitFor();
      await settled();
      await hostile(`screen Alt+${key}`);
    }

    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { name: 'Backlog', level: 2 }).waitFor();
    // The title shows literally, as text.
    await page.getByRole('main').getByText(XSS, { exact: true }).first().waitFor();
    await page.getByRole('button', { name: `Edit ${XSS}` }).click();
    const editor = page.getByRole('dialog');
    await editor.waitFor();
    const preview = editor.getByRole('region', { name: 'Description preview' });
    await preview.waitFor();
    expect(await preview.getByText('click me').getAttribute('href')).toBeNull();
    await hostile('item editor with Markdown preview');
    await screenshot(page, 'security-xss-editor');
    await page.keyboard.press('Escape');
    await screenshot(page, 'security-xss-backlog');
    await expectNoAxeViolations(page, 'backlog with hostile text');
    expect(dialogs).toEqual([]);

    // The scan itself has teeth: markup injected behind React's back is caught.
    await page.evaluate(
      `document.body.insertAdjacentHTML('beforeend', '<a href="javascript:void 0" onclick="x">x</a>')`,
    );
    const planted = await page.evaluate<HostileScan>(SCAN_FOR_HOSTILE_MARKUP);
    expect(planted.handlers).toEqual(['A onclick']);
    expect(planted.jsLinks).toEqual(['javascript:void 0']);
  });
});
