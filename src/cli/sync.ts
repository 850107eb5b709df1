import os from 'node:os';
import path from 'node:path';
import type { SyncConflict } from '../domain/sync/model';
import type { Workspace } from '../domain/workspace';
import { syncFolder } from '../sync/clone';
import { coreCodec } from '../sync/core-codec';
import { Git, usableAuthor } from '../sync/git';
import { checkRemote, displayRemote, sameRemote, TOKEN_FIELD } from '../sync/remote';
import { EmptyRemote, SyncEngine, type SyncOutcome } from '../sync/sync-engine';
import { AccessDenied, RemoteRefused, TOKEN_ADVICE } from '../sync/failure-words';
import { envTokenStore, FileTokenStore } from '../sync/token-store';
import { tokenFile } from '../sync/with-sync';
import { COMMON_OPTIONS, stringOption, type CliCommand } from './commands';
import { sameName } from '../domain/shared/name-key';
import { teamNamedIfAny, teamsThere } from './find';
import { CliError, EXIT, usageError, type ExitCode } from './exit-codes';
import type { CliIo } from './io';
import { oneLine } from './terminal-text';
import { withStore } from './with-store';
import { quote } from '../domain/shared/words';

/** One line per conflict, whatever line breaks its values hold (a description, a card's text). */
function conflictLine(c: SyncConflict): string {
  return `conflict: ${oneLine(`${c.entity}, ${c.field}: mine “${c.mine}”, theirs “${c.theirs}” (${c.key})`)}`;
}

/** Where a command takes its token, for a --remote refused for holding one (in its user part or its query). */
const TOKEN_NOT_IN_URL =
  'Give --remote without it, and the token in CADENCE_GIT_TOKEN: a command takes its token from there, never from its words.';

/**
 * A refusal in the command line's words: the app's advice for a token the remote did not accept (its "Replace the
 * token" button, its form's field) names CADENCE_GIT_TOKEN, where a command takes its token, and says when none
 * was given at all (neither that variable nor a token the app kept for the team); so does its advice for a token
 * typed into the remote (its token field).
 */
function inCommandWords(message: string, tokenGiven: boolean): string {
  const set = tokenGiven ? 'Set' : 'No token was given: set';
  const advice = `${set} CADENCE_GIT_TOKEN to a token with read and write access to the repository, then run the command again.`;
  const words = Object.values(TOKEN_ADVICE).reduce((text, app) => text.replace(app, advice), message);
  return words.replace(TOKEN_FIELD, TOKEN_NOT_IN_URL);
}

/** Prints what a sync did; the last line is always `pulled N, pushed N, conflicts N`. */
function reportTo(outcome: SyncOutcome, io: CliIo, tokenGiven: boolean): number {
  for (const note of outcome.notes) io.out(`note: ${oneLine(note)}`);
  for (const conflict of outcome.conflicts) io.out(conflictLine(conflict));
  if (outcome.message) io.err(inCommandWords(outcome.message, tokenGiven));
  if (outcome.conflicts.length > 0) {
    io.err('Decide each conflict in Cadence (Data & backups, Sharing); nothing was merged or pushed meanwhile.');
  }
  io.out(`pulled ${outcome.pulled}, pushed ${outcome.pushed}, conflicts ${outcome.conflicts.length}`);
  if (outcome.state === 'conflicts') return EXIT.conflicts;
  if (outcome.state === 'denied') return EXIT.denied;
  if (outcome.state === 'refused') return EXIT.remoteRefused;
  return outcome.state === 'in_sync' ? EXIT.done : EXIT.error;
}

/**
 * A sync that brought the team's new name from another machine says so, with the --team later runs need: the
 * old name finds nothing there, and a script would fail from its next run on without knowing why.
 */
