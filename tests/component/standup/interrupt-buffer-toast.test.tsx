import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/**
 * The interrupt buffer's gauge is on the Board tab; an interrupt logged during the standup (the timer's tab) burns the
 * buffer out of sight. The message that confirms it says what is left, so the team hears it while it is in the room.
 */
async function logDuringStandup(points: string, title: string) {
  const user = userEvent.setup({ delay: null });
  // Sprint 7 reserved 2 points of buffer.
  await renderApp('standup', seedWith(boardTeam()));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
  await user.keyboard('i');
  const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
  await user.type(within(dialog).getByRole('textbox', { name: 'What came in' }), title);
  await user.click(within(dialog).getByRole('radio', { name: 'In points' }));
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Points' }), points);
  await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log interrupt' })).toBeNull());
  return user;
}

describe('an interrupt logged during the standup', { timeout: 30_000 }, () => {
  it('says how much of the buffer it leaves', async () => {
    await logDuringStandup('1', 'Cert expiring on the edge proxy');
    expect(
      await screen.findByText(
        'Logged interrupt “Cert expiring on the edge proxy” in the interrupt lane. Interrupt buffer on track: 1 pt of 2 pts used, 1 pt left.',
      ),
    ).toBeInTheDocument();
  });

  it('says when it spends more than the buffer holds', async () => {
    const user = await logDuringStandup('3', 'Disk full on db-3');
    expect(
      await screen.findByText(
        'Logged interrupt “Disk full on db-3” in the interrupt lane. Interrupt buffer used up: 3 pts of 2 pts used, over by 1 pt.',
      ),
    ).toBeInTheDocument();
    // The Board tab's gauge reads the same.
    await user.click(screen.getByRole('tab', { name: 'Board' }));
    const gauge = await screen.findByRole('region', { name: /Interrupt buffer/ });
    expect(within(gauge).getByText('Used up')).toBeInTheDocument();
    expect(within(gauge).getByText('Over by').nextElementSibling).toHaveTextContent('1 pt');
  });
});
