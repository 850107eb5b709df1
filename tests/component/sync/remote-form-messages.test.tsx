import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openWithTeam, sharingSection } from './seed';

vi.setConfig({ testTimeout: 40_000 });

const REMOTE_MESSAGE = 'Give the remote: an https or ssh URL, or a folder path.';

describe('The Share and Join forms', () => {
  it.each(['Share this team', 'Join a shared team'])(
    '%s: a refused field says why once, under the field',
    async (formName) => {
      const { user } = await openWithTeam();
      const form = within(await sharingSection()).getByRole('form', { name: formName });
      await user.type(within(form).getByLabelText('Your name'), 'Ana');
      await user.click(
        within(form).getByRole('button', {
          name: formName === 'Share this team' ? 'Share this team' : 'Join the team',
        }),
      );
      const remote = within(form).getByLabelText('Remote');
      await waitFor(() => expect(remote).toHaveAttribute('aria-invalid', 'true'));
      expect(remote).toHaveAccessibleDescription(new RegExp(REMOTE_MESSAGE.replace(/[.]/g, '\\.')));
      expect(within(form).getAllByText(REMOTE_MESSAGE)).toHaveLength(1);
    },
  );

  it('Join clears the remote and token once the team is joined, keeping the name', async () => {
    const { sync, backend, user } = await openWithTeam();
    sync.onJoin = async () => (await backend.api.createTeam({ name: 'Ops on-call' })).id;
    const form = within(await sharingSection()).getByRole('form', { name: 'Join a shared team' });
    await user.type(within(form).getByLabelText('Remote'), 'git@gitlab.example.com:ops/on-call.git');
    await user.type(within(form).getByLabelText('Your name'), 'Bo');
    await user.click(within(form).getByRole('button', { name: 'Join the team' }));
    await screen.findByText('Joined Ops on-call from git@gitlab.example.com:ops/on-call.git. It is now the open team.');

    const joinForm = within(await sharingSection()).getByRole('form', { name: 'Join a shared team' });
    expect(within(joinForm).getByLabelText('Remote')).toHaveValue('');
    expect(within(joinForm).getByLabelText('Token (optional)')).toHaveValue('');
    expect(within(joinForm).getByLabelText('Your name')).toHaveValue('Bo');
  });
});
