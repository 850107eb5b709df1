import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const walk = () => screen.getByRole('region', { name: /^Walk the board/ });

describe('walking the board when a card’s owner has left the team', { timeout: 30_000 }, () => {
  it('walks their open card at the "No owner" stop, after the last speaker', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const bo = doc.members.find((m) => m.name === 'Bo')!;
    // Bo left the team; his card, in review, is still open work of the sprint.
    await renderApp('standup', async (b) => {
      await seedWith(doc)(b);
      await b.api.removeMember({ teamId: doc.id, memberId: bo.id });
    });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    expect(within(walk()).queryByText('Tune the alert thresholds')).toBeNull();
    // Ada is the only speaker, but the walk goes on to the card nobody on the team owns.
    expect(screen.getByText('Cards with no owner', { selector: '.timer__next' })).toBeInTheDocument();

    await user.keyboard('n');
    await screen.findByRole('heading', { level: 3, name: 'No owner' });
    const stop = screen.getByRole('region', { name: 'Walk the board: No owner' });
    expect(within(stop).getByText('Tune the alert thresholds')).toBeInTheDocument();
    expect(
      within(stop).getByRole('button', { name: 'Owner of Tune the alert thresholds: Former member' }),
    ).toBeVisible();
    expect(within(stop).queryByText('Patch the bastion hosts')).toBeNull();
  });
});
