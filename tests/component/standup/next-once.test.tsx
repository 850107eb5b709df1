import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** A started standup of Ada then Bo, Ada on the floor. */
async function started() {
  const user = userEvent.setup({ delay: null });
  const backend = await renderApp('standup', seedWith(boardTeam()));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
  return { user, backend };
}

describe('moving on while the last move is on its way', { timeout: 30_000 }, () => {
  it('passes one speaker for a double click on Next speaker, not the one the screen has not shown yet', async () => {
    const { user, backend } = await started();
    const held = holdCalls(backend, 'controlStandup');
    try {
      await user.dblClick(screen.getByRole('button', { name: /^Next speaker/ }));
      expect(held.calls).toBe(1);
    } finally {
      held.release();
    }
    // Bo has the floor: the second click did not end his turn (and the standup) before he was shown.
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    await user.click(screen.getByRole('button', { name: /^Next speaker/ }));
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(within(summary).getByRole('row', { name: /^Bo Spoke/ })).toBeInTheDocument();
  });

  it('passes one speaker for N pressed twice', async () => {
    const { user, backend } = await started();
    const held = holdCalls(backend, 'controlStandup');
    try {
      await user.keyboard('nn');
      expect(held.calls).toBe(1);
    } finally {
      held.release();
    }
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
  });
});
