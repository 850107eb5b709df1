import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { holdCalls, settleApiCalls } from '../api-calls';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** A started standup of Ada then Bo, Ada on the floor. */
async function started() {
  const user = userEvent.setup({ delay: null });
  const doc = boardTeam();
  const backend = await renderApp('standup', seedWith(doc));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
  const pausedAt = async () => (await backend.api.getTeam({ teamId: doc.id })).standups[0]?.timer.pausedAt;
  return { user, backend, pausedAt };
}

describe('pausing from the keyboard faster than the save answers', { timeout: 30_000 }, () => {
  it('resumes on the second Space: it toggles from the pause asked for, not the one shown', async () => {
    const { user, backend, pausedAt } = await started();
    const held = holdCalls(backend, 'controlStandup');
    try {
      await user.keyboard('  ');
      expect(held.calls).toBe(2);
    } finally {
      held.release();
    }
    await settleApiCalls();
    expect(await pausedAt()).toBeNull();
    expect(await screen.findByRole('button', { name: /^Pause/ })).toBeInTheDocument();
  });

  it('ends paused after P pressed three times', async () => {
    const { user, backend, pausedAt } = await started();
    const held = holdCalls(backend, 'controlStandup');
    try {
      await user.keyboard('ppp');
      expect(held.calls).toBe(3);
    } finally {
      held.release();
    }
    await settleApiCalls();
    expect(await screen.findByRole('button', { name: /^Resume/ })).toBeInTheDocument();
    expect(await pausedAt()).not.toBeNull();
    // Once the answers are in, the next press toggles from what is shown.
    await user.keyboard('p');
    expect(await screen.findByRole('button', { name: /^Pause/ })).toBeInTheDocument();
  });
});
