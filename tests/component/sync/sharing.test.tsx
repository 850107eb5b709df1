import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { status } from './fake-sync';
import { openWithTeam, sharingSection } from './seed';

vi.setConfig({ testTimeout: 40_000 });

const REMOTE = 'https://gitlab.example.com/ops/platform.git';

describe('Data & backups: Sharing', () => {
  it('shares the open team with the token and name given, then shows where it is shared and focuses the result', async () => {
    const { sync, teamId, user } = await openWithTeam();
    const section = await sharingSection();
    const form = within(section).getByRole('form', { name: 'Share this team' });
    const token = within(form).getByLabelText('Token (optional)');
    expect(token).toHaveAttribute('type', 'password');
    expect(token).toHaveAccessibleDescription(/file only your account can read/);

    await user.type(within(form).getByLabelText('Remote'), REMOTE);
    await user.type(token, 'glpat-secret');
    await user.type(within(form).getByLabelText('Your name'), 'Ana');
    await user.click(within(form).getByRole('button', { name: 'Share this team' }));

    const result = await within(section).findByText(
      `Shared Platform SRE through ${REMOTE}. Pulled 0 commits, pushed 1 commit.`,
    );
    expect(sync.calls).toEqual([
      `share {"teamId":"${teamId}","remote":"${REMOTE}","token":"glpat-secret","author":"Ana"}`,
    ]);
    await waitFor(() => expect(result).toHaveFocus());
    expect(within(section).queryByRole('form', { name: 'Share this team' })).toBeNull();
    expect(within(section).getByText(REMOTE)).toBeInTheDocument();
    expect(within(section).getByText('Last synced').nextElementSibling).toHaveTextContent('Tue 1 Dec, ');
    expect(screen.getByRole('banner')).toContainElement(screen.getByRole('button', { name: 'Open Sharing: In sync' }));
    expect(within(section).getByRole('form', { name: 'Join a shared team' })).toBeInTheDocument();
  });

  it('says on the form why a share was refused, keeping what was typed', async () => {
    const { sync, user } = await openWithTeam();
    const form = within(await sharingSection()).getByRole('form', { name: 'Share this team' });
    await user.type(within(form).getByLabelText('Your name'), 'Ana');
    await user.click(within(form).getByRole('button', { name: 'Share this team' }));
    // An empty remote is refused by the api's own check, on the field.
    const remote = within(form).getByLabelText('Remote');
    await waitFor(() => expect(remote).toHaveAttribute('aria-invalid', 'true'));
    expect(remote).toHaveAccessibleDescription(/Give the remote: an https or ssh URL, or a folder path\./);
    expect(sync.calls).toEqual([]);

    sync.refuseNext('share', 'That remote holds another team (Payments). Share into an empty repository.');
    await user.type(remote, '/srv/git/payments.git');
    await user.click(within(form).getByRole('button', { name: 'Share this team' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'That remote holds another team (Payments). Share into an empty repository.',
    );
    expect(remote).toHaveValue('/srv/git/payments.git');
    expect(remote).toHaveAttribute('aria-invalid', 'false');
    const { violations } = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.map((v) => v.id)).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Open Sharing: In sync' })).toBeNull();
  });

  it('joins a shared team: it is listed, opened, and the result has the focus', async () => {
    const { sync, backend, user } = await openWithTeam();
    sync.onJoin = async () => (await backend.api.createTeam({ name: 'Ops on-call' })).id;
    const form = within(await sharingSection()).getByRole('form', { name: 'Join a shared team' });
    await user.type(within(form).getByLabelText('Remote'), 'git@gitlab.example.com:ops/on-call.git');
    await user.type(within(form).getByLabelText('Your name'), 'Bo');
    await user.click(within(form).getByRole('button', { name: 'Join the team' }));

    const result = await screen.findByText(
      'Joined Ops on-call from git@gitlab.example.com:ops/on-call.git. It is now the open team.',
    );
    await waitFor(() => expect(result).toHaveFocus());
    expect(sync.calls).toEqual(['join {"remote":"git@gitlab.example.com:ops/on-call.git","author":"Bo"}']);
    const switcher = screen.getByRole('combobox', { name: 'Team' });
    expect(within(switcher).getByRole('option', { name: 'Ops on-call' })).toHaveProperty('selected', true);
    expect(screen.getByRole('button', { name: 'Open Sharing: In sync' })).toBeInTheDocument();
  });

  it('Sync now brings merged changes onto the screen and says what it did', async () => {
    const { sync, backend, teamId, user } = await openWithTeam('data', (s, id) => {
      s.put(id, status(id, { state: 'pending', pendingChanges: 2 }));
    });
    sync.onSync = async (id) => {
      // The merge renamed the team on the other machine.
      await backend.api.renameTeam({ teamId: id, name: 'Platform SRE (EU)' });
      sync.put(id, { state: 'in_sync', pendingChanges: 0 });
      return { pulled: 2, pushed: 1 };
    };
    const section = await sharingSection();
    expect(await screen.findByRole('button', { name: 'Open Sharing: 2 changes to send' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Sync now' }));

    const result = await within(section).findByText('Pulled 2 commits, pushed 1 commit.');
    await waitFor(() => expect(result).toHaveFocus());
    expect(sync.calls).toEqual([`sync ${teamId}`]);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Team' })).toHaveDisplayValue('Platform SRE (EU)'));
    expect(screen.getByRole('button', { name: 'Open Sharing: In sync' })).toBeInTheDocument();
  });

  it('Sync now keeps the focus while the host reports the sync running', async () => {
    const { sync, teamId, emit, user } = await openWithTeam('data', (s, id) => void s.put(id, status(id)));
    let release = () => {};
    sync.gate = new Promise((resolve) => (release = resolve));
    const button = within(await sharingSection()).getByRole('button', { name: 'Sync now' });
    await user.click(button);
    emit({ type: 'sync', status: status(teamId, { state: 'syncing' }) });
    // Not `disabled`: a browser drops the focus of a button that becomes disabled.
    expect(button).toBeEnabled();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(sync.calls).toEqual([`sync ${teamId}`]);
    release();
    expect(await screen.findByText('Pulled 0 commits, pushed 0 commits.')).toBeInTheDocument();
  });

  it('shows a failed sync as a message in the section', async () => {
    const { sync, user } = await openWithTeam('data', (s, id) => void s.put(id, status(id)));
    sync.refuseNext('sync', 'Cannot reach gitlab.example.com: connection refused. Your changes wait here.');
    const section = await sharingSection();
    await user.click(within(section).getByRole('button', { name: 'Sync now' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Cannot reach gitlab.example.com: connection refused. Your changes wait here.',
    );
  });

  it('stops sharing only after confirming', async () => {
    const { sync, teamId, user } = await openWithTeam('data', (s, id) => {
      s.put(id, status(id, { state: 'pending', pendingChanges: 1 }));
    });
    const section = await sharingSection();
    await user.click(within(section).getByRole('button', { name: 'Stop sharing' }));
    let dialog = await screen.findByRole('dialog', { name: 'Stop sharing this team?' });
    expect(dialog).toHaveTextContent('1 change not yet sent stays only here.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sync.calls).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Stop sharing' }));
    dialog = await screen.findByRole('dialog', { name: 'Stop sharing this team?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stop sharing' }));
    const result = await within(section).findByText(
      'Platform SRE is no longer shared from this machine. The team stays here and on the remote.',
    );
    await waitFor(() => expect(result).toHaveFocus());
    expect(sync.calls).toEqual([`stop ${teamId}`]);
    expect(within(section).getByRole('form', { name: 'Share this team' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open Sharing: 1 change to send' })).toBeNull();
  });

  it('keeps the focus on Stop sharing and says why when stopping is refused, the team still shared', async () => {
    const { sync, user } = await openWithTeam('data', (s, id) => void s.put(id, status(id)));
    sync.refuseNext('stop', 'Could not remove the sync folder: it is in use. The team is still shared.');
    const section = await sharingSection();
    const stop = within(section).getByRole('button', { name: 'Stop sharing' });
    await user.click(stop);
    const dialog = await screen.findByRole('dialog', { name: 'Stop sharing this team?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stop sharing' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Could not remove the sync folder: it is in use. The team is still shared.',
    );
    await waitFor(() => expect(stop).toHaveFocus());
    expect(within(section).getByRole('button', { name: 'Sync now' })).toBeInTheDocument();
  });

  it('replaces a refused token for an https remote, then syncs with it', async () => {
    const denied = 'gitlab.example.com/ops/platform.git did not accept the token (Authentication failed).';
    const { sync, teamId, user } = await openWithTeam('data', (s, id) => {
      s.put(id, status(id, { remote: REMOTE, state: 'denied', message: denied }));
    });
    const section = await sharingSection();
    expect(within(section).getByText(denied)).toBeInTheDocument();
    expect(screen.getByRole('banner')).toContainElement(
      screen.getByRole('button', { name: 'Open Sharing: Remote refused access' }),
    );

    // Sync now with the same token: the result line says the refusal, not "Pulled 0 commits".
    await user.click(within(section).getByRole('button', { name: 'Sync now' }));
    expect(await within(section).findByText(`${denied} Your changes wait here.`)).toBeInTheDocument();
    sync.calls.length = 0;

    const replace = within(section).getByRole('button', { name: 'Replace the token' });
    await user.click(replace);
    let form = within(section).getByRole('form', { name: 'Replace the token' });
    const field = within(form).getByLabelText('New token');
    expect(field).toHaveAttribute('type', 'password');
    await waitFor(() => expect(field).toHaveFocus());
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(section).queryByRole('form', { name: 'Replace the token' })).toBeNull();
    expect(replace).toHaveFocus();

    await user.click(replace);
    form = within(section).getByRole('form', { name: 'Replace the token' });
    await user.click(within(form).getByRole('button', { name: 'Save the token and sync' }));
    expect(within(form).getByLabelText('New token')).toHaveAccessibleDescription(/Give the new token\./);
    await user.type(within(form).getByLabelText('New token'), 'glpat-fresh');
    await user.click(within(form).getByRole('button', { name: 'Save the token and sync' }));
    const result = await within(section).findByText('The new token is kept. Pulled 0 commits, pushed 0 commits.');
    await waitFor(() => expect(result).toHaveFocus());
    expect(sync.calls).toEqual([`replaceToken ${teamId} glpat-fresh`]);
    expect(within(section).queryByText(denied)).toBeNull();
    expect(screen.getByRole('button', { name: 'Open Sharing: In sync' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('glpat-fresh');
  });

  it('offers no token for a folder or ssh remote', async () => {
    await openWithTeam('data', (s, id) => void s.put(id, status(id, { remote: 'git@gitlab.example.com:ops/x.git' })));
    const section = await sharingSection();
    expect(within(section).getByRole('button', { name: 'Sync now' })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Replace the token' })).toBeNull();
  });
});
