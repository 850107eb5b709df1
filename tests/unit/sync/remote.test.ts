import { describe, expect, it } from 'vitest';
import { checkRemote, displayRemote, sameRemote } from '../../../src/sync/remote';

describe('checkRemote', () => {
  it.each([
    ['https://gitlab.example.com/ops/team.git', 'https'],
    ['ssh://git@gitlab.example.com:2222/ops/team.git', 'ssh'],
    ['git@github.com:ops/team.git', 'ssh'],
    ['/srv/git/team.git', 'path'],
    ['http://127.0.0.1:8080/team.git', 'http'],
    ['http://127.45.0.9/team.git', 'http'],
  ])('takes %s as %s', (text, kind) => {
    const checked = checkRemote(text);
    expect(checked).toMatchObject({ ok: true, remote: { kind } });
  });

  it.each([
    ['a token in the URL', 'https://glpat-SECRET@gitlab.example.com/ops/team.git', /token field/],
    ['a user and password', 'https://ana:SECRET@gitlab.example.com/ops/team.git', /token field/],
    ['a password on ssh', 'ssh://git:SECRET@host/team.git', /token field/],
    ['a token in the query', 'https://gitlab.example.com/team.git?private_token=SECRET', /token field/],
    // Refusals that quote what was typed (shown on the shared screen, printed in a script's log) hide the token.
    [
      'a token in a URL that does not parse',
      'https://oauth2:glpat-SECRET@gitlab.example.com:ops/team.git',
      /not a remote/,
    ],
    ['a token in a URL with a space', 'https://oauth2:glpat-SECRET@git lab.example.com/team.git', /not a remote/],
    [
      'a token in the query of an address with no scheme',
      'gitlab.example.com/team.git?private_token=SECRET',
      /not a remote/,
    ],
    // Read as scp-like (host "oauth2"), it would be kept as the remote and shown wherever the remote is.
    [
      'a token before @ in an address with no scheme',
      'oauth2:glpat-SECRET@gitlab.example.com/ops/team.git',
      /token field/,
    ],
    ['plain http elsewhere', 'http://gitlab.example.com/team.git', /https/],
    ['plain http on a name for loopback', 'http://localhost/team.git', /https/],
    ['the ext transport', 'ext::sh -c touch% /tmp/pwned', /transports/],
    ['the file:: transport', 'file::/srv/git/team.git', /transports/],
    ['a file URL', 'file:///srv/git/team.git', /folder itself/],
    ['an option', '--upload-pack=touch /tmp/pwned', /“-”/],
    ['a relative path', 'team.git', /not a remote/],
    ['ftp', 'ftp://example.com/team.git', /not ftp/],
    ['a newline', 'https://example.com/a\n--b', /control/],
    ['nothing', '   ', /Give the remote/],
  ])('refuses %s', (_what, text, message) => {
    const checked = checkRemote(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.message).toMatch(message);
      expect(checked.message).not.toContain('SECRET');
    }
  });
});

describe('displayRemote', () => {
  it('shows a URL without user info, query or fragment', () => {
    expect(displayRemote('https://ana:SECRET@example.com/team.git?t=SECRET#SECRET')).toBe(
      'https://example.com/team.git',
    );
  });
  it('keeps an ssh user name, which is no secret', () => {
    expect(displayRemote('ssh://git@example.com/team.git')).toBe('ssh://git@example.com/team.git');
    expect(displayRemote('git@example.com:team.git')).toBe('git@example.com:team.git');
  });
});

describe('sameRemote', () => {
  it('takes an ssh URL and the scp-like address of one repository as one remote', () => {
    expect(sameRemote('ssh://git@gitlab.example.com/org/repo.git', 'git@gitlab.example.com:org/repo.git')).toBe(true);
    expect(sameRemote('git@GitLab.example.com:org/repo', 'ssh://git@gitlab.example.com:22/org/repo.git/')).toBe(true);
    expect(sameRemote('ssh://git@host/~ana/repo.git', 'git@host:~ana/repo.git')).toBe(true);
  });

  it('keeps apart what may be another repository: another user, port, path or host', () => {
    expect(sameRemote('ssh://git@host/org/repo.git', 'ana@host:org/repo.git')).toBe(false);
    expect(sameRemote('ssh://git@host:2222/org/repo.git', 'git@host:org/repo.git')).toBe(false);
    expect(sameRemote('ssh://git@host/org/repo.git', 'git@host:org/Repo.git')).toBe(false);
    expect(sameRemote('ssh://git@host/org/repo.git', 'git@other:org/repo.git')).toBe(false);
    expect(sameRemote('https://host/org/repo.git', 'git@host:org/repo.git')).toBe(false);
  });
});
