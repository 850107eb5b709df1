import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('review agenda: Alt+arrows at either end', () => {
  it('keeps the first slot first on Alt+↑ and the last slot last on Alt+↓, with no error, then moves as asked', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.type(screen.getByLabelText('Free slot title'), 'Pager rota changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    await within(agenda).findByRole('button', { name: /^2\. Pager rota changes/ });
    const moves = vi.spyOn(backend.api, 'moveDemoSlot');

    within(agenda).getByRole('button', { name: 'Reorder Speed up CI' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    const last = within(agenda).getByRole('button', { name: 'Reorder Pager rota changes' });
    last.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');

    // A move within the agenda still goes through, and once it is saved no message came before it.
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => {
      const t = await backend.api.getTeam({ teamId: seeded.id });
      expect(t.reviews[0]?.slots.map((s) => s.title)).toEqual(['Pager rota changes', 'Speed up CI']);
    });
    expect(moves.mock.calls.map(([input]) => input.toIndex)).toEqual([0]);
    expect(screen.getByRole('region', { name: 'Notifications' })).not.toHaveTextContent(/toIndex|expected/);
    expect(within(agenda).getByRole('button', { name: 'Reorder Pager rota changes' })).toHaveFocus();
  });
});
