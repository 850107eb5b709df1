import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('action form: a refused save', () => {
  it('ties the ticket key message to its field and takes the focus there', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Action'), 'Tune paging');
    const ticket = screen.getByLabelText('Ticket key (optional)');
    await user.type(ticket, 'OPS-'.repeat(11));
    await user.click(screen.getByRole('button', { name: 'Add action' }));

    const message = 'Ticket key is too long: use at most 40 characters.';
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(ticket).toHaveAttribute('aria-invalid', 'true');
    expect(ticket).toHaveAccessibleDescription(message);
    await waitFor(() => expect(ticket).toHaveFocus());
    expect(s.retro().actions).toEqual([]);
    // Nothing typed is lost.
    expect(screen.getByLabelText('Action')).toHaveValue('Tune paging');
  });

  it('takes the focus to the first field in error: an empty action', async () => {
    await renderRetro('actions');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Ticket key (optional)'), 'OPS-1');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    const action = screen.getByLabelText('Action');
    await waitFor(() => expect(action).toHaveAttribute('aria-invalid', 'true'));
    expect(action).toHaveAccessibleDescription(/Action/);
    await waitFor(() => expect(action).toHaveFocus());
  });
});
