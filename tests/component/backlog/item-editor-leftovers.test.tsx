import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/**
 * An item keeps what the team has since taken away (a point value no longer on the scale, an owner who
 * left): the editor shows it as stored and saves other changes without asking for it again.
 */

const stored = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items[0];

/** Ops estimated "Rotate keys" at 21 on Fibonacci and gave it to Alex; then moved to T-shirt sizes and Alex left. */
async function seed({ api }: InProcessApi) {
  const team = await api.createTeam({ name: 'Ops' });
  const alex = await api.addMember({ teamId: team.id, member: { name: 'Alex' } });
  await api.createItem({ teamId: team.id, item: itemFields('Rotate keys', { points: 21, ownerId: alex.id }) });
  await api.updateTeamSettings({ teamId: team.id, settings: { pointScale: 'tshirt' } });
  await api.removeMember({ teamId: team.id, memberId: alex.id });
}

describe('item editor: values the team has since taken away', () => {
  it('shows an estimate that is no longer on the scale, and saves a title fix without a re-estimate', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Rotate keys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Rotate keys' });
    expect(within(dialog).getByLabelText('Story points')).toHaveDisplayValue('21 (not on the team’s scale)');

    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Rotate API keys');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stored(backend)).toMatchObject({ title: 'Rotate API keys', points: 21 });
  });

  it('still refuses a new estimate off the scale', async () => {
    const { api, store } = await renderApp('backlog', seed);
    const team = store.snapshot().teams[0]!;
    const item = team.items[0]!;
    await expect(api.updateItem({ teamId: team.id, itemId: item.id, changes: { points: 34 } })).rejects.toThrow(
      "34 is not on this team's point scale (XS, S, M, L, XL, XXL).",
    );
    await api.updateItem({ teamId: team.id, itemId: item.id, changes: { points: 5 } });
    expect(store.snapshot().teams[0]?.items[0]?.points).toBe(5);
  });

  it('names an owner who has left as a former member, not "No owner", and can clear them', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Rotate keys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Rotate keys' });
    const owner = within(dialog).getByLabelText('Owner');
    expect(owner).toHaveDisplayValue('Former member');

    await user.selectOptions(owner, 'No owner');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stored(backend)?.ownerId).toBeNull();
  });
});
