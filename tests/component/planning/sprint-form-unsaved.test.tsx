import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openPlanning, teamOf } from './seed';

// Every action writes the data file for real; on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

/**
 * A sprint goal typed in the planning meeting is not lost to an Escape or a Cancel pressed by mistake: the sprint
 * form asks before it drops what was typed, as the app's other forms do, and closes at once when nothing changed.
 */
describe('the sprint form keeps what was typed', { timeout: 30_000 }, () => {
  it('Escape after typing a goal asks first; Keep editing keeps the text and saves it', async () => {
    const user = userEvent.setup({ delay: null });
    const { seeded, backend } = await openPlanning();
    const edit = screen.getByRole('button', { name: 'Edit sprint' });
    await user.click(edit);
    const form = await screen.findByRole('dialog', { name: 'Edit Sprint 1' });
    const goal = within(form).getByRole('textbox', { name: 'Sprint goal' });
    await user.type(goal, ' Postgres 16 on every cluster.');
    await user.keyboard('{Escape}');

    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to “Sprint 1”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard/ })).not.toBeInTheDocument());
    expect(within(form).getByRole('textbox', { name: 'Sprint goal' })).toHaveValue(
      'Certificates rotated. Postgres 16 on every cluster.',
    );
    await user.click(within(form).getByRole('button', { name: 'Save sprint' }));
    await waitFor(() =>
      expect(teamOf(backend, seeded.teamId)?.sprints[0]?.goal).toBe(
        'Certificates rotated. Postgres 16 on every cluster.',
      ),
    );
  });

  it('Cancel on a new sprint with a goal typed asks; Discard changes closes it, with nothing created', async () => {
    const user = userEvent.setup({ delay: null });
    const { seeded, backend } = await openPlanning();
    const newSprint = screen.getByRole('button', { name: 'New sprint' });
    await user.click(newSprint);
    const form = await screen.findByRole('dialog', { name: 'New sprint' });
    await user.type(within(form).getByRole('textbox', { name: 'Sprint goal' }), 'Kernels patched.');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));

    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new sprint?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(newSprint).toHaveFocus());
    expect(teamOf(backend, seeded.teamId)?.sprints).toHaveLength(1);
  });

  it('Escape with nothing changed closes at once, the focus back on Edit sprint', async () => {
    const user = userEvent.setup({ delay: null });
    await openPlanning();
    const edit = screen.getByRole('button', { name: 'Edit sprint' });
    await user.click(edit);
    await screen.findByRole('dialog', { name: 'Edit Sprint 1' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(edit).toHaveFocus());
  });
});
