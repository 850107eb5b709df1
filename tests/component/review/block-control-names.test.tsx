import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PresenterMode } from '../../../renderer/screens/review/PresenterMode';
import { useAppStore } from '../../../renderer/store';
import type { DemoBlock, DemoSlot } from '../../../src/domain/review/schema';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

const blocks: DemoBlock[] = [
  {
    id: 'cli-drain',
    kind: 'cli',
    title: 'Drain a node',
    steps: [{ command: 'kubectl drain node-7', output: 'node/node-7 drained' }],
  },
  { id: 'cli-untitled', kind: 'cli', title: '', steps: [{ command: 'kubectl get pods', output: 'web-1 Running' }] },
  { id: 'metric-p95', kind: 'metric', name: 'p95 latency', unit: 'ms', before: 420, after: 180, better: 'lower' },
  { id: 'notes', kind: 'notes', markdown: 'Rollback: helm rollback api' },
];

describe('a slot with two CLI walkthroughs and other blocks', () => {
  it('names each block control after the block it acts on, its kind and its title', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const review = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!;
    const slotId = review.slots[0]!.id;
    for (const block of blocks) await act(() => useAppStore.getState().saveDemoBlock(review.id, slotId, block));

    const list = await screen.findByRole('list', { name: 'Demo blocks of Speed up CI' });
    // One button of each name: a person (or a screen reader's list of buttons) can tell which block each acts on.
    for (const name of ['Run next command', 'Back one command', 'Edit block', 'Remove block']) {
      const names = within(list)
        .getAllByRole('button', { name: new RegExp(`^${name}`) })
        .map((b) => b.getAttribute('aria-label') ?? b.textContent);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(within(list).getByRole('button', { name: 'Run next command: Drain a node' })).toBeInTheDocument();
    expect(
      within(list).getByRole('button', { name: 'Run next command: CLI walkthrough, block 2' }),
    ).toBeInTheDocument();
    expect(
      within(list).getByRole('button', { name: 'Edit block 1, CLI walkthrough: Drain a node' }),
    ).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Edit block 2, CLI walkthrough' })).toBeInTheDocument();
    expect(
      within(list).getByRole('button', { name: 'Remove block 3, Before/after metric: p95 latency' }),
    ).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Remove block 4, Notes / links' })).toBeInTheDocument();

    // The second walkthrough's button runs the second walkthrough, not the first.
    await user.click(within(list).getByRole('button', { name: 'Run next command: CLI walkthrough, block 2' }));
    expect(within(list).getByText('web-1 Running')).toBeInTheDocument();
    expect(within(list).queryByText('node/node-7 drained')).toBeNull();
  });

  it('names the presenter’s walkthrough buttons after their walkthrough too', () => {
    const slot: DemoSlot = {
      id: 's1',
      title: 'Node drains',
      itemId: null,
      presenterId: null,
      timeboxMinutes: 5,
      blocks,
      acceptance: { accepted: null, comment: '' },
    };
    render(<PresenterMode goal="" slots={[slot]} presenterName={() => ''} resume={null} onExit={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Presenter mode' });
    fireEvent.keyDown(dialog, { key: 'ArrowDown' });
    expect(within(dialog).getByRole('button', { name: 'Back one command: Drain a node' })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'Run next command: CLI walkthrough, block 2' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('CLI walkthrough, block 2 terminal')).toBeInTheDocument();
  });
});
