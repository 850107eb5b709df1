import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const button = (name: string) => screen.getByRole('button', { name });
/** The edited action's text field (the form beside the list has one too). */
const field = () => within(button('Save action').closest('form')!).getByLabelText('Action');
const ASKS = 'Discard your changes to the action “Raise thresholds”?';

describe('editing an action: what was typed is not dropped without a question', () => {
  it('asks on Escape and Cancel when something changed, and before a phase change or another action’s Edit', async () => {
    const s = await renderRetro('actions', {
      prepare: async (x) => {
        for (const text of ['Raise thresholds', 'Page less']) {
          await x.backend.api.addRetroAction({
            teamId: x.teamId,
            retroId: x.retroId,
            action: { text, ownerId: null, dueDate: null, type: 'prevent', ticketKey: '', sourceId: null },
          });
        }
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit action Raise thresholds' }, { timeout: 20_000 }));
    await waitFor(() => expect(field()).toHaveFocus());
    await user.type(field(), ' to 90%');

    await user.keyboard('{Escape}');
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(field()).toHaveValue('Raise thresholds to 90%');

    await user.click(button('← Previous phase'));
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(s.retro().phase).toBe('actions');

    await user.click(button('Edit action Page less'));
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(field()).toHaveValue('Raise thresholds to 90%');

    await user.click(button('Cancel'));
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Discard changes' }),
    );
    await waitFor(() => expect(button('Edit action Raise thresholds')).toHaveFocus());
    expect(s.retro().actions.map((a) => a.text)).toEqual(['Raise thresholds', 'Page less']);
  });
});
