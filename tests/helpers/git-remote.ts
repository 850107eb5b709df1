import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tempDir } from './in-process-api';

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

/** An empty bare repository in a temp folder: the remote, as a shared drive would hold it. */
export function bareRepository(name = 'team.git'): { root: string; path: string } {
  const root = tempDir('cadence-remote-');
  const repo = path.join(root, name);
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', repo]);
  return { root, path: repo };
}

/** The team file on the remote's main branch, as git sees it (null when there is none). */
export function remoteFile(repo: string, file = 'team.json'): string | null {
  try {
    return execFileSync('git', ['--git-dir', repo, 'show', `main:${file}`], { encoding: 'utf8', stdio: 'pipe' });
  } catch {
    return null;
  }
}

/** Commits `text` as team.json (or `file`) on the remote's main branch, as another (or a broken) Cadence would. */
export function pushFile(repo: string, text: string, file = 'team.json'): void {
  const work = tempDir('cadence-other-');
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', work, '-c', 'user.name=Other', '-c', 'user.email=o@x', ...args], { stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch=main');
  git('remote', 'add', 'origin', repo);
  try {
    git('pull', '--quiet', 'origin', 'main');
  } catch {
    // an empty remote
  }
  writeFileSync(path.join(work, file), text);
  git('add', file);
  git('commit', '--quiet', '-m', 'Other');
  git('push', '--quiet', 'origin', 'main');
}

/** Every file name on the remote's main branch, across its whole history. */
export function remoteFilesEver(repo: string): string[] {
  const out = execFileSync('git', ['--git-dir', repo, 'log', '--all', '--name-only', '--format='], {
    encoding: 'utf8',
  });
  return [...new Set(out.split('\n').filter(Boolean))];
}

export interface SeenRequest {
  method: string;
  url: string;
  authorization: string | undefined;
}

export interface GitHttpServer {
  /** e.g. http://127.0.0.1:PORT/team.git */
  url: string;
  requests: SeenRequest[];
  /** Stops answering (connections refused), as a remote that went away. */
  close(): Promise<void>;
}

/**
 * `git http-backend` behind a small node server on 127.0.0.1 that requires the token by Basic auth (any user
 * name, the token as the password), as GitLab, GitHub and Gitea take a personal access token.
 */
export async function serveOverHttp(root: string, token: string, port = 0): Promise<GitHttpServer> {
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : '';
    if (given.slice(given.indexOf(':') + 1) !== token || !given.includes(':')) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="cadence-test"' });
      res.end('token required');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cgi = spawn(HTTP_BACKEND, [], {
      env: {
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: typeof req.headers['git-protocol'] === 'string' ? req.headers['git-protocol'] : '',
        REMOTE_USER: given.slice(0, given.indexOf(':')) || 'cadence',
        REMOTE_ADDR: '127.0.0.1',
        PATH: process.env.PATH ?? '/usr/bin:/bin',
      },
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (c: Buffer) => chunks.push(c));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      let split = out.indexOf('\r\n\r\n');
      let gap = 4;
      if (split === -1) {
        split = out.indexOf('\n\n');
        gap = 2;
      }
      const head = out.subarray(0, Math.max(split, 0)).toString('utf8');
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon === -1) continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.end(split === -1 ? out : out.subarray(split + gap));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/team.git`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
