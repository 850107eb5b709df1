import path from 'node:path';

/** A remote Cadence agreed to talk to: what git is given, and what people are shown. */
export interface Remote {
  kind: 'https' | 'http' | 'ssh' | 'path';
  /** What git is given (`remote.origin.url`); never holds a secret. */
  url: string;
}

export type RemoteCheck = { ok: true; remote: Remote } | { ok: false; message: string };

/** The app's advice for a token typed into a remote; the command line says its own (src/cli/sync.ts). */
export const TOKEN_FIELD =
  'Put the token in the token field instead: it is kept encrypted on this machine, never in the URL.';

/** 127.0.0.0/8 only: plain http is for a test server on this machine. */
function isLoopbackV4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

const refuse = (message: string): RemoteCheck => ({ ok: false, message });

/**
 * What was typed, as a refusal quotes it (on the shared screen, in a script's log): everything before an `@` (where
 * a user name and token hide) and any query or fragment left out.
 */
function quotedRemote(text: string): string {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(text)?.[0] ?? '';
  const at = text.lastIndexOf('@');
  const shown = at < scheme.length ? text : `${scheme}…${text.slice(at)}`;
  return `“${shown.replace(/[?#].*$/s, '…')}”`;
}

function checkUrl(text: string): RemoteCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(`${quotedRemote(text)} is not a remote Cadence can use: give an https or ssh URL, or a folder path.`);
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme === 'file') return refuse('Give the folder itself (e.g. /srv/git/team.git) rather than a file:// URL.');
  if (scheme !== 'https' && scheme !== 'http' && scheme !== 'ssh') {
    return refuse(`Cadence talks to https, ssh or a folder path, not ${scheme}.`);
  }
  if (url.password || (scheme !== 'ssh' && url.username))
    return refuse(`The remote holds a user name or token. ${TOKEN_FIELD}`);
  if (scheme !== 'ssh' && (url.search || url.hash)) {
    return refuse(`The remote has a query or a fragment (where tokens hide). ${TOKEN_FIELD}`);
  }
  if (!url.hostname) return refuse('The remote names no host.');
  if (scheme === 'http' && !isLoopbackV4(url.hostname)) {
    return refuse(
      'Plain http would send the team and the token unencrypted: use https (http works on 127.0.0.1 only).',
    );
  }
  return { ok: true, remote: { kind: scheme, url: url.href } };
}

/** scp-like `[user@]host:path` (git's own rule: no slash before the colon). */
const SCP_LIKE = /^(?:([A-Za-z0-9._-]+)@)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):(?!\/\/)(.+)$/;

/**
 * Parses and checks a remote as typed: https and ssh URLs, scp-like `git@host:path`, or an absolute folder path;
 * plain http on 127.0.0.0/8 only. Refused: credentials or queries in a URL, git's other transports (`ext::`,
 * `file::`, `fd::`…), anything git could read as an option (a leading `-`), control characters.
 */
export function checkRemote(input: string): RemoteCheck {
  const text = input.trim();
  if (!text) return refuse('Give the remote: an https or ssh URL, or a folder path.');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(text)) return refuse('The remote holds control characters.');
  if (text.startsWith('-')) return refuse('A remote cannot start with “-”.');
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(text)) {
    return refuse('Cadence talks to https, ssh or a folder path; git’s other transports (“…::”) are refused.');
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text)) return checkUrl(text);
  if (path.posix.isAbsolute(text) || path.win32.isAbsolute(text)) {
    return { ok: true, remote: { kind: 'path', url: path.resolve(text) } };
  }
  const scp = SCP_LIKE.exec(text);
  // `oauth2:TOKEN@host/path` (an https URL without its scheme) reads as host `oauth2`: refused, never kept or shown.
  if (scp?.[3]?.split('/')[0]?.includes('@')) return refuse(`The remote holds a user name or token. ${TOKEN_FIELD}`);
  if (scp && !text.includes(' ')) return { ok: true, remote: { kind: 'ssh', url: text } };
  return refuse(
    `${quotedRemote(text)} is not a remote Cadence can use: give an https or ssh URL, or an absolute folder path.`,
  );
}

/** The remote as people see it: without user info, query or fragment (already refused; belt and braces). */
export function displayRemote(url: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      const user = parsed.protocol === 'ssh:' && parsed.username ? `${parsed.username}@` : '';
      return `${parsed.protocol}//${user}${parsed.host}${parsed.pathname}`;
    } catch {
      return '(a remote that does not parse)';
    }
  }
  return url;
}

/**
 * An ssh remote as one key whichever way it is written: `ssh://git@host/org/repo` and `git@host:org/repo` name one
 * repository on a Git host (a leading `/` of the path aside; port 22 is ssh's own, the one scp-like addresses use).
 */
const sshKey = (user: string | undefined, host: string, where: string): string =>
  `ssh://${user === undefined ? '' : `${user}@`}${host.toLowerCase()}:${where.replace(/^\/+/, '')}`;

/** A remote reduced to what tells repositories apart: scheme and host in lower case, a trailing `/` or `.git` off. */
function remoteKey(remote: string): string {
  const bare = remote
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (path.posix.isAbsolute(bare) || path.win32.isAbsolute(bare)) return bare;
  const url = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^@/]*@)?([^/]*)(.*)$/s.exec(bare);
  if (url) {
    const scheme = url[1]!.toLowerCase();
    const ssh = scheme === 'ssh://' ? /^(.*?)(?::22)?$/.exec(url[3]!) : null;
    if (ssh) return sshKey(url[2]?.slice(0, -1), ssh[1]!, url[4]!);
    return `${scheme}${url[2] ?? ''}${url[3]!.toLowerCase()}${url[4]}`;
  }
  const scp = SCP_LIKE.exec(bare);
  if (scp) return sshKey(scp[1], scp[2]!, scp[3]!);
  return bare;
}

/**
 * Whether two remotes (as displayRemote shows them) name one repository: a trailing `/` or `.git` aside, the host
 * in any case (host names are case-insensitive), and an ssh URL or its scp-like form alike. A path keeps its case,
 * on the server as in a folder.
 */
export function sameRemote(a: string, b: string): boolean {
  return remoteKey(a) === remoteKey(b);
}
