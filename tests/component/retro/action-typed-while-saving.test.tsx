import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('the new action form while an action is on its way to be saved', () => {
  it('keeps the next action’s words typed meanwhile, and adds only the action sent', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    const box = await screen.findByLabelText('Action', {}, { timeout: 15_000 });
    const held = holdCalls(s.backend, 'addRetroAction');
    try {
      // A quick typist goes on with the next action before the first is in.
      await user.type(box, 'Raise disk thresholds{Enter}Write a runbook for db-3');
    } finally {
      held.release();
    }
    await waitFor(() => expect(s.retro().actions.map((a) => a.text)).toEqual(['Raise disk thresholds']));
    await waitFor(() => expect(box).toHaveValue('Write a runbook for db-3'));
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() =>
      expect(s.retro().actions.map((a) => a.text)).toEqual(['Raise disk thresholds', 'Write a runbook for db-3']),
    );
    await waitFor(() => expect(box).toHaveValue(''));
  });

  it('empties the ticket key sent with the action, and keeps one typed for the next meanwhile', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    const box = await screen.findByLabelText('Action', {}, { timeout: 15_000 });
    const ticket = screen.getByLabelText('Ticket key (optional)');
    await user.type(box, 'Raise disk thresholds');
    await user.type(ticket, 'OPS-1');
    const held = holdCalls(s.backend, 'addRetroAction');
    try {
      await user.click(screen.getByRole('button', { name: 'Add action' }));
      await user.clear(ticket);
      await user.type(ticket, 'OPS-2');
    } finally {
      held.release();
    }
    await waitFor(() => expect(s.retro().actions.map((a) => a.ticketKey)).toEqual(['OPS-1']));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(ticket).toHaveValue('OPS-2');
  });
});