function withRenameNote(outcome: SyncOutcome, before: string, workspace: Workspace): SyncOutcome {
  const now = workspace.teams.find((t) => t.id === outcome.teamId)?.name;
  if (now === undefined || sameName(now, before)) return outcome;
  const note = `${before} was renamed to “${now}” on another machine: give --team "${now}" from now on.`;
  return { ...outcome, notes: [...outcome.notes, note] };
}

/** The exit code of a share or join that failed: refused access (6), a refused remote file (7), or an error (1). */
function refusalCode(error: unknown): ExitCode {
  if (error instanceof AccessDenied) return EXIT.denied;
  return error instanceof RemoteRefused ? EXIT.remoteRefused : EXIT.error;
}

/**
 * A join from a remote nothing was pushed to yet says what to do on the machine that has the team (this one has
 * none to share): the app's words say only "share a team to it first".
 */
function onEmptyRemote(teamName: string) {
  return (error: unknown): never => {
    if (!(error instanceof EmptyRemote)) throw error;
    throw new CliError(
      EXIT.remoteRefused,
      `${error.message} Nothing was joined: share ${teamName} to it from a machine that has it first (there: cadence sync --team NAME --remote URL, or Share this team in Cadence's Data & backups, Sharing), then run this command again.`,
    );
  };
}

/**
 * A shared team syncs with the remote it is shared to: a --remote naming another one is refused, never
 * ignored (a script would take the exit code 0 for "sent there").
 */
function refuseAnotherRemote(teamName: string, given: string, sharedTo: string): void {
  const checked = checkRemote(given);
  if (!checked.ok) throw new CliError(EXIT.error, inCommandWords(checked.message, true));
  const typed = displayRemote(checked.remote.url);
  if (sameRemote(typed, sharedTo)) return;
  throw new CliError(
    EXIT.error,
    `${teamName} is shared to ${sharedTo}, not ${typed}: stop sharing it in Cadence (Data & backups, Sharing) before sharing it elsewhere. Nothing was synced.`,
  );
}

/**
 * A --remote as git takes it: a folder path typed relative to the current folder (`../platform.git`) is made
 * absolute; anything else (URLs, `git@host:path`, a leading `-`, git's `…::` transports) reaches checkRemote as
 * typed, so what it refuses stays refused.
 */
function fromHere(remote: string): string {
  const text = remote.trim();
  if (!text || text.startsWith('-') || checkRemote(text).ok) return remote;
  // Like git: a colon before the first slash makes a URL, an scp-like address or a transport, never a path.
  const colon = text.indexOf(':');
  const slash = text.search(/[\\/]/);
  if (colon !== -1 && (slash === -1 || colon < slash)) return remote;
  return path.resolve(text);
}

/**
 * The name a share or join commits under when none is given: the user's, as "Ana (Cadence)". A container's job run
 * under a bare uid (`docker run --user 1001`) has no user name the system knows (Node's userInfo throws): the
 * shell's USER or LOGNAME then, else "Cadence", never a sync stopped for a name it may not even need.
 */
function defaultAuthor(env: CliIo['env']): string {
  let user: string | undefined;
  try {
    user = os.userInfo().username;
  } catch {
    user = env.USER || env.LOGNAME;
  }
  return user ? `${user} (Cadence)` : 'Cadence';
}

/**
 * `sync --team NAME [--remote URL|PATH]`: the first call with a remote shares the team, or joins it when this
 * folder has no team of that name; later calls sync. The token comes from CADENCE_GIT_TOKEN (or what the app
 * kept), never from the command line.
 */
