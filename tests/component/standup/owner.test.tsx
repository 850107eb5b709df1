import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Items have an owner set on the screens: the board card, the item editor, the planning card. */

/** The seeded board with nobody owning anything yet. */
function unowned() {
  const doc = boardTeam();
  return { ...doc, items: doc.items.map((i) => ({ ...i, ownerId: null })) };
}

describe('item owner', { timeout: 30_000 }, () => {
  it('is set on the board card, and "walk the board" then shows the owner’s work', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = unowned();
    const bo = doc.members[1]!;
    const backend = await renderApp('standup', seedWith(doc));

    // The card shows the owner on a button, which opens the member list.
    await user.click(
      await screen.findByRole('button', { name: 'Owner of Patch the bastion hosts: none' }, { timeout: 10_000 }),
    );
    const picker = screen.getByRole('combobox', { name: 'Owner of Patch the bastion hosts' });
    expect(picker).toHaveFocus();
    expect(picker).toHaveDisplayValue('No owner');
    await user.selectOptions(picker, 'Bo');
    const owner = async () =>
      (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === 'Patch the bastion hosts')?.ownerId;
    await waitFor(async () => expect(await owner()).toBe(bo.id));
    // Picked: the list closes, the card names the owner, and the focus stays on the card's owner button.
    const button = await screen.findByRole('button', { name: 'Owner of Patch the bastion hosts: Bo' });
    expect(button).toHaveFocus();
    expect(screen.queryByRole('combobox', { name: 'Owner of Patch the bastion hosts' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: /Standup timer/ }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Ada' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: /Walk the board/ })).queryByText('Patch the bastion hosts'),
    ).toBeNull();
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { level: 3, name: 'Bo' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: /Walk the board/ })).getByText('Patch the bastion hosts'),
    ).toBeInTheDocument();
  });

  it('closes its list on Escape with the focus back on its button, and on leaving it without a change', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = unowned();
    const backend = await renderApp('standup', seedWith(doc));
    const name = 'Owner of Patch the bastion hosts: none';
    await user.click(await screen.findByRole('button', { name }, { timeout: 10_000 }));
    expect(screen.getByRole('combobox', { name: 'Owner of Patch the bastion hosts' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Owner of Patch the bastion hosts' })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole('combobox', { name: 'Owner of Patch the bastion hosts' })).toBeNull();
    expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
    const item = (await backend.api.getTeam({ teamId: doc.id })).items.find(
      (i) => i.title === 'Patch the bastion hosts',
    );
    expect(item?.ownerId).toBeNull();
  });

  it('is set in the item editor', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = unowned();
    const ada = doc.members[0]!;
    const backend = await renderApp('backlog', seedWith(doc));
    await user.click(await screen.findByRole('button', { name: 'Edit Backlog only' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Owner'), 'Ada');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    await waitFor(async () =>
      expect(
        (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === 'Backlog only')?.ownerId,
      ).toBe(ada.id),
    );
  });

  it('is set on the planning card', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = unowned();
    const bo = doc.members[1]!;
    const backend = await renderApp('planning', seedWith(doc));
    await user.click(await screen.findByRole('button', { name: 'Owner of Backlog only: none' }, { timeout: 10_000 }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner of Backlog only' }), 'Bo');
    await waitFor(async () =>
      expect(
        (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === 'Backlog only')?.ownerId,
      ).toBe(bo.id),
    );
  });
});
