import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, retroCreatedAt } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('an earlier action a later retro closed, which this retro did not review', () => {
  it('stays listed here as not reviewed, with the later decision, on the screen and in the export', async () => {
    await renderRetro('open_actions', {
      prepare: async (x) => {
        const sprint6 = await retroCreatedAt(x, 'Retro — Sprint 6', '2026-10-30T14:00:00.000Z');
        // The retro after the one opened here (it is opened again later, to export it, say).
        const sprint8 = await retroCreatedAt(x, 'Retro — Sprint 8', '2099-01-08T14:00:00.000Z');
        for (const text of ['Rotate keys', 'Tune disk alerts']) {
          await x.backend.api.addRetroAction({
            teamId: x.teamId,
            retroId: sprint6.id,
            action: { text, ownerId: null, dueDate: null, type: 'process', ticketKey: '', sourceId: null },
          });
        }
        const rotate = x.backend.store
          .snapshot()
          .teams[0]!.retros.find((r) => r.id === sprint6.id)!
          .actions.find((a) => a.text === 'Rotate keys')!;
        await x.backend.api.reviewRetroAction({
          teamId: x.teamId,
          retroId: sprint8.id,
          fromRetroId: sprint6.id,
          actionId: rotate.id,
          outcome: 'done',
        });
      },
    });
    const user = userEvent.setup();

    // Both were open when this retro began: both are listed, neither reviewed here.
    expect(await screen.findByText(/^0 of 2 reviewed\./, undefined, { timeout: 5000 })).toBeInTheDocument();
    const rotate = screen.getByText('Rotate keys').closest('li')!;
    expect(
      within(rotate).getByText('Retro — Sprint 8, a later retro, marked it done: that decision stands.'),
    ).toBeInTheDocument();
    expect(within(rotate).getByRole('button', { name: 'Mark “Rotate keys” done' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toContain('0 of 2 reviewed.');
    expect(markdown).toContain(
      '- Not reviewed: Rotate keys (owner: Unassigned · Process) — from: Retro — Sprint 6; later, Retro — Sprint 8 marked it done',
    );
  });
});
