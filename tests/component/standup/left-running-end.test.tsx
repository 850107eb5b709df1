import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StandupSessionSchema } from '../../../src/domain/standup/schema';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A standup started two days ago and never ended: Ada spoke a minute, then Bo had the floor (and, with `waiting`,
 * a third member, Cy, waits for a turn).
 */
async function leftRunning(options: { waiting?: boolean } = {}) {
  const user = userEvent.setup({ delay: null });
  const doc = boardTeam();
  const [ada, bo] = doc.members;
  if (!ada || !bo) throw new Error('seed');
  const cy = { ...bo, id: 'cy', name: 'Cy' };
  if (options.waiting) doc.members.push(cy);
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
          ...(options.waiting
            ? [{ memberId: cy.id, name: 'Cy', status: 'waiting', runningSince: null, spentMs: 0, extraMs: 0 }]
            : []),
        ],
      },
      notes: [],
      summary: null,
    }),
  );
  const backend = await renderApp('standup', seedWith(doc));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await screen.findByRole('group', { name: /was never ended/ });
  const saved = () => backend.store.snapshot().teams[0]?.standups.find((s) => s.id === 'left-1');
  // Bo is counted up to his 90-second timebox, not the nights since.
  const endedAsLeft = async () => {
    await screen.findByRole('region', { name: 'Last standup summary' });
    expect(saved()?.state).toBe('ended');
    expect(saved()?.summary?.speakers.find((s) => s.name === 'Bo')?.spokeMs).toBe(90_000);
    expect(saved()?.timer.endedAt).toBe(new Date(Date.parse(boFrom) + 90_000).toISOString());
  };
  return { user, endedAsLeft };
}

describe('End standup on a standup left running from an earlier day', { timeout: 30_000 }, () => {
  it('ends it as it was left from the End standup button', async () => {
    const { user, endedAsLeft } = await leftRunning();
    await user.click(screen.getByRole('button', { name: /^End standup/ }));
    await endedAsLeft();
  });

  it('ends it as it was left from E', async () => {
    const { user, endedAsLeft } = await leftRunning();
    await user.keyboard('e');
    await endedAsLeft();
  });

  it('ends it as it was left after the question about those still waiting', async () => {
    const { user, endedAsLeft } = await leftRunning({ waiting: true });
    await user.keyboard('e');
    const confirm = await screen.findByRole('dialog', { name: 'End standup now?' });
    expect(confirm).toHaveTextContent(/as it was left/);
    await user.click(within(confirm).getByRole('button', { name: 'End standup' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await endedAsLeft();
  });

  it('says to end it as it was left when P or N is pressed by reflex, and still ends it so', async () => {
    const { user, endedAsLeft } = await leftRunning();
    await user.keyboard('p');
    expect(await screen.findByText(/left running since an earlier day\. End it as it was left/)).toBeInTheDocument();
    await user.keyboard('n');
    await user.click(screen.getByRole('button', { name: /^End standup/ }));
    await endedAsLeft();
  });
});
