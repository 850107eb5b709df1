import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('postmortem timeline: the new event form while an event is on its way to be saved', () => {
  it('keeps the next event’s words typed meanwhile, and adds only the event sent', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem' });
    const user = userEvent.setup();
    const event = await screen.findByLabelText('Event', {}, { timeout: 20_000 });
    const held = holdCalls(s.backend, 'addTimelineEntry');
    try {
      // A quick typist goes on with the next event before the first is in.
      await user.type(event, 'Paged by the DNS probe{Enter}Rolled back dns-1');
    } finally {
      held.release();
    }
    await waitFor(() => expect(s.retro().timeline.map((t) => t.event)).toEqual(['Paged by the DNS probe']));
    await waitFor(() => expect(event).toHaveValue('Rolled back dns-1'));
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    await waitFor(() =>
      expect(s.retro().timeline.map((t) => t.event)).toEqual(['Paged by the DNS probe', 'Rolled back dns-1']),
    );
    await waitFor(() => expect(event).toHaveValue(''));
  });

  it('empties the link sent with the event, and keeps one typed for the next meanwhile', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem' });
    const user = userEvent.setup();
    const event = await screen.findByLabelText('Event', {}, { timeout: 20_000 });
    const link = screen.getByLabelText('Link (optional)');
    await user.type(event, 'Paged by the DNS probe');
    await user.type(link, 'https://status.example.com/1');
    const held = holdCalls(s.backend, 'addTimelineEntry');
    try {
      await user.click(screen.getByRole('button', { name: 'Add event' }));
      await user.clear(link);
      await user.type(link, 'https://status.example.com/2');
    } finally {
      held.release();
    }
    await waitFor(() => expect(s.retro().timeline.map((t) => t.link)).toEqual(['https://status.example.com/1']));
    await waitFor(() => expect(event).toHaveValue(''));
    expect(link).toHaveValue('https://status.example.com/2');
  });
});
