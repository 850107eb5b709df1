import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('a card owned by someone who has left the team', { timeout: 20_000 }, () => {
  it('says "Former member", as the blockers do, not "none", and its picker shows the owner kept', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const ada = doc.members.find((m) => m.name === 'Ada')!;
    const backend = await renderApp('standup', async (b) => {
      await seedWith(doc)(b);
      await b.api.removeMember({ teamId: doc.id, memberId: ada.id });
    });
    const todo = await screen.findByRole('list', { name: 'Planned: To do, 1 card' }, { timeout: 10_000 });
    const owner = within(todo).getByRole('button', { name: 'Owner of Patch the bastion hosts: Former member' });
    expect(owner).toHaveTextContent('Owner: Former member');
    await user.click(owner);
    const picker = within(todo).getByRole('combobox', { name: 'Owner of Patch the bastion hosts' });
    expect(within(picker).getByRole('option', { selected: true })).toHaveTextContent('Former member');
    await user.keyboard('{Escape}');
    const saved = (await backend.api.getTeam({ teamId: doc.id })).items.find(
      (i) => i.title === 'Patch the bastion hosts',
    );
    expect(saved?.ownerId).toBe(ada.id);
  });
});
