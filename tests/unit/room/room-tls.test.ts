import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withRoom } from '../../../src/room/with-room';
import { createTeam } from '../../../src/services/team-service';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A self-signed certificate for room.test, as a team might provide its own. */
function certificate(dir: string): { cert: string; key: string } {
  execFileSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=room.test',
    '-keyout',
    path.join(dir, 'key.pem'),
    '-out',
    path.join(dir, 'cert.pem'),
  ]);
  return {
    cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
  };
}

describe('the room over HTTPS with the team’s certificate', () => {
  it('serves the page over TLS, links with https and answers to the certificate’s name', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'page'));
    writeFileSync(path.join(dir, 'page', 'index.html'), '<!doctype html><title>Join</title>');
    const opened = await openWorkspaceStore({ dataDir: path.join(dir, 'data') });
    const { room } = withRoom(
      opened,
      () => new Date(),
      {
        staticDir: path.join(dir, 'page'),
        fixedAddress: '127.0.0.5',
        port: 0,
        hostNames: ['room.test'],
        tls: certificate(dir),
      },
      () => undefined,
    );
    cleanups.push(async () => {
      await room.close();
      await opened.close();
    });
    const team = await createTeam({ store: opened, now: () => new Date() }, { name: 'Ops' });
    const status = await room.open({ teamId: team.id, focus: { kind: 'none' } });
    expect(status.secure).toBe(true);
    expect(status.joinUrl).toMatch(/^https:\/\/127\.0\.0\.5:\d+\/j#s=/);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = https.request(
        {
          host: '127.0.0.5',
          port: status.port,
          path: '/j',
          headers: { host: `room.test:${status.port}` },
          rejectUnauthorized: false,
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(answer).toEqual({ status: 200, body: '<!doctype html><title>Join</title>' });
  });
});
