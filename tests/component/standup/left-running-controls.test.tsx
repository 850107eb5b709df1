import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StandupSessionSchema } from '../../../src/domain/standup/schema';
import { renderApp } from '../render-app';
import { fakeAudio } from './chime-fixtures';
import { boardTeam, seedWith } from './seed';

const DAY_MS = 24 * 60 * 60 * 1000;

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * A standup started two days ago and never ended: Ada spoke a minute, Bo had the floor, Cy waits, and Di was
 * marked absent.
 */
async function openLeftRunning() {
  const doc = boardTeam();
  const [ada, bo] = doc.members;
  if (!ada || !bo) throw new Error('seed');
  const cy = { ...bo, id: 'cy', name: 'Cy' };
  const di = { ...bo, id: 'di', name: 'Di' };
  doc.members.push(cy, di);
  const startedAt = new Date(Date.now() - 2 * DAY_MS).toISOString();
  const boFrom = new Date(Date.parse(startedAt) + 60_000).toISOString();
  doc.standups.push(
    StandupSessionSchema.parse({
      id: 'left-1',
      sprintId: doc.sprints[0]?.id ?? null,
      state: 'running',
      timer: {
        speakerMs: 90_000,
        totalMs: 900_000,
        startedAt,
        endedAt: null,
        pausedAt: null,
        pausedMs: 0,
        current: 1,
        turns: [
          { memberId: ada.id, name: 'Ada', status: 'done', runningSince: null, spentMs: 60_000, extraMs: 0 },
          { memberId: bo.id, name: 'Bo', status: 'speaking', runningSince: boFrom, spentMs: 0, extraMs: 0 },
          { memberId: cy.id, name: 'Cy', status: 'waiting', runningSince: null, spentMs: 0, extraMs: 0 },
          { memberId: di.id, name: 'Di', status: 'skipped', runningSince: null, spentMs: 0, extraMs: 0 },
        ],
      },
      notes: [],
      summary: null,
    }),
  );
  const user = userEvent.setup({ delay: null });
  const backend = await renderApp('standup', seedWith(doc));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await screen.findByRole('group', { name: /was never ended/ });
  const stored = () => backend.store.snapshot().teams[0]?.standups.find((s) => s.id === 'left-1');
  return { user, stored };
}

describe('the timer of a standup left running from an earlier day', { timeout: 20_000 }, () => {
  it('is marked "left running" on its tab, not "running"', async () => {
    await openLeftRunning();
    const tab = screen.getByRole('tab', { name: /Standup timer/ });
    expect(tab).toHaveTextContent(/left running$/);
  });

  it('offers only what works: no Pause, Next, Skip, Add 30 s or Note update; End standup stays', async () => {
    await openLeftRunning();
    const controls = screen.getByRole('toolbar', { name: 'Standup controls' });
    for (const name of [/^Next speaker/, /^Pause/, /^Resume/, /^Skip/, /^Add 30 s/]) {
      expect(within(controls).queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: /^Note update/ })).toBeNull();
    // Di walking in the next morning did not arrive at that day's standup.
    expect(screen.queryByRole('button', { name: /Di arrived/ })).toBeNull();
    expect(screen.getByRole('list', { name: 'Speaking order' })).toHaveTextContent(/Di — Absent/);
    expect(within(controls).getByRole('button', { name: /^End standup/ })).toBeEnabled();
  });

  it('shows the clock as it was left, not two days of overtime, and does not chime', async () => {
    const tones = fakeAudio();
    await openLeftRunning();
    // Bo's 90 s had just run out when the standup was left (see leftEndMs): 0:00, not +48 hours.
    const clock = screen.getByRole('timer', { name: /Time left for this speaker/ });
    expect(clock.textContent).toBe('0:00');
    expect(screen.queryByText('Overtime')).toBeNull();
    expect(screen.getByRole('timer', { name: 'Standup time left' }).textContent).not.toMatch(/over/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(tones).toEqual([]);
  });

  it('answers the timer and note keys with what to do: nothing saved, no note form', async () => {
    const { user, stored } = await openLeftRunning();
    const before = stored();
    await user.keyboard('n');
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(
      await within(notifications).findByText(/left running since an earlier day\. End it as it was left/),
    ).toBeInTheDocument();
    await user.keyboard('p s a u [Space]');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stored()).toEqual(before);
  });
});
