import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GitFailure, type Git } from './git';

/** The one file a clone holds: the team, as core's encodeTeamFile writes it. Nothing else is ever committed. */
export const TEAM_FILE = 'team.json';
const BRANCH = 'refs/heads/main';
export const THEIRS = 'refs/remotes/origin/main';
const EMAIL = 'cadence@localhost';

/** `<data>/sync`: the clones, the askpass script, the tokens file; outside backups and exports. */
export function syncFolder(dataDir: string): string {
  return path.join(dataDir, 'sync');
}

/** A team's clone folder: its id when that is a plain name, else a hash of it (ids come from files). */
export function cloneFolder(dataDir: string, teamId: string): string {
  const name = /^[A-Za-z0-9_-]{1,64}$/.test(teamId)
    ? teamId
    : `team-${createHash('sha256').update(teamId).digest('hex').slice(0, 32)}`;
  return path.join(syncFolder(dataDir), name);
}

export type PushAnswer = 'pushed' | 'rejected';

/** One team's clone, through git's plumbing: commits are built from the team file's text, never from a worktree merge. */
export class Clone {
  constructor(
    readonly dir: string,
    private readonly git: Git,
    private token: string | null = null,
  ) {}

  useToken(token: string | null): void {
    this.token = token;
  }

  /**
   * Whether the clone checks out the team file alone (git's sparse checkout), so other files on the branch
   * (carried, see commit) never land in the data folder. Set when a clone is made; a clone made before this
   * rule gets it at its first move (see moveTo). Known from init, or from the settings read at each sync.
   */
  private onlyTeamFileCheckedOut = false;

  private run(args: string[], input?: string, author?: string) {
    return this.git.out(args, {
      cwd: this.dir,
      token: this.token,
      ...(input === undefined ? {} : { input }),
      ...(author === undefined ? {} : { author: { name: author, email: EMAIL } }),
    });
  }

  /**
   * A new, empty clone of `url`, owner-only inside: `--shared=0600` records `core.sharedRepository`, so what git
   * writes in .git from then on (objects, refs, the index, its config) is owner-only whatever the umask, also
   * when someone runs git in it by hand. (A clone an older Cadence made has no such setting; the store's start
   * tightens everything in `sync/` again.)
   */
  async init(url: string, settings: { teamId?: string; author: string }): Promise<void> {
    await fs.mkdir(path.dirname(this.dir), { recursive: true, mode: 0o700 });
    await fs.chmod(path.dirname(this.dir), 0o700);
    await fs.mkdir(this.dir, { mode: 0o700 });
    await this.run(['init', '--quiet', '--shared=0600', '--initial-branch=main', '.']);
    await this.run(['config', 'remote.origin.url', url]);
    await this.run(['config', 'remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*']);
    await this.run(['config', 'gc.auto', '0']);
    await this.setSetting('author', settings.author);
    if (settings.teamId) await this.setSetting('teamId', settings.teamId);
    await this.checkOutTeamFileOnly();
  }

  private async checkOutTeamFileOnly(): Promise<void> {
    await this.run(['sparse-checkout', 'set', '--no-cone', `/${TEAM_FILE}`]);
    this.onlyTeamFileCheckedOut = true;
  }

  async setSetting(name: string, value: string): Promise<void> {
    await this.run(['config', `cadence.${name}`, value]);
  }

  /** The remote's URL and the clone's Cadence settings, read with one git call. */
  async settings(): Promise<{ url: string; author: string | null; lastSyncedAt: string | null }> {
    const out = await this.run([
      'config',
      '-z',
      '--get-regexp',
      '^(remote\\.origin\\.url|cadence\\..*|core\\.sparsecheckout)$',
    ]);
    // git answers `name\nvalue\0` per setting, names in lower case.
    const values = new Map(
      out
        .split('\0')
        .filter((entry) => entry.includes('\n'))
        .map((entry) => [entry.slice(0, entry.indexOf('\n')), entry.slice(entry.indexOf('\n') + 1)]),
    );
    if (values.get('core.sparsecheckout') === 'true') this.onlyTeamFileCheckedOut = true;
    return {
      url: values.get('remote.origin.url') ?? '',
      author: values.get('cadence.author') ?? null,
      lastSyncedAt: values.get('cadence.lastsyncedat') ?? null,
    };
  }

  /** Fetches every branch of the remote; a remote that cannot be reached rejects with git's words. */
  async fetch(): Promise<void> {
    try {
      await this.run(['fetch', '--quiet', '--prune', '--no-tags', 'origin']);
    } finally {
      // FETCH_HEAD is the one file in .git that git writes under the umask, whatever the shared setting.
      await this.ownerOnly(path.join('.git', 'FETCH_HEAD'));
    }
  }

