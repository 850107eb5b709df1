import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('keyboard shortcuts list', () => {
  it('opens at its top: the list has the focus, not the Close button at its bottom', async () => {
    const user = userEvent.setup();
    await renderApp('backlog');
    await screen.findByRole('heading', { name: 'Backlog', level: 2 }, { timeout: 10_000 });
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await waitFor(() => expect(within(dialog).getByRole('region', { name: 'Shortcuts' })).toHaveFocus());
    expect(within(dialog).getByRole('button', { name: 'Close' })).not.toHaveFocus();
  });
});
