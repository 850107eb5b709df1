import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('a retro form adds once while its save is on its way', () => {
  it('adds one timeline event for a double click on Add event, the button busy and focused meanwhile', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Event'), 'Pager fired for dns-1');
    const button = screen.getByRole('button', { name: 'Add event' });
    const held = holdCalls(s.backend, 'addTimelineEntry');
    try {
      await user.dblClick(button);
      expect(held.calls).toBe(1);
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveFocus();
    } finally {
      held.release();
    }
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    expect(s.retro().timeline.map((t) => t.event)).toEqual(['Pager fired for dns-1']);
  });

  it('adds one card for Enter pressed twice in the card box', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const box = (await screen.findAllByLabelText(/^New card in /))[0]!;
    const held = holdCalls(s.backend, 'addRetroCard');
    try {
      await user.type(box, 'Too many pages at night{Enter}{Enter}');
      expect(held.calls).toBe(1);
    } finally {
      held.release();
    }
    await waitFor(() => expect(box).toHaveValue(''));
    expect(s.retro().cards.map((c) => c.text)).toEqual(['Too many pages at night']);
  });
});
