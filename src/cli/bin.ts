import os from 'node:os';
import { defaultDataDir } from '../storage/data-dir';
import { runCli } from './run';

/** `npm run cadence -- <command>`: the command line in development (the packaged app takes the same words). */
runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  now: () => new Date(),
  defaultDataDir: () => defaultDataDir(process.platform, process.env, os.homedir()),
  app: 'command line',
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
