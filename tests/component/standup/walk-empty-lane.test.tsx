import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/**
 * The walk shows one speaker's cards: a lane of theirs with no cards says so of them, not of the team (the Board tab
 * shows the interrupts someone else took).
 */
describe("a speaker's walk with an empty lane", { timeout: 30_000 }, () => {
  it("says the speaker took no interrupts, not that none were logged, when Bo's interrupt is on the board", async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    const bo = doc.members.find((m) => m.name === 'Bo')!;
    await backend.api.logInterrupt({
      teamId: doc.id,
      interrupt: {
        title: 'Disk full on db-3',
        key: '',
        severity: 'sev2',
        type: 'incident',
        points: null,
        hours: 2,
        takenBy: bo.id,
      },
    });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    const walk = await screen.findByRole('region', { name: 'Walk the board: Ada’s cards' });
    const lane = within(walk).getByRole('region', { name: 'Interrupt lane (unplanned)' });
    expect(within(lane).getByText('Ada took no interrupts.')).toBeInTheDocument();
    expect(within(walk).queryByText('No interrupts logged.')).not.toBeInTheDocument();
  });
});
