import { execFileSync } from 'node:child_process';
import os from 'node:os';

function tryRun(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** What the figures were measured on; they mean little without it. */
export function describeMachine(): string[] {
  const cpus = os.cpus();
  return [
    `CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} (${os.loadavg()[0]?.toFixed(2)} load average at start)`,
    `Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `Node: ${process.version}`,
    `Chromium: ${tryRun('/usr/bin/chromium', ['--product-version'])}`,
    `Disk for data dirs: ${tryRun('df', ['--output=fstype', process.cwd()]).split('\n').pop() ?? 'unknown'}`,
  ];
}
