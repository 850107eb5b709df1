import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('a retro date typed with a two-digit year', () => {
  it('refuses an action due in 0026 with a message on the Due date field, and keeps what was typed', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    const form = await screen.findByRole('region', { name: 'New action item' });
    await user.type(within(form).getByLabelText('Action'), 'Alert on cert expiry');
    await user.type(within(form).getByLabelText('Due date'), '0026-11-20');
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    const due = within(form).getByLabelText('Due date');
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Due date must be in the years 1970–2999. Check the year.',
    );
    expect(due).toHaveAccessibleDescription('Due date must be in the years 1970–2999. Check the year.');
    expect(within(form).getByLabelText('Action')).toHaveValue('Alert on cert expiry');
    expect(s.retro().actions).toEqual([]);
  });

  it('refuses a timeline event at a time in 0026 with a message, and adds nothing', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Event'), 'Paged');
    const time = screen.getByLabelText('Time (UTC)');
    await user.clear(time);
    await user.type(time, '0026-11-18T02:15');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Time must be in the years 1970–2999. Check the year.');
    expect(s.retro().timeline).toEqual([]);
  });

  it('refuses an incident start in 0026 with a message on the Start field, and keeps the stored start', async () => {
    const s = await renderRetro('incident', { kind: 'postmortem' });
    const user = userEvent.setup();
    const start = await screen.findByLabelText('Start (UTC)');
    await user.clear(start);
    await user.type(start, '0026-11-18T02:10');
    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Start (UTC)')).toHaveAccessibleDescription(
        expect.stringContaining('Start must be in the years 1970–2999. Check the year.'),
      ),
    );
    expect(s.retro().incident?.startedAt).toBe('2026-11-18T02:10:00.000Z');
  });
});
