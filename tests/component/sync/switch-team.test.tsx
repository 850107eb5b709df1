import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { conflict, status } from './fake-sync';
import { openWithTeam, sharingSection } from './seed';

vi.setConfig({ testTimeout: 40_000 });

/** Platform SRE (open) and Payments, both shared; `patch` gives each its status. */
async function twoSharedTeams(patch: (teamName: string) => Parameters<typeof status>[1] = () => ({})) {
  let otherId = '';
  const test = await openWithTeam('data', async (s, id, b) => {
    otherId = (await b.api.createTeam({ name: 'Payments' })).id;
    s.put(id, status(id, patch('Platform SRE')));
    s.put(otherId, status(otherId, patch('Payments')));
  });
  const switchTo = (name: string) =>
    test.user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), screen.getByRole('option', { name }));
  return { ...test, otherId, switchTo };
}

describe('Sharing: switching teams with the section open', () => {
  it('a decision made on one team’s conflict is not taken for another team’s conflict on the same field', async () => {
    const buffer = (mine: string, theirs: string) =>
      conflict('settings/bufferPercent', 'Settings', 'Interrupt buffer', mine, theirs);
    const { sync, user, switchTo } = await twoSharedTeams((name) => ({
      state: 'conflicts',
      conflicts: [name === 'Payments' ? buffer('15%', '30%') : buffer('20%', '25%')],
    }));
    const section = await sharingSection();
    await user.click(within(section).getByRole('radio', { name: 'Keep mine: 20%' }));

    await switchTo('Payments');
    const mine = await within(section).findByRole('radio', { name: 'Keep mine: 15%' });
    expect(mine).not.toBeChecked();
    expect(within(section).getByRole('radio', { name: 'Keep theirs: 30%' })).not.toBeChecked();
    expect(within(section).getByText('0 of 1 conflict decided')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Apply decisions' })).toBeDisabled();
    expect(sync.calls).toEqual([]);
  });

  it('a token typed for one team is not kept for the team switched to', async () => {
    const { sync, user, switchTo } = await twoSharedTeams((name) => ({
      state: 'denied',
      remote: `https://gitlab.example.com/ops/${name === 'Payments' ? 'payments' : 'platform'}.git`,
    }));
    const section = await sharingSection();
    await user.click(within(section).getByRole('button', { name: 'Replace the token' }));
    await user.type(within(section).getByLabelText('New token'), 'glpat-platform-only');

    // The switch asks before the typed token goes (token-author-unsaved.test.tsx); discarded, it is not carried over.
    await switchTo('Payments');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new token?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await within(section).findByText('https://gitlab.example.com/ops/payments.git');
    expect(within(section).queryByLabelText('New token')).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Save the token and sync' })).toBeNull();
    expect(sync.calls).toEqual([]);
  });

  it('what a sync of the team left behind did is said on that team, not on the team switched to', async () => {
    const { sync, teamId, user, switchTo } = await twoSharedTeams();
    let release = () => {};
    sync.gate = new Promise((resolve) => (release = resolve));
    const section = await sharingSection();
    await user.click(within(section).getByRole('button', { name: 'Sync now' }));
    await switchTo('Payments');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Team' })).toHaveDisplayValue('Payments'));
    release();

    await switchTo('Platform SRE');
    expect(await within(section).findByText('Pulled 0 commits, pushed 0 commits.')).toBeInTheDocument();
    await switchTo('Payments');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Team' })).toHaveDisplayValue('Payments'));
    expect(within(section).queryByText('Pulled 0 commits, pushed 0 commits.')).toBeNull();
    expect(sync.calls).toEqual([`sync ${teamId}`]);
  });
});
