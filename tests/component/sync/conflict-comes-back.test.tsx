import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { conflict, status } from './fake-sync';
import { openWithTeam, sharingSection } from './seed';

vi.setConfig({ testTimeout: 40_000 });

const TITLE = conflict('items/itm-1/title', 'Item “Rotate certs”', 'Title', 'Rotate TLS certs', 'Rotate certs');

describe('A conflict that comes back', () => {
  it('after applying the decisions, the same field in conflict again starts with nothing chosen', async () => {
    const { sync, user } = await openWithTeam('data', (s, id) => {
      s.put(id, status(id, { state: 'conflicts', conflicts: [TITLE] }));
    });
    // The other machine changed the title again meanwhile: the merge after the decision finds a new conflict there.
    const again = conflict(TITLE.key, TITLE.entity, TITLE.field, 'Rotate TLS certs', 'Rotate all certs');
    sync.resolve = async (teamId) => ({
      status: sync.put(teamId, { state: 'conflicts', conflicts: [again] }),
      pulled: 1,
      pushed: 0,
      conflicts: 1,
    });
    const region = within(await sharingSection()).getByRole('region', { name: 'Conflicts' });
    await user.click(within(region).getByRole('radio', { name: 'Keep mine: Rotate TLS certs' }));
    await user.click(within(region).getByRole('button', { name: 'Apply decisions' }));

    expect(await within(region).findByRole('radio', { name: 'Keep theirs: Rotate all certs' })).not.toBeChecked();
    expect(within(region).getByRole('radio', { name: 'Keep mine: Rotate TLS certs' })).not.toBeChecked();
    expect(within(region).getByText('0 of 1 conflict decided')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Apply decisions' })).toBeDisabled();
  });

  it('a background sync that changes a conflict’s values drops the choice made for the old ones', async () => {
    const { teamId, emit, user } = await openWithTeam('data', (s, id) => {
      s.put(id, status(id, { state: 'conflicts', conflicts: [TITLE] }));
    });
    const region = within(await sharingSection()).getByRole('region', { name: 'Conflicts' });
    await user.click(within(region).getByRole('radio', { name: 'Keep theirs: Rotate certs' }));
    const again = conflict(TITLE.key, TITLE.entity, TITLE.field, 'Rotate TLS certs', 'Rotate all certs');
    emit({ type: 'sync', status: status(teamId, { state: 'conflicts', conflicts: [again] }) });

    expect(await within(region).findByRole('radio', { name: 'Keep theirs: Rotate all certs' })).not.toBeChecked();
    expect(within(region).getByText('0 of 1 conflict decided')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Sharing: Needs a decision' })).toBeInTheDocument();
  });
});