  /** Makes a file git wrote in the clone under the umask owner-only (one that is not there is fine). */
  private async ownerOnly(file: string): Promise<void> {
    await fs.chmod(path.join(this.dir, file), 0o600).catch(() => undefined);
  }

  /** The local branch's commit and the remote's as last fetched (null where there is none), with one git call. */
  async tips(): Promise<{ head: string | null; theirs: string | null }> {
    const out = await this.run(['for-each-ref', '--format=%(refname) %(objectname)', BRANCH, THEIRS]);
    const at = (ref: string) =>
      out
        .split('\n')
        .find((line) => line.startsWith(`${ref} `))
        ?.slice(ref.length + 1) ?? null;
    return { head: at(BRANCH), theirs: at(THEIRS) };
  }

  /**
   * Commits `a` has that `b` lacks (ahead) and commits `b` has that `a` lacks (behind); with no `b` (a remote
   * that has nothing yet) every commit of `a` is ahead.
   */
  async divergence(a: string, b: string | null): Promise<{ ahead: number; behind: number }> {
    if (b === null) return { ahead: await this.count(null, a), behind: 0 };
    const [ahead = NaN, behind = NaN] = (await this.run(['rev-list', '--left-right', '--count', `${a}...${b}`]))
      .split(/\s+/)
      .map(Number);
    return { ahead, behind };
  }

  async commitOf(ref: string): Promise<string | null> {
    try {
      return await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    } catch {
      return null;
    }
  }

  /** The team file's text at a commit, or null when that commit has none. */
  async fileAt(ref: string): Promise<string | null> {
    try {
      return (await this.git.run(['show', `${ref}:${TEAM_FILE}`], { cwd: this.dir })).stdout;
    } catch (error) {
      if (error instanceof GitFailure) return null;
      throw error;
    }
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    try {
      return await this.run(['merge-base', a, b]);
    } catch {
      return null;
    }
  }

  /** How many commits `to` has that `from` does not (all of `to`'s when from is null). */
  async count(from: string | null, to: string): Promise<number> {
    return Number(await this.run(['rev-list', '--count', from ? `${from}..${to}` : to]));
  }

  /**
   * A commit of the team file on top of `parents`; the branch and the folder's file follow it. Cadence writes
   * only the team file: any other file on the branch (a README added on the remote's web page) is carried
   * as the last parent holds it, which in a merge is the remote's commit.
   */
  async commit(text: string, message: string, parents: string[], author: string): Promise<string> {
    const blob = await this.run(['hash-object', '-w', '--stdin'], text);
    const last = parents.at(-1);
    const others = last ? await this.entriesBesideTeamFile(last) : '';
    const tree = await this.run(['mktree', '-z'], `${others}100644 blob ${blob}\t${TEAM_FILE}\0`);
    const commit = await this.run(
      ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'],
      message,
      author,
    );
    await this.moveTo(commit);
    return commit;
  }

  /** A commit's top-level entries other than the team file, as `git ls-tree -z` writes them (each ending in NUL). */
  private async entriesBesideTeamFile(commit: string): Promise<string> {
    const listed = await this.run(['ls-tree', '-z', commit]);
    return listed
      .split('\0')
      .filter((entry) => entry !== '' && entry.slice(entry.indexOf('\t') + 1) !== TEAM_FILE)
      .map((entry) => `${entry}\0`)
      .join('');
  }

  /** Points the branch (HEAD's, even before its first commit) at a commit and brings the folder's team file to it. */
  async moveTo(commit: string): Promise<void> {
    // A clone made before the team file was checked out alone gets that rule here (see onlyTeamFileCheckedOut).
    if (!this.onlyTeamFileCheckedOut) await this.checkOutTeamFileOnly();
    await this.run(['reset', '--quiet', '--hard', commit]);
    // Git writes the checked-out file under the umask (the shared setting covers .git only); it holds the team.
    await this.ownerOnly(TEAM_FILE);
  }

  /** Pushes the branch; a remote that moved on answers 'rejected', anything else rejects with git's words. */
  async push(): Promise<PushAnswer> {
    try {
      await this.run(['push', '--porcelain', '--quiet', 'origin', `${BRANCH}:${BRANCH}`]);
      return 'pushed';
    } catch (error) {
      if (
        error instanceof GitFailure &&
        /\[rejected\]|\[remote rejected\].*(lock|stale)|fetch first|non-fast-forward/.test(error.output)
      ) {
        return 'rejected';
      }
      throw error;
    }
  }
}
