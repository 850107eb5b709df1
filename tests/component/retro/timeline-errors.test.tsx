import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

async function withEvent(x: Omit<Seeded, 'team' | 'retro'>) {
  await x.backend.api.addTimelineEntry({
    teamId: x.teamId,
    retroId: x.retroId,
    at: '2026-11-18T02:12:00.000Z',
    event: 'Paged',
    link: '',
  });
}

const button = (name: string) => screen.getByRole('button', { name });

describe('postmortem timeline: a refused event', () => {
  it('marks the field in error, ties the message to it and takes the focus there (Add event)', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem', prepare: withEvent });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add event' }, { timeout: 20_000 }));
    const event = screen.getByLabelText('Event');
    expect(await screen.findByRole('alert')).toHaveTextContent('Describe what happened.');
    expect(event).toHaveAttribute('aria-invalid', 'true');
    expect(event).toHaveAccessibleDescription('Describe what happened.');
    await waitFor(() => expect(event).toHaveFocus());

    await user.type(event, 'Rolled back');
    const link = screen.getByLabelText('Link (optional)');
    await user.type(link, 'runbook/dns');
    await user.click(button('Add event'));
    await waitFor(() => expect(link).toHaveAccessibleDescription('Links must start with http:// or https://.'));
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(event).not.toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(link).toHaveFocus());
    expect(s.retro().timeline.map((t) => t.event)).toEqual(['Paged']);
  });

  it('does the same in the Edit event form', async () => {
    await renderRetro('timeline', { kind: 'postmortem', prepare: withEvent });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit event Paged' }, { timeout: 20_000 }));
    const text = screen.getByLabelText('Event text');
    await user.clear(text);
    await user.click(button('Save event'));
    await waitFor(() => expect(text).toHaveAccessibleDescription('Describe what happened.'));
    expect(text).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(text).toHaveFocus());
  });
});
