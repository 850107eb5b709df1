import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StandupSessionSchema } from '../../../src/domain/standup/schema';
import { dateInZone } from '../../../src/domain/shared/zoned-time';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('a standup left running from an earlier day', { timeout: 20_000 }, () => {
  it('says so, and ends as it was left: the speaker counted up to their timebox, the summary under that day', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const [ada, bo] = doc.members;
    if (!ada || !bo) throw new Error('seed');
    // Started two days ago; Ada spoke a minute, Bo had the floor when the laptop was closed.
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
          ],
        },
        notes: [],
        summary: null,
      }),
    );
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));

    const notice = await screen.findByRole('group', { name: /This standup started on .+ and was never ended/ });
    await user.click(within(notice).getByRole('button', { name: 'End it as it was left' }));

    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    await waitFor(() => expect(summary).toHaveFocus());
    const saved = backend.store.snapshot().teams[0]?.standups.find((s) => s.id === 'left-1');
    expect(saved?.state).toBe('ended');
    expect(saved?.summary?.date).toBe(dateInZone(startedAt, doc.settings.timeZone));
    expect(saved?.summary?.speakers.find((s) => s.name === 'Bo')?.spokeMs).toBe(90_000);
    expect(saved?.timer.endedAt).toBe(new Date(Date.parse(boFrom) + 90_000).toISOString());
  });

  it('is not offered for a standup started today', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    expect(screen.queryByRole('button', { name: 'End it as it was left' })).toBeNull();
  });
});
