import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { serveOverHttp } from '../../tests/helpers/git-remote';

/**
 * The test's `git http-backend` server (tests/helpers/git-remote.ts) in a process of its own, as a remote is on
 * another machine: its CGI spawns and request handling then do not share the event loop (and the fork cost of a
 * large heap) with the Cadence being measured.
 */
export async function remoteProcess(root: string, token: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, root, token], {
    cwd: path.join(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const [url] = (await once(lines, 'line')) as [string];
  return {
    url,
    stop: async () => {
      child.kill();
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
    },
  };
}

// Run as a program: serve `root` with `token` and print the URL.
if (process.argv[1] === import.meta.filename) {
  const [root, token] = process.argv.slice(2);
  if (!root || !token) throw new Error('usage: git-http-remote.ts ROOT TOKEN');
  const server = await serveOverHttp(root, token);
  console.log(server.url);
}
