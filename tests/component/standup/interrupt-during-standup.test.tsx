import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('an interrupt that lands during a running standup', { timeout: 20_000 }, () => {
  it('is logged from the standup tab, by button or I, with the focus back where it was', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });

    // The I key opens the board's dialog here too; Escape hands the focus back.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Ada' })));
    await user.keyboard('i');
    await screen.findByRole('dialog', { name: 'Log interrupt' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log interrupt' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Ada' }));

    const button = screen.getByRole('button', { name: /^Log interrupt/ });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
    await user.type(within(dialog).getByRole('textbox', { name: 'What came in' }), 'Disk full on db-3');
    await user.type(within(dialog).getByRole('textbox', { name: 'Hours' }), '2');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Taken by' }), 'Ada');
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log interrupt' })).toBeNull());
    expect(document.activeElement).toBe(button);
    // Ada took it: it is among her cards in the walk, and her turn runs on.
    const walk = screen.getByRole('region', { name: /Walk the board: Ada/ });
    expect(await within(walk).findByText('Disk full on db-3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Ada' })).toBeInTheDocument();
  });
});
