import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { conflict, status } from './fake-sync';
import { openWithTeam, sharingSection } from './seed';

vi.setConfig({ testTimeout: 40_000 });

const CONFLICTS = [
  conflict('items/itm-1/title', 'Item “Rotate certs”', 'Title', 'Rotate TLS certs', 'Rotate certs on the edge'),
  conflict('items/itm-2/points', 'Item “Patch kernel”', 'Points', '5', '8'),
];
const NOTES = ['“Upgrade Postgres” was deleted on the other machine and came back with your edit.'];

/** The Data screen with the open team waiting on the two conflicts above. */
const withConflicts = () =>
  openWithTeam('data', (s, id) => {
    s.put(id, status(id, { state: 'conflicts', conflicts: CONFLICTS, notes: NOTES }));
  });

/** axe-core on jsdom: everything but what needs layout (contrast and target size are checked in e2e). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('Conflicts', () => {
  it('lists each conflict with both values and applies the decisions once each is made', async () => {
    const { sync, teamId, user } = await withConflicts();
    const section = await sharingSection();
    const region = within(section).getByRole('region', { name: 'Conflicts' });
    expect(screen.getByRole('button', { name: 'Open Sharing: Needs a decision' })).toBeInTheDocument();
    expect(within(section).getByRole('region', { name: 'From the last merge' })).toHaveTextContent(NOTES[0]!);

    const title = within(region).getByRole('group', { name: 'Item “Rotate certs”: Title' });
    const points = within(region).getByRole('group', { name: 'Item “Patch kernel”: Points' });
    expect(within(title).getByRole('radio', { name: 'Keep mine: Rotate TLS certs' })).not.toBeChecked();
    expect(within(title).getByRole('radio', { name: 'Keep theirs: Rotate certs on the edge' })).toBeInTheDocument();
    const apply = within(region).getByRole('button', { name: 'Apply decisions' });
    expect(apply).toBeDisabled();

    await user.click(within(title).getByRole('radio', { name: 'Keep theirs: Rotate certs on the edge' }));
    expect(within(region).getByText('1 of 2 conflicts decided')).toBeInTheDocument();
    expect(apply).toBeDisabled();
    // The keyboard reaches and decides the second one: Tab into the group, arrows between the two choices.
    await user.tab();
    expect(within(points).getByRole('radio', { name: 'Keep mine: 5' })).toHaveFocus();
    await user.keyboard(' ');
    expect(within(points).getByRole('radio', { name: 'Keep mine: 5' })).toBeChecked();
    expect(apply).toBeEnabled();
    expect(await violations()).toEqual([]);

    await user.click(apply);
    const result = await within(section).findByText('Decisions applied. Pulled 1 commit, pushed 1 commit.');
    await waitFor(() => expect(result).toHaveFocus());
    expect(sync.calls).toEqual([
      `resolve ${teamId} [{"key":"items/itm-1/title","keep":"theirs"},{"key":"items/itm-2/points","keep":"mine"}]`,
    ]);
    expect(within(section).queryByRole('region', { name: 'Conflicts' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open Sharing: In sync' })).toBeInTheDocument();
  });

  it('keeps the conflicts, the choices and the focus while the decisions are applied', async () => {
    const { sync, teamId, emit, user } = await withConflicts();
    const region = within(await sharingSection()).getByRole('region', { name: 'Conflicts' });
    await user.click(within(region).getByRole('radio', { name: 'Keep mine: Rotate TLS certs' }));
    await user.click(within(region).getByRole('radio', { name: 'Keep theirs: 8' }));
    let release = () => {};
    sync.gate = new Promise((resolve) => (release = resolve));
    const apply = within(region).getByRole('button', { name: 'Apply decisions' });
    await user.click(apply);
    // The host says it is syncing (the conflicts still open) while it merges.
    emit({ type: 'sync', status: status(teamId, { state: 'syncing', conflicts: CONFLICTS }) });
    expect(screen.getByRole('button', { name: 'Open Sharing: Syncing…' })).toBeInTheDocument();
    expect(within(region).getByRole('radio', { name: 'Keep mine: Rotate TLS certs' })).toBeChecked();
    expect(apply).toHaveFocus();
    release();
    expect(await screen.findByText('Decisions applied. Pulled 1 commit, pushed 1 commit.')).toBeInTheDocument();
  });

  it('keeps the choices and says why when applying is refused', async () => {
    const { sync, user } = await withConflicts();
    const region = within(await sharingSection()).getByRole('region', { name: 'Conflicts' });
    await user.click(within(region).getByRole('radio', { name: 'Keep mine: Rotate TLS certs' }));
    await user.click(within(region).getByRole('radio', { name: 'Keep theirs: 8' }));
    sync.refuseNext('resolve', 'Cannot reach gitlab.example.com. Your decisions were not applied; try again.');
    await user.click(within(region).getByRole('button', { name: 'Apply decisions' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'Cannot reach gitlab.example.com. Your decisions were not applied; try again.',
    );
    expect(within(region).getByRole('radio', { name: 'Keep mine: Rotate TLS certs' })).toBeChecked();
    expect(within(region).getByRole('radio', { name: 'Keep theirs: 8' })).toBeChecked();
    expect(within(region).getByRole('button', { name: 'Apply decisions' })).toBeEnabled();
  });

  it('says the decisions were not applied when the remote cannot be reached, and keeps the choices', async () => {
    const { sync, user } = await withConflicts();
    const unreachable = 'Cannot reach /srv/git/platform.git: Could not resolve host.';
    // As the host answers: the sync stopped at the fetch, merged nothing, and the conflicts still wait.
    sync.resolve = async (teamId) => {
      const s = sync.put(teamId, { state: 'offline', message: unreachable });
      return { status: s, pulled: 0, pushed: 0, conflicts: 0 };
    };
    const section = await sharingSection();
    const region = within(section).getByRole('region', { name: 'Conflicts' });
    await user.click(within(region).getByRole('radio', { name: 'Keep theirs: Rotate certs on the edge' }));
    await user.click(within(region).getByRole('radio', { name: 'Keep mine: 5' }));
    await user.click(within(region).getByRole('button', { name: 'Apply decisions' }));

    const result = await within(section).findByText(/^Decisions not applied/);
    expect(result).toHaveTextContent(
      `Decisions not applied: nothing was merged. ${unreachable} Your changes wait here. Your choices are kept below; apply them again once the remote can be used.`,
    );
    await waitFor(() => expect(result).toHaveFocus());
    expect(within(region).getByRole('radio', { name: 'Keep theirs: Rotate certs on the edge' })).toBeChecked();
    expect(within(region).getByRole('radio', { name: 'Keep mine: 5' })).toBeChecked();
    expect(within(region).getByRole('button', { name: 'Apply decisions' })).toBeEnabled();
  });

  it('picks one side for every conflict at once, each still changeable', async () => {
    const { sync, teamId, user } = await withConflicts();
    const region = within(await sharingSection()).getByRole('region', { name: 'Conflicts' });
    await user.click(within(region).getByRole('button', { name: 'Keep theirs for all' }));
    expect(within(region).getByRole('radio', { name: 'Keep theirs: Rotate certs on the edge' })).toBeChecked();
    expect(within(region).getByRole('radio', { name: 'Keep theirs: 8' })).toBeChecked();
    await user.click(within(region).getByRole('radio', { name: 'Keep mine: 5' }));
    await user.click(within(region).getByRole('button', { name: 'Apply decisions' }));
    await screen.findByText(/^Decisions applied\./);
    expect(sync.calls).toEqual([
      `resolve ${teamId} [{"key":"items/itm-1/title","keep":"theirs"},{"key":"items/itm-2/points","keep":"mine"}]`,
    ]);
  });

  it('a sync that finds conflicts says so and lists them', async () => {
    const { sync, user } = await openWithTeam('data', (s, id) => void s.put(id, status(id)));
    sync.onSync = async (id) => {
      sync.put(id, { state: 'conflicts', conflicts: [CONFLICTS[1]!] });
      return { pulled: 1 };
    };
    const section = await sharingSection();
    await user.click(within(section).getByRole('button', { name: 'Sync now' }));
    expect(
      await within(section).findByText(
        '1 change on both machines needs a decision (below). Nothing is merged or sent for this team until then; your changes keep saving here.',
      ),
    ).toBeInTheDocument();
    const region = within(section).getByRole('region', { name: 'Conflicts' });
    expect(within(region).getByRole('group', { name: 'Item “Patch kernel”: Points' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Sharing: Needs a decision' })).toBeInTheDocument();
  });
});
