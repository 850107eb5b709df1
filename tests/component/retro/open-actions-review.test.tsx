import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, retroCreatedAt } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** The opened retro with an earlier one holding two open actions. */
async function twoOpenActions() {
  let earlierId = '';
  const s = await renderRetro('open_actions', {
    prepare: async (x) => {
      const earlier = await retroCreatedAt(x, 'Retro — Sprint 6', '2026-10-30T14:00:00.000Z');
      earlierId = earlier.id;
      for (const text of ['Rotate keys', 'Tune disk alerts']) {
        await x.backend.api.addRetroAction({
          teamId: x.teamId,
          retroId: earlier.id,
          action: { text, ownerId: null, dueDate: null, type: 'process', ticketKey: '', sourceId: null },
        });
      }
    },
  });
  const action = (text: string) =>
    s
      .team()
      .retros.find((r) => r.id === earlierId)!
      .actions.find((a) => a.text === text)!;
  return { s, action };
}

describe('open actions phase: each action’s outcome buttons', () => {
  it('name the action they decide, so each can be found on its own', async () => {
    const { s, action } = await twoOpenActions();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Carry over “Tune disk alerts”' }, { timeout: 5000 }));
    await waitFor(() =>
      expect(action('Tune disk alerts').reviews).toMatchObject([{ retroId: s.retroId, outcome: 'carried' }]),
    );
    expect(action('Rotate keys').reviews).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Mark “Rotate keys” done' }));
    await waitFor(() => expect(action('Rotate keys').status).toBe('done'));
    await user.click(screen.getByRole('button', { name: 'Drop “Rotate keys”' }));
    await waitFor(() => expect(action('Rotate keys').status).toBe('dropped'));
    // The words on the button stay short.
    expect(within(screen.getByRole('button', { name: 'Drop “Rotate keys”' })).getByText('Drop')).toBeInTheDocument();
  });

  it('set a chosen outcome back to not reviewed when pressed again, reopening a closed action', async () => {
    const { action } = await twoOpenActions();
    const user = userEvent.setup();
    const done = await screen.findByRole('button', { name: 'Mark “Rotate keys” done' }, { timeout: 5000 });
    await user.click(done);
    await waitFor(() => expect(done).toHaveAttribute('aria-pressed', 'true'));
    expect(action('Rotate keys').status).toBe('done');
    expect(screen.getByText(/^1 of 2 reviewed\./)).toBeInTheDocument();

    await user.click(done);
    await waitFor(() => expect(done).toHaveAttribute('aria-pressed', 'false'));
    expect(action('Rotate keys')).toMatchObject({ status: 'open', reviews: [] });
    expect(screen.getByText(/^0 of 2 reviewed\./)).toBeInTheDocument();
    // Still listed here, to be decided again, and the focus stays on the button pressed.
    expect(done).toHaveFocus();
  });
});
