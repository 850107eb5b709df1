import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const twoTopics = () =>
  renderRetro('discuss', {
    prepare: (x) =>
      addCards(x, [
        ['alerts', 'Disk alerts are noise'],
        ['interrupts', 'DNS ate two days'],
      ]).then(() => undefined),
  });

describe('discuss phase: notes typed on a topic', () => {
  it('are kept when the facilitator moves on with Next topic without pressing Save notes', async () => {
    const s = await twoTopics();
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2: Disk alerts are noise/ });
    await user.type(screen.getByLabelText('Notes on this topic'), 'Page on rate of change');
    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 2: DNS ate two days/ });
    const diskId = s.retro().cards.find((c) => c.text === 'Disk alerts are noise')!.id;
    await waitFor(() => expect(s.retro().notes).toEqual([{ targetId: diskId, notes: 'Page on rate of change' }]));

    await waitFor(() => expect(useAppStore.getState().team?.retros[0]?.notes.length).toBe(1));
    // Back on the first topic, the notes are there.
    await user.click(screen.getByRole('button', { name: 'Previous topic' }));
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2/ });
    expect(screen.getByLabelText('Notes on this topic')).toHaveValue('Page on rate of change');
  });

  it('are kept when the facilitator moves to the next phase', async () => {
    const s = await twoTopics();
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2/ });
    await user.type(screen.getByLabelText('Notes on this topic'), 'Tune thresholds');
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await waitFor(() => expect(s.retro().phase).toBe('actions'));
    await waitFor(() => expect(s.retro().notes.map((n) => n.notes)).toEqual(['Tune thresholds']));
  });

  it('are saved once when Save notes is pressed', async () => {
    const s = await twoTopics();
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2/ });
    await user.type(screen.getByLabelText('Notes on this topic'), 'One save');
    const before = s.retro().updatedAt;
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    await waitFor(() => expect(s.retro().notes.map((n) => n.notes)).toEqual(['One save']));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save notes' })).toHaveAttribute('aria-disabled', 'true'),
    );
    expect(s.retro().updatedAt).not.toBe(before);
  });
});
