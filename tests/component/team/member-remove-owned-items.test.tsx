import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

describe('Removing someone who owns backlog items', () => {
  it('says before the removal how many open items are still theirs, and where to hand them on', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      const teamId = (await api.createTeam({ name: 'Ops' })).id;
      const ana = await api.addMember({
        teamId,
        member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: false },
      });
      for (const [title, status] of [
        ['Patch kernels', 'todo'],
        ['Rotate keys', 'in_progress'],
        ['Old upgrade', 'done'],
      ])
        await api.createItem({ teamId, item: itemFields(title!, { ownerId: ana.id, status }) });
    });
    await user.click(await screen.findByRole('button', { name: 'Remove Ana' }));
    expect(await screen.findByRole('dialog', { name: 'Remove Ana?' })).toHaveTextContent(
      'Ana will no longer count toward capacity or appear in standups. 2 open items are still theirs: their owner reads “Former member” until you pick another on the Backlog.',
    );
  });
});
