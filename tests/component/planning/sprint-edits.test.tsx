import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

// Every action writes the data file for real; on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

async function open(seed: (b: InProcessApi) => Promise<Seeded>) {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seed(b);
  });
  await screen.findByRole('heading', { name: 'Sprint planning' }, { timeout: 10_000 });
  if (!seeded) throw new Error('not seeded');
  return { seeded, backend };
}

describe('editing and deleting a planned sprint', { timeout: 30_000 }, () => {
  it('moving its dates says which time off and shifts are left outside; the Calendar tab marks them not counted', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open(async (b) => {
      const s = await seedPlanning(b);
      const ref = { teamId: s.teamId, sprintId: s.sprintId };
      await b.api.addTimeOff({
        ...ref,
        range: { memberId: s.members.Ana!, startDate: '2026-11-02', endDate: '2026-11-06' },
      });
      await b.api.addOnCall({
        ...ref,
        range: { memberId: s.members.Bo!, startDate: '2026-11-02', endDate: '2026-11-08' },
      });
      return s;
    });
    // Edited from the Calendar tab: what it shows follows the new dates.
    await user.click(screen.getByRole('button', { name: 'Calendar' }));
    await user.click(screen.getByRole('button', { name: 'Edit sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Sprint 1' });
    await user.clear(within(dialog).getByLabelText('Start date'));
    await user.type(within(dialog).getByLabelText('Start date'), '2026-11-16');
    await user.clear(within(dialog).getByLabelText('End date'));
    await user.type(within(dialog).getByLabelText('End date'), '2026-11-27');
    await user.click(within(dialog).getByRole('button', { name: 'Save sprint' }));
    expect(await screen.findByText(/5 days off \(Ana\) and 1 on-call shift \(Bo\)/)).toBeInTheDocument();
    // Nothing moved and nothing was deleted: leave and shifts are real dates.
    const stored = teamOf(backend, seeded.teamId)?.sprints[0];
    expect(stored?.timeOff.map((t) => t.date)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
    ]);
    expect(stored?.onCall).toHaveLength(1);

    const off = screen.getByRole('region', { name: 'Time off' });
    // A new entry starts on the sprint's new first day, not the old one.
    expect(within(off).getByLabelText('From')).toHaveValue('2026-11-16');
    const anaMonday = within(off).getByText(/^Ana off Mon 2 Nov/);
    expect(anaMonday).toHaveTextContent(/outside the sprint's dates, not counted/);
    const oncall = screen.getByRole('region', { name: 'On-call shifts' });
    expect(within(oncall).getByText(/^Bo on call/)).toHaveTextContent(/outside the sprint's dates, not counted/);
    // Still removable.
    await user.click(within(oncall).getByRole('button', { name: /^Remove Bo on call/ }));
    await waitFor(() => expect(teamOf(backend, seeded.teamId)?.sprints[0]?.onCall).toEqual([]));
  });

  it('the delete confirmation names the review that goes with it, and the review is gone after', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open(async (b) => {
      const s = await seedPlanning(b);
      const review = await b.api.createReview({ teamId: s.teamId, sprintId: s.sprintId });
      for (const title of ['Cache', 'Certs']) {
        await b.api.addDemoSlot({ teamId: s.teamId, reviewId: review.id, title, presenterId: null, timeboxMinutes: 5 });
      }
      return s;
    });
    await user.click(screen.getByRole('button', { name: 'Delete sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Sprint 1?' });
    expect(within(dialog).getByText(/Its review, with 2 demo slots, is deleted too\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete sprint' }));
    await waitFor(() => expect(teamOf(backend, seeded.teamId)?.sprints).toEqual([]));
    expect(teamOf(backend, seeded.teamId)?.reviews).toEqual([]);
    // The screen's copy of the team lets it go too.
    await waitFor(() => expect(useAppStore.getState().team?.sprints).toEqual([]));
    expect(useAppStore.getState().team?.reviews).toEqual([]);
  });
});
