import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('Log interrupt from the Board tab while a standup runs', { timeout: 20_000 }, () => {
  it('is taken by the speaker unless another is picked, as from the Standup timer tab', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Ada' })));

    // The scrum master looks at the whole board while Ada speaks, and logs what she was paged for from there.
    await user.click(screen.getByRole('tab', { name: 'Board' }));
    await user.click(await screen.findByRole('button', { name: /Log interrupt/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Log interrupt' }));
    expect(dialog.getByRole('combobox', { name: 'Taken by' })).toHaveDisplayValue('Ada');
  });

  it('is taken by nobody when no standup runs', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('button', { name: /Log interrupt/ }, { timeout: 10_000 }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Log interrupt' }));
    expect(dialog.getByRole('combobox', { name: 'Taken by' })).toHaveDisplayValue('Nobody yet');
  });
});
