import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, GROUP_CARDS, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('vote phase: Remove vote on a topic’s last dot', () => {
  it('keeps the focus on the button, which says it has nothing to remove, and does nothing when pressed again', async () => {
    const s = await renderRetro('vote', { prepare: (x) => addCards(x, GROUP_CARDS).then(() => undefined) });
    const user = userEvent.setup();
    await screen.findByText('Ana has 5 of 5 votes left · at most 3 per card', {}, { timeout: 5000 });
    const remove = screen.getByRole('button', { name: 'Remove vote from DNS outage' });

    screen.getByRole('button', { name: 'Add vote to DNS outage' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText('Ana has 4 of 5 votes left · at most 3 per card');
    expect(remove).not.toHaveAttribute('aria-disabled');

    await user.tab({ shift: true });
    expect(remove).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText('Ana has 5 of 5 votes left · at most 3 per card');
    await waitFor(() => expect(s.retro().votes).toEqual([]));
    // A disabled button would drop the focus to the page (a browser takes it off a button turned off): it stays
    // here, saying there is nothing to remove.
    expect(remove).toBeEnabled();
    expect(remove).toHaveFocus();
    expect(remove).toHaveAttribute('aria-disabled', 'true');

    await user.keyboard('{Enter}');
    expect(screen.getByText('Ana has 5 of 5 votes left · at most 3 per card')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(s.retro().votes).toEqual([]);
  });
});
