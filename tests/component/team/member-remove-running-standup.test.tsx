import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

const person = (name: string) => ({ name, role: 'SRE', hoursPerDay: 6, takesOnCall: false });

describe('Removing someone whose turn is still to come in the standup running now', () => {
  it('says that standup will not call them, and keeps the turn of the speaker on the floor', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      const teamId = (await api.createTeam({ name: 'Ops' })).id;
      for (const name of ['Ana', 'Bo']) await api.addMember({ teamId, member: person(name) });
      await api.startStandup({ teamId, absentIds: [] });
    });
    await user.click(await screen.findByRole('button', { name: 'Remove Ana' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Ana?' });
    expect(dialog).toHaveTextContent(
      'Ana will no longer count toward capacity or appear in standups. The standup running now will not call them; if they have the floor there now, move on with Next or Skip (absent).',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    const team = () => backend.store.snapshot().teams[0]!;
    await waitFor(() => expect(team().members.map((m) => m.name)).toEqual(['Bo']));
    expect(
      team()
        .standups[0]!.timer.turns.map((t) => t.name)
        .sort(),
    ).toEqual(['Ana', 'Bo']);
  });
});
