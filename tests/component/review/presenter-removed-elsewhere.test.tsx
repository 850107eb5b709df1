import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { DemoSlot, Review } from '../../../src/domain/review/schema';
import { sprint, team } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

const AT = '2026-11-20T09:00:00.000Z';
const TITLES = ['Alpha', 'Bravo', 'Charlie'];

/** A review of free slots Alpha, Bravo, Charlie, in presenter mode at `title`. */
async function presentAt(title: string) {
  const s = sprint({ name: 'Sprint 7', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
  const slots: DemoSlot[] = TITLES.map((t) => ({
    id: `slot-${t}`,
    title: t,
    itemId: null,
    presenterId: null,
    timeboxMinutes: 5,
    blocks: [],
    acceptance: { accepted: null, comment: '' },
  }));
  const review: Review = {
    id: 'review-1',
    sprintId: s.id,
    createdAt: AT,
    updatedAt: AT,
    slots,
    feedback: [],
    goalOutcome: { status: null, sentence: '' },
  };
  const seeded = team('Platform', { sprints: [s], reviews: [review] });
  const backend = await renderApp('review', async ({ store }) => {
    await store.mutate('workspace', (draft) => {
      draft.teams.push(seeded);
    });
  });
  await userEvent.setup().click(await screen.findByRole('button', { name: 'Start presenter mode' }));
  const presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
  for (let i = 0; i < TITLES.indexOf(title); i++) fireEvent.keyDown(presenter, { key: 'ArrowRight' });
  expect(within(presenter).getByRole('heading', { name: title })).toBeInTheDocument();
  return { backend, presenter: within(presenter), dialog: presenter, teamId: seeded.id };
}

/** Removes slots as another window (or a sync) would, then lets the screen learn of it. */
async function removeElsewhere(backend: InProcessApi, teamId: string, ...titles: string[]) {
  for (const t of titles) await backend.api.removeDemoSlot({ teamId, reviewId: 'review-1', slotId: `slot-${t}` });
  await act(() => useAppStore.getState().selectTeam(teamId));
}

describe('presenter mode while slots are removed elsewhere', () => {
  it('keeps showing its slot when one before it goes', async () => {
    const { backend, presenter, teamId } = await presentAt('Charlie');
    await removeElsewhere(backend, teamId, 'Alpha');
    await waitFor(() => expect(presenter.getByText(/^Slot 2 of 2/)).toBeInTheDocument());
    expect(presenter.getByRole('heading', { name: 'Charlie' })).toBeInTheDocument();
    expect(presenter.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
  });

  it('shows the slot after the one removed, says so, and leaves its timer for the facilitator to start', async () => {
    const { backend, presenter, dialog, teamId } = await presentAt('Bravo');
    presenter.getByRole('button', { name: 'Next slot' }).focus();
    await removeElsewhere(backend, teamId, 'Bravo');
    await waitFor(() => expect(presenter.getByRole('heading', { name: 'Charlie' })).toBeInTheDocument());
    expect(presenter.getByText(/^Slot 2 of 2/)).toBeInTheDocument();
    expect(presenter.getByRole('status')).toHaveTextContent(
      '“Bravo” was removed from the agenda elsewhere. Press T to start the timer of “Charlie”.',
    );
    expect(presenter.getByRole('timer')).toHaveTextContent('paused');
    // Next is off at the last slot: the focus stays in presenter mode, and the keys still work.
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    fireEvent.keyDown(dialog, { key: 'ArrowLeft' });
    expect(presenter.getByRole('heading', { name: 'Alpha' })).toBeInTheDocument();
    expect(presenter.queryByText(/was removed from the agenda/)).toBeNull();
    expect(presenter.getByRole('status')).toHaveTextContent(/^Now presenting “Alpha”, slot 1 of 2/);
  });

  it('at the end of the agenda, shows the slot before the ones removed', async () => {
    const { backend, presenter, teamId } = await presentAt('Charlie');
    await removeElsewhere(backend, teamId, 'Charlie', 'Bravo');
    await waitFor(() => expect(presenter.getByRole('heading', { name: 'Alpha' })).toBeInTheDocument());
    expect(presenter.getByText(/^Slot 1 of 1/)).toBeInTheDocument();
  });

  it('with every slot gone, says the agenda is empty, and leaving puts the focus on the agenda', async () => {
    const user = userEvent.setup();
    const { backend, presenter, teamId } = await presentAt('Alpha');
    await removeElsewhere(backend, teamId, ...TITLES);
    await waitFor(() => expect(presenter.getByText('The agenda is empty.')).toBeInTheDocument());
    await user.click(presenter.getByRole('button', { name: 'Exit presenter mode' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presenter mode' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Demo agenda/ })).toHaveFocus());
  });

  it('ends with its review deleted elsewhere, and does not come back when the sprint is reviewed again', async () => {
    const user = userEvent.setup();
    const { backend, teamId } = await presentAt('Alpha');
    await backend.api.deleteReview({ teamId, reviewId: 'review-1' });
    await act(() => useAppStore.getState().selectTeam(teamId));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presenter mode' })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Start review of Sprint 7' }));
    await screen.findByText(/No completed items in this sprint yet/);
    expect(screen.queryByRole('dialog', { name: 'Presenter mode' })).toBeNull();
  });
});
