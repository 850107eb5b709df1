import { readFileSync } from 'node:fs';
import os from 'node:os';
import { defaultDataDir } from '../storage/data-dir';
import { keepGoingWhenOutputCloses, pipedIn } from './io';
import { runCli } from './run';

// npm runs a script in the package's folder; FILE, --data-dir and a --remote path were typed relative to the
// folder `npm run cadence` was typed in, which npm names in INIT_CWD.
if (process.env.npm_lifecycle_event === 'cadence' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

keepGoingWhenOutputCloses([process.stdout, process.stderr]);

/**
 * The version in package.json: this file is run from source, never built, so the build's version stamp
 * (src/version.ts) is not in it.
 */
function packageVersion(): string | undefined {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof version === 'string' ? version : undefined;
}

/** `npm run cadence -- <command>`: the command line in development (the packaged app takes the same words). */
runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  now: () => new Date(),
  defaultDataDir: () => defaultDataDir(process.platform, process.env, os.homedir()),
  app: 'command line',
  stdin: (limit) => pipedIn(process.stdin, limit),
  version: packageVersion(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
