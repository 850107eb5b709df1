import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, endedStandup, seedWith } from './seed';

describe('standups whose start times are written with and without milliseconds', { timeout: 20_000 }, () => {
  it('are ordered by when they started: the later one is the last standup', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    doc.settings.timeZone = 'UTC';
    const sprintId = doc.sprints[0]!.id;
    // A script wrote the first start time to the second; Cadence writes milliseconds. The second began later.
    const first = endedStandup({ id: 'st-1', sprintId, date: '2026-11-25', startedAt: '2026-11-25T09:00:00Z' });
    const second = endedStandup({ id: 'st-2', sprintId, date: '2026-11-25', startedAt: '2026-11-25T09:00:00.400Z' });
    doc.standups.push(
      { ...first, summary: { ...first.summary!, durationMs: 600_000 } },
      { ...second, summary: { ...second.summary!, durationMs: 120_000 } },
    );
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));

    const history = await screen.findByRole('table', { name: 'Standups of this sprint' });
    const took = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(took).toEqual(['2 min', '10 min']);
    const [newest] = within(history).getAllByRole('button', { name: /^Show the summary of/ });
    expect(newest).toHaveAttribute('aria-pressed', 'true');
  });
});
