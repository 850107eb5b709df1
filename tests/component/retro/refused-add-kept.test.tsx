import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../renderer/api/errors';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** Makes the api's `method` wait until `refuse` is called, then refuse with `message`. */
function heldThenRefused(s: Seeded, method: 'addRetroCard' | 'addRetroAction' | 'addTimelineEntry', message: string) {
  let refuse: () => void = () => undefined;
  const held = new Promise<never>((_, reject) => {
    refuse = () => reject(new ApiCallError({ code: 'conflict', message, issues: [] }));
  });
  (s.backend.api as unknown as Record<string, () => Promise<never>>)[method] = () => held;
  return () => refuse();
}

describe('a new card or action whose save is refused after the person moved on', () => {
  it('keeps the card’s text in Write, with the error, and does not change phase', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const refuse = heldThenRefused(s, 'addRetroCard', 'The retro was changed in another window.');
    await user.type(
      await screen.findByLabelText('New card in Alerts', {}, { timeout: 15000 }),
      'Disk alerts are noise',
    );
    await user.keyboard('{Enter}');
    // While it is being saved, the facilitator moves on.
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    refuse();
    expect(await screen.findByText('The retro was changed in another window.')).toBeInTheDocument();
    expect(screen.getByLabelText('New card in Alerts')).toHaveValue('Disk alerts are noise');
    expect(s.retro().phase).toBe('write');
  });

  it('keeps the action’s text in Actions, with the error, and does not change phase', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    const refuse = heldThenRefused(s, 'addRetroAction', 'The retro was changed in another window.');
    await user.type(await screen.findByLabelText('Action', {}, { timeout: 15000 }), 'Raise disk thresholds');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await user.click(screen.getByRole('button', { name: '← Previous phase' }));
    refuse();
    expect(await screen.findByText('The retro was changed in another window.')).toBeInTheDocument();
    expect(screen.getByLabelText('Action')).toHaveValue('Raise disk thresholds');
    expect(s.retro().phase).toBe('actions');
  });

  it('keeps a postmortem’s new event in Timeline, with the error, and does not change phase', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem' });
    const user = userEvent.setup();
    const refuse = heldThenRefused(s, 'addTimelineEntry', 'The postmortem was changed in another window.');
    await user.type(await screen.findByLabelText('Event', {}, { timeout: 15000 }), 'Pager fired for db-3');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    refuse();
    expect(await screen.findByText('The postmortem was changed in another window.')).toBeInTheDocument();
    expect(screen.getByLabelText('Event')).toHaveValue('Pager fired for db-3');
    expect(s.retro().phase).toBe('timeline');
  });

  it('changes phase once a card saved while the person moved on is in', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    await user.type(
      await screen.findByLabelText('New card in Alerts', {}, { timeout: 15000 }),
      'Disk alerts are noise',
    );
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await waitFor(() => expect(s.retro().phase).not.toBe('write'));
    expect(s.retro().cards.map((c) => c.text)).toEqual(['Disk alerts are noise']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
