import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('action form: a message about a field', () => {
  it('goes away once the person edits that field, and a good value then saves', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Action'), 'Tune paging');
    const ticket = screen.getByLabelText('Ticket key (optional)');
    await user.type(ticket, 'OPS-'.repeat(11));
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    const message = 'Ticket key is too long: use at most 40 characters.';
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await waitFor(() => expect(ticket).toHaveFocus());

    // Fixing the value answers the message: it no longer tells the person the key is too long.
    await user.clear(ticket);
    await user.type(ticket, 'OPS-42');
    expect(ticket).toHaveAttribute('aria-invalid', 'false');
    expect(ticket).not.toHaveAccessibleDescription(message);
    expect(screen.queryByText(message)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() =>
      expect(s.retro().actions.map((a) => [a.text, a.ticketKey])).toEqual([['Tune paging', 'OPS-42']]),
    );
  });

  it('for an empty action goes away once the person types one', async () => {
    await renderRetro('actions');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add action' }));
    const action = screen.getByLabelText('Action');
    await waitFor(() => expect(action).toHaveFocus());
    expect(action).toHaveAttribute('aria-invalid', 'true');
    await user.type(action, 'Page less');
    expect(action).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
