import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedPlanning } from './seed';
import { renderApp } from '../render-app';

configure({ asyncUtilTimeout: 5000 });

/** Opens the Close dialog of the seeded Sprint 1 (Mon 2 – Fri 13 Nov 2026, started) at `now`, in `timeZone`. */
async function openClose(now: string, timeZone: string): Promise<HTMLElement> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  const user = userEvent.setup();
  await renderApp('planning', async (b) => {
    const { teamId, sprintId, items } = await seedPlanning(b);
    await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
    await b.api.updateTeamSettings({ teamId, settings: { timeZone } });
    await b.api.startSprint({ teamId, sprintId });
  });
  await user.click(await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 }));
  return screen.getByRole('dialog', { name: 'Close Sprint 1' });
}

describe('closing a sprint before its last working day', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("says how many of its working days are left, from today in the team's zone", async () => {
    // Wed 11 Nov at noon UTC is already Thu 12 Nov in Auckland: Fri 13 is the one working day left there.
    // It ran 9 of its 10 working days: 9 × 1.5 person-days (Ana full time, Bo half) of the 15 committed.
    const dialog = await openClose('2026-11-11T12:00:00.000Z', 'Pacific/Auckland');
    expect(dialog).toHaveTextContent(
      'Sprint 1 runs until Fri 13 Nov: 1 working day is left after today. Closing now ends it early, and its velocity counts only the days it ran: 13.5 person-days, not the 15 it was committed on.',
    );
    expect(within(dialog).getByRole('button', { name: 'Close sprint' })).toBeEnabled();
  });

  it('says nothing of the kind on its last working day', async () => {
    const dialog = await openClose('2026-11-13T09:00:00.000Z', 'UTC');
    expect(dialog).not.toHaveTextContent(/left after today|ends it early/);
  });
});
