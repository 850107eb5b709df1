import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StandupSessionSchema } from '../../../src/domain/standup/schema';
import { sprint } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Friday's standup was left running; on Monday morning Sprint 6 was closed and Sprint 7 started before anyone opened
 * the standup tab. Ended as it was left, it ends on Friday, before Sprint 7 started.
 */
describe('a standup left running across a sprint change', { timeout: 20_000 }, () => {
  it('shows its summary, with the focus on it, once ended as it was left', async () => {
    const user = userEvent.setup({ delay: null });
    const base = boardTeam();
    const [ada, bo] = base.members;
    const active = base.sprints[0];
    if (!ada || !bo || !active?.commitment) throw new Error('seed');
    const startedAt = new Date(Date.now() - 3 * DAY_MS).toISOString();
    const old = sprint({ name: 'Sprint 6', startDate: '2026-11-09', endDate: '2026-11-20', state: 'closed' });
    const doc = {
      ...base,
      // Sprint 7 started yesterday, long after the standup was left.
      sprints: [
        old,
        { ...active, commitment: { ...active.commitment, at: new Date(Date.now() - DAY_MS).toISOString() } },
      ],
      standups: [
        StandupSessionSchema.parse({
          id: 'left-1',
          sprintId: old.id,
          state: 'running',
          timer: {
            speakerMs: 90_000,
            totalMs: 900_000,
            startedAt,
            endedAt: null,
            pausedAt: null,
            pausedMs: 0,
            current: 0,
            turns: [
              { memberId: ada.id, name: 'Ada', status: 'speaking', runningSince: startedAt, spentMs: 0, extraMs: 0 },
              { memberId: bo.id, name: 'Bo', status: 'waiting', runningSince: null, spentMs: 0, extraMs: 0 },
            ],
          },
          notes: [],
          summary: null,
        }),
      ],
    };
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('button', { name: 'End it as it was left' }));

    const summary = await screen.findByRole('region', { name: /^Last standup summary of .*\(Sprint 6\)$/ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(backend.store.snapshot().teams[0]?.standups[0]?.state).toBe('ended');
  });
});
