import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../src/api/contract';
import { MAX_WORKSPACE_FILE_BYTES } from '../../../src/api/contract/data';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/workspace';
import { MAX_BODY_BYTES, startHost, TOKEN_HEADER, type RunningHost } from '../../../src/host/server';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { connectOutcome } from '../../helpers/connect';
import { tempDir } from '../../helpers/in-process-api';

const TOKEN = 'test-token-0123456789abcdef';
let host: RunningHost;

interface Answer {
  status: number;
  body: string;
}

/** A raw request: no URL normalisation and any Host header, as an attacker would send. */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    // write() before end() sends the body chunked, without a declared length.
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

beforeAll(async () => {
  const root = tempDir('cadence-host-');
  const staticDir = path.join(root, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Cadence</title>');
  writeFileSync(path.join(root, 'secret.txt'), 'do not serve');
  const store = await openWorkspaceStore({ dataDir: path.join(root, 'data') });
  host = await startHost({ store, staticDir, token: TOKEN });
});
afterAll(() => host.close());

// Two tests send bodies over 200 MB through loopback (~2.5 s alone); on a loaded 2-core machine that passes 5 s.
describe('browser-mode host', { timeout: 30_000 }, () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    // The same port on another loopback address is refused outright; the same attempt on 127.0.0.1 connects.
    expect(await connectOutcome('127.0.0.2', host.port)).toBe('ECONNREFUSED');
    expect(await connectOutcome('127.0.0.1', host.port)).toBe('connected');
  });

  it('answers the api with the token and refuses without it', async () => {
    const ok = await raw({ method: 'POST', path: '/api/listTeams', headers: { [TOKEN_HEADER]: TOKEN }, body: '{}' });
    expect(ok).toMatchObject({ status: 200, body: '{"ok":true,"value":[]}' });
    const none = await raw({ method: 'POST', path: '/api/listTeams', body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('answers 413 for a body over the limit, by declared length and by streamed size', async () => {
    const declared = await raw({
      method: 'POST',
      path: '/api/importWorkspace',
      headers: { [TOKEN_HEADER]: TOKEN, 'content-length': String(MAX_BODY_BYTES + 1) },
      body: '{}',
    }).catch((e: Error) => ({ status: -1, body: e.message }));
    expect(declared.status).toBe(413);
    const streamed = await raw({
      method: 'POST',
      path: '/api/importWorkspace',
      headers: { [TOKEN_HEADER]: TOKEN },
      body: Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20),
    }).catch((e: Error) => ({ status: -1, body: e.message }));
    expect(streamed.status).toBe(413);
    // The server is still healthy afterwards.
    const after = await raw({ method: 'POST', path: '/api/listTeams', headers: { [TOKEN_HEADER]: TOKEN }, body: '{}' });
    expect(after.status).toBe(200);
  });

  it('takes a workspace file between the old 25 MB body limit and the bound (a 30 MB pretty-printed export)', async () => {
    const file = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, teams: [] }, null, 2);
    // Trailing whitespace is valid JSON: a 30 MB file without building a 30 MB workspace.
    const content = file + ' '.repeat(30 * 1024 * 1024 - file.length);
    const answer = await raw({
      method: 'POST',
      path: '/api/previewImport',
      headers: { [TOKEN_HEADER]: TOKEN },
      body: JSON.stringify({ content }),
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { migratedFrom: null, teams: [] } });
  });

  it('has room in a request for any file the import takes, even one whose every byte is escaped in JSON', () => {
    // A quote or backslash is two bytes in the request; '{"content":""}' wraps it.
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(2 * MAX_WORKSPACE_FILE_BYTES + '{"content":""}'.length);
  });

  it('answers 404, not 500, for a malformed method name', async () => {
    const bad = await raw({ method: 'POST', path: '/api/%E0%A4%A', headers: { [TOKEN_HEADER]: TOKEN }, body: '{}' });
    expect(bad.status).toBe(404);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const bad = await raw({
      method: 'POST',
      path: '/api/listTeams',
      headers: { [TOKEN_HEADER]: TOKEN },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
  });

  it('does not serve files outside the build folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt']) {
      const answer = await raw({ path: p });
      expect(answer.status, p).toBe(404);
      expect(answer.body).not.toContain('do not serve');
    }
  });

  it('answers every random request over HTTP with a JSON envelope, never a 500', async () => {
    const names = fc.oneof(fc.constantFrom(...METHOD_NAMES), fc.string({ maxLength: 20 }).map(encodeURIComponent));
    const bodies = fc.oneof(fc.json(), fc.string({ maxLength: 200 }), fc.constant(''));
    await fc.assert(
      fc.asyncProperty(names, bodies, async (name, body) => {
        const answer = await raw({ method: 'POST', path: `/api/${name}`, headers: { [TOKEN_HEADER]: TOKEN }, body });
        expect(answer.status).not.toBe(500);
        const envelope = JSON.parse(answer.body) as { ok: boolean };
        expect(typeof envelope.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});
