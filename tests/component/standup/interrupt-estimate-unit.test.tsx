import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('the estimate of "Log interrupt"', { timeout: 20_000 }, () => {
  it('does not leave a refused number of hours as the message under Points once the unit changes', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('button', { name: /^Log interrupt/ }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
    await user.type(within(dialog).getByLabelText('What came in'), 'VPN outage');
    await user.type(within(dialog).getByLabelText('Hours'), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    expect(within(dialog).getByLabelText('Hours')).toHaveAccessibleDescription(/Hours must be at least 0\.01\./);

    await user.click(within(dialog).getByRole('radio', { name: 'In points' }));
    expect(within(dialog).getByLabelText('Points')).not.toHaveAccessibleDescription(/Hours/);
    expect(within(dialog).queryByText('Hours must be at least 0.01.')).toBeNull();
    // The title's own message (none here) and the typed title are left as they were.
    expect(within(dialog).getByLabelText('What came in')).toHaveValue('VPN outage');
  });

  it('refuses fewer hours than the card can show ("0 h"), naming the smallest, and keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('button', { name: /^Log interrupt/ }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
    await user.type(within(dialog).getByLabelText('What came in'), 'Page acknowledged');
    await user.type(within(dialog).getByLabelText('Hours'), '0.004');
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    expect(within(dialog).getByLabelText('Hours')).toHaveAccessibleDescription(/Hours must be at least 0\.01\./);
    expect(within(dialog).getByLabelText('Hours')).toHaveValue('0.004');
    expect(screen.getByRole('dialog', { name: 'Log interrupt' })).toBe(dialog);
  });
});
