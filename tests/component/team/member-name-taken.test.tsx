import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('adding a second "Ada"', () => {
  it('marks the Name field with why, keeps what was typed, and adds nobody', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Ops' });
      await api.addMember({ teamId: team.id, member: { name: 'Ada' } });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const name = screen.getByLabelText('Name');
    await user.type(name, 'ada ');
    await user.type(screen.getByLabelText('Role'), 'DBA');
    await user.click(screen.getByRole('button', { name: 'Add member' }));

    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        'There is already a member named “Ada”: add an initial or a surname to tell the two apart.',
      ),
    );
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('ada ');
    expect(screen.getByLabelText('Role')).toHaveValue('DBA');
    expect(backend.store.snapshot().teams[0]!.members.map((m) => m.name)).toEqual(['Ada']);
  });
});
