import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('an interrupt logged with I while someone speaks', { timeout: 20_000 }, () => {
  it('is taken by the speaker unless another is picked, as a blocker is theirs, and shows in their walk', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Ada' })));

    await user.keyboard('i');
    const dialog = within(await screen.findByRole('dialog', { name: 'Log interrupt' }));
    expect(dialog.getByRole('combobox', { name: 'Taken by' })).toHaveDisplayValue('Ada');
    await user.type(dialog.getByRole('textbox', { name: 'What came in' }), 'Paged for INC-2041');
    await user.type(dialog.getByRole('textbox', { name: 'Hours' }), '3');
    await user.click(dialog.getByRole('button', { name: 'Log interrupt' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log interrupt' })).toBeNull());

    const walk = screen.getByRole('region', { name: 'Walk the board: Ada’s cards' });
    expect(await within(walk).findByText('Paged for INC-2041')).toBeInTheDocument();
  });
});
