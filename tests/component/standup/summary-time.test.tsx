import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, endedStandup, seedWith } from './seed';

describe('the summary of one of two standups on one day', { timeout: 20_000 }, () => {
  it('says the time it started on the team’s clock, on screen and in its Markdown', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    doc.settings.timeZone = 'Australia/Sydney';
    const sprintId = doc.sprints[0]!.id;
    // Wed 25 Nov in Sydney: 09:30 (22:30 UTC the day before) and, after an incident, 16:00 (05:00 UTC).
    doc.standups.push(
      endedStandup({ id: 'st-1', sprintId, date: '2026-11-25', startedAt: '2026-11-24T22:30:00.000Z' }),
      endedStandup({ id: 'st-2', sprintId, date: '2026-11-25', startedAt: '2026-11-25T05:00:00.000Z' }),
    );
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));

    const last = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(last).toHaveTextContent(/^Last standup summaryWed 25 Nov, 16:00 · Sprint 7 · took 10 min/);

    const history = screen.getByRole('table', { name: 'Standups of this sprint' });
    await user.click(within(history).getByRole('button', { name: 'Show the summary of Wed 25 Nov, 09:30' }));
    const earlier = await screen.findByRole('region', { name: 'Standup summary of Wed 25 Nov, 09:30 (Sprint 7)' });
    expect(earlier).toHaveTextContent(/Wed 25 Nov, 09:30 · Sprint 7 · took 10 min/);
    await user.click(within(earlier).getByRole('button', { name: 'Show Markdown' }));
    const markdown = within(earlier).getByRole('textbox', { name: 'Summary as Markdown' }) as HTMLTextAreaElement;
    expect(markdown.value.split('\n')[0]).toBe('# Standup Wed 25 Nov 2026, 09:30 — Sprint 7');
  });
});
