import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain/shared/errors';

export const GIT_MISSING_MESSAGE =
  'Cadence needs Git to share a team. Install git (e.g. apt-get install git) and try again.';

/** The env var only git's children (the askpass script) see the token in. */
export const ASKPASS_TOKEN_VAR = 'CADENCE_GIT_ASKPASS_TOKEN';

const ASKPASS_FILE = 'askpass.sh';

/**
 * The askpass program git runs for a user name and a password: it answers a fixed user name and the token
 * from its environment. The script holds no secret, so it can live in the sync folder.
 */
const ASKPASS_SCRIPT = `#!/bin/sh
case "$1" in
  Username*|username*) printf '%s\\n' "x-access-token" ;;
  *) printf '%s\\n' "$${ASKPASS_TOKEN_VAR}" ;;
esac
`;

/**
 * True when git can make commits under this name: git drops `<`, `>` and line breaks, trims spaces and
 * `.,:;"'\\` from both ends, and refuses a name with nothing left ("empty ident name not allowed").
 */
export function usableAuthor(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what git trims
  return /[^\u0000-\u0020.,:;"'\\]/.test(name.replace(/[<>\n]/g, ''));
}

/** Git's answer to one command. */
export interface GitResult {
  stdout: string;
  stderr: string;
}

/** A git command that failed: `message` is git's own words, with any token blanked. */
export class GitFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    /** Everything git printed (stderr, then stdout), with any token blanked. */
    readonly output: string,
  ) {
    super(message);
    this.name = 'GitFailure';
  }
}

export interface GitOptions {
  /** The git program: `git` from PATH unless a test names another. */
  program?: string;
  /** Where the askpass script is written (the data folder's sync folder). */
  askpassDir: string;
  /** Environment git starts from (process.env by default). */
  env?: NodeJS.ProcessEnv;
}

export interface RunOptions {
  cwd: string;
  /** A token for an https remote: given to git through GIT_ASKPASS, never in argv, a URL or a config file. */
  token?: string | null | undefined;
  /** Text written to git's stdin. */
  input?: string;
  /** Name and email commits are made under. */
  author?: { name: string; email: string } | undefined;
}

/** Replaces every occurrence of the token in text a person or a log may see. */
export function withoutSecret(text: string, token: string | null | undefined): string {
  return token ? text.split(token).join('•••') : text;
}

/**
 * The system git, run with execFile (never a shell) and with prompts off: a remote that wants a password
 * Cadence does not have fails at once rather than hanging on a terminal nobody watches.
 */
export class Git {
  private readonly program: string;
  private readonly baseEnv: NodeJS.ProcessEnv;
  private askpass: Promise<string> | null = null;

  constructor(private readonly options: GitOptions) {
    this.program = options.program ?? 'git';
    this.baseEnv = options.env ?? process.env;
  }

  /** Writes the askpass script once (0700, no secret in it) and answers its path. */
  private askpassPath(): Promise<string> {
    this.askpass ??= (async () => {
      await fs.mkdir(this.options.askpassDir, { recursive: true, mode: 0o700 });
      const file = path.join(this.options.askpassDir, ASKPASS_FILE);
      await fs.writeFile(file, ASKPASS_SCRIPT, { mode: 0o700 });
      await fs.chmod(file, 0o700);
      return file;
    })();
    return this.askpass;
  }

  /**
   * Removes the askpass script (a failed share or join that made the sync folder takes it out again); the next
   * call with a token writes it anew.
   */
  async removeAskpass(): Promise<void> {
    this.askpass = null;
    await fs.rm(path.join(this.options.askpassDir, ASKPASS_FILE), { force: true });
  }

  private async envFor(options: RunOptions): Promise<NodeJS.ProcessEnv> {
    const env: NodeJS.ProcessEnv = {
      ...this.baseEnv,
      GIT_TERMINAL_PROMPT: '0',
      // No editor, no pager, no translated messages: Cadence reads git's answers.
      GIT_EDITOR: 'true',
      GIT_PAGER: 'cat',
      LC_ALL: 'C',
      // ssh asks nothing either: the user's agent and keys work, a passphrase prompt fails at once.
      GIT_SSH_COMMAND: this.baseEnv.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
    };
    delete env[ASKPASS_TOKEN_VAR];
    if (options.token) {
      env.GIT_ASKPASS = await this.askpassPath();
      env[ASKPASS_TOKEN_VAR] = options.token;
    }
    if (options.author) {
      env.GIT_AUTHOR_NAME = options.author.name;
      env.GIT_AUTHOR_EMAIL = options.author.email;
      env.GIT_COMMITTER_NAME = options.author.name;
      env.GIT_COMMITTER_EMAIL = options.author.email;
    }
    return env;
  }

  /** Runs `git args…` in cwd; rejects with GitFailure (git's message) or a DomainError when git is missing. */
  async run(args: readonly string[], options: RunOptions): Promise<GitResult> {
    // With a token, the user's credential helpers are off: git must not save the token in a keychain or file.
    const prefix = options.token ? ['-c', 'credential.helper='] : [];
    const env = await this.envFor(options);
    return new Promise((resolve, reject) => {
      const child = execFile(
        this.program,
        [...prefix, ...args],
        { cwd: options.cwd, env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
        (error, stdout, stderr) => {
          if (!error) return resolve({ stdout, stderr });
          if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !stderr) {
            return reject(new DomainError('unsupported', GIT_MISSING_MESSAGE));
          }
          const said = withoutSecret(stderr.trim() || error.message, options.token);
          const code = typeof error.code === 'number' ? error.code : null;
          reject(new GitFailure(said, code, withoutSecret(`${stderr}\n${stdout}`, options.token)));
        },
      );
      if (options.input !== undefined) child.stdin?.end(options.input);
    });
  }

  /** Like run, answering stdout without its last newline. */
  async out(args: readonly string[], options: RunOptions): Promise<string> {
    return (await this.run(args, options)).stdout.replace(/\n$/, '');
  }
}
