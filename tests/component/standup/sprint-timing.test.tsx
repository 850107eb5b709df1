import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** The seeded sprint runs Mon 23 Nov – Fri 4 Dec 2026, ten working days. Only the date is faked. */
function today(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('where today falls in the sprint', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the standup which working day of the sprint it is', async () => {
    today('2026-11-25T09:00:00.000Z');
    await renderApp('standup', seedWith(boardTeam()));
    const heading = await screen.findByRole('heading', { name: /^Sprint 7 / }, { timeout: 10_000 });
    expect(heading).toHaveTextContent('Sprint 7 Mon 23 Nov – Fri 4 Dec, day 3 of 10 working days');
  });

  it('counts the day in the team’s time zone, not in UTC', async () => {
    // Wed 25 Nov 21:00 UTC is Thu 26 Nov 08:00 in Sydney: the team's fourth day has begun.
    today('2026-11-25T21:00:00.000Z');
    const sydney = boardTeam();
    await renderApp('standup', seedWith({ ...sydney, settings: { ...sydney.settings, timeZone: 'Australia/Sydney' } }));
    const heading = await screen.findByRole('heading', { name: /^Sprint 7 / }, { timeout: 10_000 });
    expect(heading).toHaveTextContent('Sprint 7 Mon 23 Nov – Fri 4 Dec, day 4 of 10 working days');
  });

  it('opens the board of a sprint whose end date was damaged by hand, a thousand years on', async () => {
    today('2026-11-25T09:00:00.000Z');
    const doc = boardTeam();
    const damaged = { ...doc, sprints: doc.sprints.map((s) => ({ ...s, endDate: '9999-12-31' })) };
    await renderApp('standup', seedWith(damaged));
    const heading = await screen.findByRole('heading', { name: /^Sprint 7 / }, { timeout: 10_000 });
    expect(heading).toHaveTextContent(/Longer than a sprint can be \(92 days\): edit its dates$/);
  });

  it('warns on the planning screen when the active sprint has ended and is still open', async () => {
    today('2026-12-07T09:00:00.000Z');
    await renderApp('planning', seedWith(boardTeam()));
    const warning = await screen.findByText('Ended 3 days ago: close it', {}, { timeout: 10_000 });
    expect(warning).toHaveClass('sprint-days__warning');
    expect(warning.closest('p')).toHaveTextContent(
      /^Active Mon 23 Nov – Fri 4 Dec, 10 working days Ended 3 days ago: close it$/,
    );
    expect(screen.getByRole('button', { name: 'Close sprint' })).toBeEnabled();
  });

  it('counts the days to a planned sprint’s start', async () => {
    today('2026-11-20T09:00:00.000Z');
    await renderApp('planning', seedWith(boardTeam({ active: false })));
    const status = await screen.findByText(/starting in 3 days$/, {}, { timeout: 10_000 });
    expect(status).toHaveTextContent(/^Planned Mon 23 Nov – Fri 4 Dec, 10 working days, starting in 3 days$/);
  });
});
