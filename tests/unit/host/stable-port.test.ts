import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../src/host/server';
import { stablePortFor } from '../../../src/host/stable-port';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';

const LINUX_RANGE = '/proc/sys/net/ipv4/ip_local_port_range';

describe("a data folder's own port (browser mode without --port)", () => {
  it('is the same on every run for one folder, however the folder is named, and not a privileged port', () => {
    const dir = path.join(tempDir(), 'cadence-data');
    const port = stablePortFor(dir);
    expect(stablePortFor(dir)).toBe(port);
    expect(stablePortFor(path.join(dir, '..', 'cadence-data'))).toBe(port);
    expect(port).toBeGreaterThanOrEqual(1024);
  });

  it('is never a port the system hands to outgoing connections, which would take it at random', () => {
    const ranges: [number, number][] = [
      [32_768, 60_999], // Linux's default
      [49_152, 65_535], // Windows and macOS
    ];
    if (existsSync(LINUX_RANGE)) {
      const [low = 0, high = 0] = readFileSync(LINUX_RANGE, 'utf8').trim().split(/\s+/).map(Number);
      ranges.push([low, high]);
    }
    const ports = Array.from({ length: 2_000 }, (_, i) => stablePortFor(`/home/sm/team-${i}`));
    const clashes = ports.filter((port) => ranges.some(([low, high]) => port >= low && port <= high));
    expect(clashes).toEqual([]);
  });

  it('differs between folders', () => {
    const ports = new Set(Array.from({ length: 50 }, (_, i) => stablePortFor(`/home/sm/team-${i}`)));
    expect(ports.size).toBeGreaterThan(45);
  });
});

describe('the host on a preferred port', () => {
  const running: (RunningHost | net.Server)[] = [];
  afterEach(async () => {
    for (const r of running.splice(0)) {
      await ('url' in r ? r.close() : new Promise<void>((done) => r.close(() => done())));
    }
  });

  /** A free port, found by listening on any and letting it go. */
  async function freePort(): Promise<number> {
    const probe = net.createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise<void>((done) => probe.close(() => done()));
    return port;
  }

  async function host(options: { port?: number; preferredPort?: number }) {
    const root = tempDir();
    const store = await openWorkspaceStore({ dataDir: path.join(root, 'data') });
    const started = await startHost({ store, staticDir: root, token: 'test-token-0123456789abcdef', ...options });
    running.push(started);
    return started;
  }

  it('listens on the preferred port when it is free', async () => {
    const port = await freePort();
    expect((await host({ preferredPort: port })).port).toBe(port);
  });

  it('takes another free port when the preferred one is taken', async () => {
    const holder = net.createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    running.push(holder);
    const taken = (holder.address() as net.AddressInfo).port;
    const started = await host({ preferredPort: taken });
    expect(started.port).not.toBe(taken);
    expect(started.port).toBeGreaterThan(0);
  });

  it('refuses a taken port that was asked for explicitly', async () => {
    const holder = net.createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    running.push(holder);
    const taken = (holder.address() as net.AddressInfo).port;
    await expect(host({ port: taken })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
