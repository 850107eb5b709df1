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

  it('does not switch screens with Alt+digit while a dialog is open, so what was typed there stays', async () => {
    const user = userEvent.setup();
    await renderApp('backlog');
    await screen.findByRole('heading', { name: 'Backlog', level: 2 }, { timeout: 10_000 });
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('{Alt>}3{/Alt}');
    expect(screen.getByRole('heading', { name: 'Backlog', level: 2 })).toBeInTheDocument();
    expect(dialog).toBeInTheDocument();
    // Closed, the same keys switch screens again.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.keyboard('{Alt>}3{/Alt}');
    expect(
      await screen.findByRole('heading', { name: 'Sprint planning', level: 2 }, { timeout: 10_000 }),
    ).toBeVisible();
  });
});
