import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/**
 * A Sydney team's standup, Wed 25 Nov at 09:30 (22:30 UTC on the 24th): Ada speaks a minute and the standup ends
 * before Bo's turn. Then the team moves to London, where that moment was Tue 24 Nov, 22:30. Opens its summary.
 */
async function summaryAfterZoneChange() {
  const user = userEvent.setup({ delay: null });
  const doc = boardTeam();
  doc.settings.timeZone = 'Australia/Sydney';
  const seed = seedWith(doc);
  await renderApp('standup', async (backend) => {
    await seed(backend);
    backend.ctx.now = () => new Date('2026-11-24T22:30:00.000Z');
    const started = await backend.api.startStandup({ teamId: doc.id, absentIds: [] });
    backend.ctx.now = () => new Date('2026-11-24T22:31:00.000Z');
    await backend.api.controlStandup({ teamId: doc.id, standupId: started.id, action: { kind: 'end' } });
    await backend.api.updateTeamSettings({ teamId: doc.id, settings: { timeZone: 'Europe/London' } });
  });
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  const summary = await screen.findByRole('region', { name: 'Last standup summary' });
  await user.click(within(summary).getByRole('button', { name: 'Show Markdown' }));
  const markdown = (within(summary).getByRole('textbox', { name: 'Summary as Markdown' }) as HTMLTextAreaElement).value;
  return { summary, markdown };
}

describe('the summary of a standup, after the team changed its time zone', { timeout: 20_000 }, () => {
  it('keeps the day and the time of day it had when the standup ended, on screen and in its Markdown', async () => {
    const { summary, markdown } = await summaryAfterZoneChange();
    expect(summary).toHaveTextContent(/^Last standup summaryWed 25 Nov, 09:30 · Sprint 7 · took 1 min/);
    expect(markdown.split('\n')[0]).toBe('# Standup Wed 25 Nov 2026, 09:30 — Sprint 7');
  });

  it('gives no time to whoever did not get a turn, as to someone absent', async () => {
    const { summary, markdown } = await summaryAfterZoneChange();
    const table = within(summary).getByRole('table', { name: 'Time per speaker' });
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/^Ada/)).toEqual(['Spoke', '1 min', '—']);
    expect(cells(/^Bo/)).toEqual(['Did not get a turn', '—', '—']);
    expect(markdown).toContain('| Bo | did not get a turn | — | — |');
  });
});
