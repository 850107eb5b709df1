import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/helpers/chromium';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HOST_ENTRY = path.join(ROOT, 'dist', 'host', 'cli.mjs');

/** Debian's Chromium with the flags the issue names, plus precise memory figures. */
export function launch(): Promise<Browser> {
  return launchChromium(['--enable-precise-memory-info']);
}

export interface Host {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built browser-mode host exactly as `npm run web` does; resolves on its address line. */
export function startHost(dataDir: string, staticDir?: string): Promise<Host> {
  const child = spawn(process.execPath, [HOST_ENTRY, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CADENCE_DATA_DIR: '', ...(staticDir ? { CADENCE_STATIC_DIR: staticDir } : {}) },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Cadence is running at (\S+)/.exec(output);
      if (match?.[1]) {
        resolve({
          url: match[1],
          process: child,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return page;
}

/** Resolves after the next frame has been painted (two rAFs: the frame is committed). */
export function nextPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
      ),
  );
}

/** Used JS heap after a full GC, in MB, through the DevTools protocol. */
export async function jsHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
}
