import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/** The live regions an element is read out with when it changes (its own or an ancestor's). */
const liveAround = (node: Element) => node.closest('[aria-live], [role="status"], [role="log"], [role="alert"]');

describe('presenter mode tells a screen reader which slot it shows', () => {
  it('announces the slot change (title, timebox) in a status of its own; a diagram’s text is not read with it', async () => {
    const user = userEvent.setup();
    await openReview();
    await user.type(screen.getByLabelText('Free slot title'), 'Runbook changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    await screen.findByRole('heading', { name: 'Runbook changes', level: 3 });
    const state = useAppStore.getState();
    const review = state.team!.reviews[0]!;
    await act(() =>
      state.saveDemoBlock(review.id, review.slots[0]!.id, {
        id: 'd1',
        kind: 'diagram',
        title: 'Deploy flow',
        source: 'mermaid',
        mermaid: 'graph LR\n  client --> lb\n  lb -> app',
        image: null,
      }),
    );

    // Presenter mode opens on the slot selected in the agenda: the first, to step from it to the second.
    await user.click(screen.getByRole('button', { name: /Speed up CI/, pressed: false }));
    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    const presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    const text = await within(presenter).findByRole(
      'figure',
      { name: 'Mermaid text of Deploy flow' },
      { timeout: 10_000 },
    );
    expect(liveAround(text)).toBeNull();
    expect(liveAround(within(presenter).getByRole('heading', { name: 'Speed up CI' }))).toBeNull();
    expect(within(presenter).getByRole('status')).toHaveTextContent(
      'Now presenting “Speed up CI”, slot 1 of 2, timebox 5 minutes.',
    );

    fireEvent.keyDown(presenter, { key: 'ArrowRight' });
    expect(within(presenter).getByRole('status')).toHaveTextContent(
      'Now presenting “Runbook changes”, slot 2 of 2, timebox 5 minutes.',
    );
  });
});
