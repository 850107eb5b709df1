import { DomainError } from '../domain/shared/errors';
import { GitFailure } from './git';
import { checkRemote, displayRemote } from './remote';

/** The first line of git's complaint, for a sentence. */
function gitWords(text: string): string {
  const line = text.split('\n').find((l) => /fatal|error|denied|could not|unable|not found|failed/i.test(l));
  return (line ?? text.split('\n')[0] ?? '').replace(/^(fatal|error): /, '').trim();
}

/**
 * What git and the servers say when the remote answered but would not let these credentials in: a token it
 * does not take (401/403, GitLab's "HTTP Basic: Access denied", none given where one is needed) or an ssh key
 * it does not know.
 */
const DENIED =
  /Authentication failed|could not read (Username|Password)|returned error: (401|403)|Access denied|Permission denied \(|Invalid username or password/i;

/**
 * What to do about a token the remote did not accept, in the app: a shared team's in its Sharing section, while
 * sharing or joining in the form's own field. The command line, which takes its token from CADENCE_GIT_TOKEN, says
 * its own words in their place.
 */
export const TOKEN_ADVICE = {
  shared: 'Give a token with read and write access to the repository with “Replace the token”, then sync again.',
  sharing: 'Give a token with read and write access to the repository, then try again.',
} as const;

/**
 * A share or join the remote answered but would not let in (the token or the ssh key): someone must act, where a
 * remote that could not be reached is tried again later. Its code and message are a plain refusal's.
 */
export class AccessDenied extends DomainError {}

/**
 * A share or join refused for what the remote holds (a team file that is damaged, from a newer Cadence or another
 * team's, or none at all): someone must put the remote right, or update Cadence. Its code and message are a plain
 * refusal's; the command line tells it by its own exit code.
 */
export class RemoteRefused extends DomainError {}

/** What to do about a damaged team file on the remote (one from a newer Cadence says to update Cadence instead). */
export const DAMAGED_FILE_ADVICE =
  'Put back its last good version on the remote (revert there the commit that broke team.json), then try again.';

/**
 * Why a remote could not be used, as the state people see and a sentence saying what to do: a shared team's
 * token is replaced in the Sharing section; while sharing or joining, the form's own token is corrected.
 */
export function failureOf(
  url: string,
  error: unknown,
  doing: 'reach' | 'send to',
  when: 'sharing' | 'shared' = 'shared',
): { state: 'offline' | 'denied'; message: string } {
  const remote = displayRemote(url);
  const text = error instanceof Error ? error.message : String(error);
  const said = gitWords(text);
  if (!DENIED.test(text)) {
    return { state: 'offline', message: `Cannot ${doing} ${remote}: ${said}` };
  }
  const checked = checkRemote(url);
  const ssh = checked.ok && checked.remote.kind === 'ssh';
  return {
    state: 'denied',
    message: ssh
      ? `${remote} did not accept this machine’s ssh key (${said}). Add the key to your account there, or start your ssh agent, then ${when === 'shared' ? 'sync' : 'try'} again.`
      : `${remote} did not accept the token (${said}). ${TOKEN_ADVICE[when]}`,
  };
}

/** Colour codes servers put in their `remote:` lines. */
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const COLOUR = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * A push the remote answered but declined (`[remote rejected]`): a protected branch, a push rule, a hook. git's
 * own last words ("failed to push some refs") say nothing of why, so the remote's words (its `remote:` lines)
 * and the reason git gives are said instead. null for anything else, and for a declined push the remote asks to
 * be tried again (a ref lock, a stale info), which the engine retries.
 */
export function declinedPush(url: string, error: unknown): { state: 'denied'; message: string } | null {
  const output = error instanceof GitFailure ? error.output : '';
  const rejected = /\[remote rejected\]\s*(?:\(([^)\n]*)\))?/.exec(output);
  if (!rejected || /lock|stale/.test(rejected[1] ?? '')) return null;
  const remoteWords = output
    .split('\n')
    .filter((line) => line.startsWith('remote:'))
    .map((line) => line.slice('remote:'.length).replace(COLOUR, '').trim())
    .filter(Boolean)
    .join(' ')
    // A server may explain at length (secret scanning lists every finding): the start says why.
    .replace(/^(.{400}).+$/s, '$1…');
  const why = [remoteWords, rejected[1] ? `(${rejected[1]})` : ''].filter(Boolean).join(' ');
  return {
    state: 'denied',
    message: `${displayRemote(url)} refused the changes${why ? `: ${why}` : ''}. Its main branch may be protected: ask whoever runs the repository to let you push to it, then sync again.`,
  };
}
