import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('unblocking a Done card still marked blocked from before', { timeout: 20_000 }, () => {
  it('saves it and keeps the focus on the card, whose Unblock button goes', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const title = 'Tune the alert thresholds';
    const items = doc.items.map((i) =>
      i.title === title ? { ...i, status: 'done' as const, completedAt: '2026-11-24T10:00:00.000Z', blocked: true } : i,
    );
    const backend = await renderApp('standup', seedWith({ ...doc, items }));
    await user.click(await screen.findByRole('button', { name: `Unblock ${title}` }, { timeout: 10_000 }));
    const done = screen.getByRole('list', { name: 'Planned: Done, 1 card' });
    await waitFor(() => expect(within(done).queryByText('Blocked')).not.toBeInTheDocument());
    expect(within(done).queryByRole('button', { name: `Unblock ${title}` })).not.toBeInTheDocument();
    const saved = (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === title);
    expect(saved?.blocked).toBe(false);
    // The button went with the mark: the focus is on the card's handle, not dropped to the page.
    await waitFor(() => expect(within(done).getByRole('button', { name: `Drag ${title}` })).toHaveFocus());
  });
});
