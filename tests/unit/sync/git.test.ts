import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASKPASS_TOKEN_VAR, Git, GIT_MISSING_MESSAGE, GitFailure } from '../../../src/sync/git';
import { tempDir } from '../../helpers/in-process-api';

const TOKEN = 'glpat-CANARY-7f3a9';

/** A `git` that records its argv and environment, then answers like a failing fetch naming the token. */
function fakeGit(dir: string): { program: string; log: string } {
  const program = path.join(dir, 'git');
  const log = path.join(dir, 'calls.log');
  writeFileSync(
    program,
    `#!/bin/sh\nprintf 'argv:%s\\n' "$*" >> "${log}"\nenv >> "${log}"\n` +
      `if [ "$1" = "-c" ] && [ "$3" = "fail" ]; then echo "fatal: Authentication failed for $${ASKPASS_TOKEN_VAR}" >&2; exit 128; fi\n` +
      `if [ -n "$GIT_ASKPASS" ]; then printf 'askpass:%s\\n' "$("$GIT_ASKPASS" 'Password for https://x')" >> "${log}"; fi\n`,
  );
  chmodSync(program, 0o755);
  return { program, log };
}

describe('Git', () => {
  it('gives a token through GIT_ASKPASS only: never in argv, with prompts and credential helpers off', async () => {
    const dir = tempDir('cadence-git-');
    const { program, log } = fakeGit(dir);
    const git = new Git({ program, askpassDir: path.join(dir, 'sync'), env: { PATH: process.env.PATH } });
    await git.run(['fetch', 'origin'], { cwd: dir, token: TOKEN });
    const calls = readFileSync(log, 'utf8');
    const argv = calls.split('\n').filter((l) => l.startsWith('argv:'));
    expect(argv).toEqual(['argv:-c credential.helper= fetch origin']);
    expect(argv.join('\n')).not.toContain(TOKEN);
    expect(calls).toContain('GIT_TERMINAL_PROMPT=0');
    // The askpass script answers the token from its environment, and holds no secret itself.
    expect(calls).toContain(`askpass:${TOKEN}`);
    const script = path.join(dir, 'sync', 'askpass.sh');
    expect(readFileSync(script, 'utf8')).not.toContain(TOKEN);
    expect(statSync(script).mode & 0o777).toBe(0o700);
  });

  it('does not pass a token, or the askpass, when it has none', async () => {
    const dir = tempDir('cadence-git-');
    const { program, log } = fakeGit(dir);
    const git = new Git({
      program,
      askpassDir: path.join(dir, 'sync'),
      env: { PATH: process.env.PATH, [ASKPASS_TOKEN_VAR]: 'leaked-from-parent' },
    });
    await git.run(['status'], { cwd: dir });
    const calls = readFileSync(log, 'utf8');
    expect(calls).toContain('argv:status');
    expect(calls).not.toContain('GIT_ASKPASS=');
    expect(calls).not.toContain('leaked-from-parent');
  });

  it('blanks the token in what git says when it fails', async () => {
    const dir = tempDir('cadence-git-');
    const { program } = fakeGit(dir);
    const git = new Git({ program, askpassDir: path.join(dir, 'sync'), env: { PATH: process.env.PATH } });
    const failure = await git.run(['fail'], { cwd: dir, token: TOKEN }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitFailure);
    expect((failure as GitFailure).message).toContain('Authentication failed');
    expect((failure as GitFailure).message).not.toContain(TOKEN);
    expect((failure as GitFailure).output).not.toContain(TOKEN);
  });

  it('says how to install git when there is none', async () => {
    const dir = tempDir('cadence-git-');
    const git = new Git({ program: path.join(dir, 'no-such-git'), askpassDir: dir, env: {} });
    await expect(git.run(['status'], { cwd: dir })).rejects.toThrow(GIT_MISSING_MESSAGE);
  });
});
