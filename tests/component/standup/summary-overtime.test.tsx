import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StandupSessionSchema } from '../../../src/domain/standup/schema';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('the standup summary of a standup ended less than a second over', { timeout: 20_000 }, () => {
  it('says it kept to the timebox, never "0 s over", as its clock read 0:00', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const ada = doc.members[0];
    if (!ada) throw new Error('the seed has Ada');
    // As a summary stored before whole seconds held it: 0.4 s over, for Ada and for the standup.
    doc.standups.push(
      StandupSessionSchema.parse({
        id: 'st-1',
        sprintId: doc.sprints[0]?.id ?? null,
        state: 'ended',
        timer: {
          speakerMs: 90_000,
          totalMs: 90_000,
          startedAt: '2026-11-24T09:30:00.000Z',
          endedAt: '2026-11-24T09:31:30.400Z',
          pausedAt: null,
          pausedMs: 0,
          current: null,
          turns: [{ memberId: ada.id, name: 'Ada', status: 'done', runningSince: null, spentMs: 90_400, extraMs: 0 }],
        },
        summary: {
          date: '2026-11-24',
          sprintName: 'Sprint 7',
          durationMs: 90_400,
          totalMs: 90_000,
          overtimeMs: 400,
          speakers: [
            { memberId: ada.id, name: 'Ada', status: 'done', spokeMs: 90_400, allowedMs: 90_000, overtimeMs: 400 },
          ],
          notes: [],
          blockersRaised: [],
          openBlockers: 0,
          parkingLot: [],
        },
      }),
    );
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const summary = await screen.findByRole('region', { name: /^Last standup summary/ });
    expect(summary).toHaveTextContent('took 1 min 30 s of 1 min 30 s · within the timebox');
    expect(summary).not.toHaveTextContent(/0 s over/);
    const row = within(within(summary).getByRole('table', { name: 'Time per speaker' })).getByRole('row', {
      name: /^Ada/,
    });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Spoke', '1 min 30 s', '—']);
  });
});
