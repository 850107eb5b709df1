import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { status } from './fake-sync';
import { openWithTeam } from './seed';

vi.setConfig({ testTimeout: 40_000 });

const header = () => within(screen.getByRole('banner'));

describe("The header's sync button", () => {
  it('says it opens Sharing, shows the state, and announces a change of state', async () => {
    const { teamId, emit, user } = await openWithTeam('backlog', (s, id) => void s.put(id, status(id)));
    const button = await header().findByRole('button', { name: 'Open Sharing: In sync' });
    expect(button).toHaveTextContent('In sync');
    expect(header().getByRole('status')).toHaveTextContent('Sharing: In sync');

    emit({ type: 'sync', status: status(teamId, { state: 'conflicts', conflicts: [] }) });
    expect(header().getByRole('button', { name: 'Open Sharing: Needs a decision' })).toBeInTheDocument();
    expect(header().getByRole('status')).toHaveTextContent('Sharing: Needs a decision');

    await user.click(header().getByRole('button', { name: 'Open Sharing: Needs a decision' }));
    await screen.findByRole('heading', { name: 'Data & backups', level: 2 });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sharing', level: 3 })).toHaveFocus());
  });
});
