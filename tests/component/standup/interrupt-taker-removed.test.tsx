import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('Log interrupt with a pick another window takes away while it is open', { timeout: 30_000 }, () => {
  it('shows Nobody yet and logs it as it shows, without a refusal', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const bo = doc.members[1]!;
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('button', { name: /Log interrupt/ }, { timeout: 10_000 }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Log interrupt' }));
    await user.type(dialog.getByRole('textbox', { name: 'What came in' }), 'Cert expiring');
    await user.type(dialog.getByRole('textbox', { name: 'Hours' }), '1');
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Taken by' }), 'Bo');
    // Bo is removed from the team in another window.
    await backend.api.removeMember({ teamId: doc.id, memberId: bo.id });
    await act(() => useAppStore.getState().loadTeams());
    await waitFor(() => expect(dialog.getByRole('combobox', { name: 'Taken by' })).toHaveDisplayValue('Nobody yet'));

    await user.click(dialog.getByRole('button', { name: 'Log interrupt' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log interrupt' })).toBeNull());
    const saved = await backend.api.getTeam({ teamId: doc.id });
    expect(saved.items.find((i) => i.title === 'Cert expiring')).toMatchObject({ ownerId: null });
    expect(screen.queryByText(/no longer on the team/)).toBeNull();
  });

  it('shows Pick points once the points picked are off the new scale, and asks for an estimate', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('button', { name: /Log interrupt/ }, { timeout: 10_000 }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Log interrupt' }));
    await user.type(dialog.getByRole('textbox', { name: 'What came in' }), 'Vault unsealed');
    await user.click(dialog.getByRole('radio', { name: 'In points' }));
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Points' }), '21');
    // The team moves to the modified Fibonacci scale (…, 13, 20, 40) in another window.
    await backend.api.updateTeamSettings({ teamId: doc.id, settings: { pointScale: 'modified_fibonacci' } });
    await act(() => useAppStore.getState().loadTeams());
    await waitFor(() => expect(dialog.getByRole('combobox', { name: 'Points' })).toHaveDisplayValue('Pick points'));

    await user.click(dialog.getByRole('button', { name: 'Log interrupt' }));
    // Asked for what the field shows is missing, next to it; nothing typed is lost and nothing is saved.
    expect(await dialog.findByText(/Give an estimate in points or in hours/)).toBeInTheDocument();
    expect(dialog.getByRole('textbox', { name: 'What came in' })).toHaveValue('Vault unsealed');
    expect(screen.queryByText(/not on this team’s point scale|not on this team's point scale/)).toBeNull();
    const saved = await backend.api.getTeam({ teamId: doc.id });
    expect(saved.items.some((i) => i.title === 'Vault unsealed')).toBe(false);
  });
});
