import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach } from 'vitest';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TeamDoc } from '../../../src/domain/workspace';
import { writeWorkspace } from '../../helpers/fixtures';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const HOST_ENTRY = path.join(ROOT, 'dist', 'host', 'cli.mjs');

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export function freshDataDir(prefix = 'cadence-e2e-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh data folder holding these teams, and the host started on it. */
export function startWithTeams(teams: TeamDoc[]): Promise<RunningServer> {
  const dataDir = freshDataDir();
  writeWorkspace(dataDir, teams);
  return startServer(dataDir);
}

/** Starts the built browser-mode host the way `npm run web` does, and waits for its address line. */
export function startServer(dataDir: string, extraArgs: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [HOST_ENTRY, '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CADENCE_DATA_DIR: '' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Cadence is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        const url = new URL(match[1]);
        resolve({
          url: match[1],
          origin: url.origin,
          token: url.searchParams.get('token') ?? '',
          port: Number(url.port),
          dataDir,
          process: child,
          output: () => output,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              // Already gone (exited, or killed by a signal): nothing to wait for.
              if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
              child.once('exit', (code) => done(code));
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output}`));
    });
  });
}

/** A `serve(dataDir)` for a test file whose servers are all stopped after each test. */
export function serversStoppedAfterEach(): (dataDir: string) => Promise<RunningServer> {
  const servers: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });
  return async (dataDir) => {
    const server = await startServer(dataDir);
    servers.push(server);
    return server;
  };
}

/** Calls the api as the renderer does, for setting up data and for attack tests. */
export async function callApi<T = unknown>(server: RunningServer, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cadence-token': server.token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
  return body.value as T;
}
