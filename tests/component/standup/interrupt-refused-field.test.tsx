import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/**
 * Log interrupt refused by the api about one field: another window changed the team (its point scale, its members)
 * and this window has not heard yet, so the dialog sends what it still shows.
 */
async function openTyped(title: string) {
  const user = userEvent.setup({ delay: null });
  const doc = boardTeam();
  const backend = await renderApp('standup', seedWith(doc));
  await user.click(await screen.findByRole('button', { name: /Log interrupt/ }, { timeout: 10_000 }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Log interrupt' }));
  await user.type(dialog.getByRole('textbox', { name: 'What came in' }), title);
  return { user, doc, backend, dialog };
}

describe('Log interrupt refused about one field', { timeout: 30_000 }, () => {
  it('says a refusal of the points under Points, and takes the focus there', async () => {
    const { user, doc, backend, dialog } = await openTyped('Vault unsealed');
    await user.click(dialog.getByRole('radio', { name: 'In points' }));
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Points' }), '21');
    // The team moves to the modified Fibonacci scale (…, 13, 20, 40) in another window; this one is not told yet.
    await backend.api.updateTeamSettings({ teamId: doc.id, settings: { pointScale: 'modified_fibonacci' } });

    await user.click(dialog.getByRole('button', { name: 'Log interrupt' }));
    const points = dialog.getByRole('combobox', { name: 'Points' });
    await waitFor(() => expect(points).toHaveAccessibleDescription(/21 is not on this team.s point scale/));
    await waitFor(() => expect(points).toHaveFocus());
    // Said once, at its field: not again over the whole form.
    expect(dialog.getAllByText(/21 is not on this team.s point scale/)).toHaveLength(1);
    expect(dialog.getByRole('textbox', { name: 'What came in' })).toHaveValue('Vault unsealed');
    const saved = await backend.api.getTeam({ teamId: doc.id });
    expect(saved.items.some((i) => i.title === 'Vault unsealed')).toBe(false);
  });

  it('says a refusal of the person who took it under Taken by, and takes the focus there', async () => {
    const { user, doc, backend, dialog } = await openTyped('Cert expiring');
    await user.type(dialog.getByRole('textbox', { name: 'Hours' }), '1');
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Taken by' }), 'Bo');
    // Bo is removed in another window; this one is not told yet.
    await backend.api.removeMember({ teamId: doc.id, memberId: doc.members[1]!.id });

    await user.click(dialog.getByRole('button', { name: 'Log interrupt' }));
    const takenBy = dialog.getByRole('combobox', { name: 'Taken by' });
    await waitFor(() => expect(takenBy).toHaveAccessibleDescription(/no longer on the team/));
    await waitFor(() => expect(takenBy).toHaveFocus());
    expect(dialog.getAllByText(/no longer on the team/)).toHaveLength(1);
  });
});