export const syncCommand: CliCommand = {
  words: ['sync'],
  usage: 'sync --team NAME [--remote URL|PATH] [--author NAME] [--data-dir DIR]   (token: CADENCE_GIT_TOKEN)',
  options: {
    'data-dir': COMMON_OPTIONS['data-dir'],
    help: COMMON_OPTIONS.help,
    team: { type: 'string' },
    remote: { type: 'string' },
    author: { type: 'string' },
  },
  positionals: 0,
  async run({ values }, io) {
    const teamName = stringOption(values, 'team');
    if (!teamName) throw usageError('sync needs --team NAME.');
    const typed = stringOption(values, 'remote');
    const remote = typed === undefined ? undefined : fromHere(typed);
    // A name given (--author or CADENCE_GIT_AUTHOR) also renames a shared team's committer; the default does not.
    const given = stringOption(values, 'author') ?? io.env.CADENCE_GIT_AUTHOR;
    const author = given ?? defaultAuthor(io.env);
    if (!usableAuthor(author)) {
      throw usageError(
        `--author needs a name commits can be made under (CADENCE_GIT_AUTHOR too), not “${author}”: letters or digits, not only spaces or punctuation.`,
      );
    }
    // Joining a team (--remote) may start the data folder on a new machine; anything else needs it there.
    const folder = { dataDir: stringOption(values, 'data-dir'), mayCreate: remote !== undefined };
    return withStore(folder, io, async (ctx) => {
      const dataDir = ctx.store.dataDir;
      const token = io.env.CADENCE_GIT_TOKEN || undefined;
      const kept = new FileTokenStore(tokenFile(dataDir));
      const engine = new SyncEngine({
        ctx,
        git: new Git({ askpassDir: syncFolder(dataDir) }),
        codec: coreCodec,
        tokens: envTokenStore(token, kept),
      });
      const team = teamNamedIfAny(ctx.store.snapshot(), teamName);
      const tokenGiven = token !== undefined || (team !== undefined && (await kept.get(team.id)) !== null);
      const report = (outcome: SyncOutcome) => reportTo(outcome, io, tokenGiven);
      try {
        if (team && engine.isShared(team.id)) {
          const settings = await engine.settings(team.id);
          if (remote !== undefined) refuseAnotherRemote(team.name, remote, settings.remote);
          if (given !== undefined && given !== settings.author) {
            // A name git refuses (kept by an older Cadence) was committed under as Cadence.
            const before = usableAuthor(settings.author) ? settings.author : 'Cadence';
            await engine.setAuthor(team.id, given);
            io.err(`Commits for ${team.name} are now made under “${given}” (they were made under “${before}”).`);
          }
          return report(withRenameNote(await engine.sync(team.id), team.name, ctx.store.snapshot()));
        }
        if (!remote) {
          throw new CliError(
            EXIT.error,
            team
              ? `${team.name} is not shared yet: give --remote URL|PATH to share it.`
              : `There is no team named ${quote(teamName)} here. ${teamsThere(ctx.store.snapshot())} Check --team, or give --remote URL|PATH to join a team from its remote.`,
          );
        }
        if (team) {
          const outcome = await engine.share({ teamId: team.id, remote, token, author });
          const where = (await engine.settings(team.id)).remote;
          // Shared, but a first sync that did not finish (a refused push) put nothing on the remote yet.
          const finished = outcome.state === 'in_sync' || outcome.state === 'conflicts';
          io.err(
            finished
              ? `Shared ${team.name} to ${where}.`
              : `${team.name} is set to share with ${where}, but its first sync did not finish:`,
          );
          return report(outcome);
        }
        // A typo in --team must not join whatever team the remote holds (and fail every later run of the script).
        const expects = (held: { name: string }) =>
          sameName(held.name, teamName)
            ? null
            : `The remote holds the team “${held.name}”, not “${teamName}”: nothing was joined. Check --team (or --remote).`;
        const outcome = await engine.join({ remote, token, author, expects }).catch(onEmptyRemote(teamName));
        const joined = ctx.store.snapshot().teams.find((t) => t.id === outcome.teamId);
        io.err(`Joined ${joined?.name ?? 'the team'} from ${(await engine.settings(outcome.teamId)).remote}.`);
        return report(outcome);
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(refusalCode(error), inCommandWords((error as Error).message, tokenGiven));
      }
    });
  },
};
