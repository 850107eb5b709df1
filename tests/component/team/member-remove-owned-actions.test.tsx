import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

const action = (text: string, ownerId: string) => ({
  text,
  ownerId,
  dueDate: null,
  type: 'process' as const,
  ticketKey: '',
  sourceId: null,
});

describe('Removing someone who owns retro actions and blockers', () => {
  it('names their open retro actions and open blockers, which keep them as owner shown as “Former member”', async () => {
    const user = userEvent.setup();
    let teamId = '';
    let anaId = '';
    const backend = await renderApp('team', async ({ api, store }) => {
      teamId = (await api.createTeam({ name: 'Ops' })).id;
      const ana = await api.addMember({
        teamId,
        member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: false },
      });
      anaId = ana.id;
      const retro = await api.createRetro({
        teamId,
        kind: 'retro',
        title: 'Retro — Sprint 6',
        sprintId: null,
        templateId: 'mad-sad-glad',
        incident: null,
      });
      for (const text of ['Add runbook links', 'Page less at night'])
        await api.addRetroAction({ teamId, retroId: retro.id, action: action(text, ana.id) });
      // One of the two is done already: it is not counted.
      await store.mutate({ teamId }, (d) => {
        d.teams[0]!.retros[0]!.actions[1]!.status = 'done';
      });
      for (const text of ['Vendor VPN down', 'Waiting on firewall change', 'Old quota'])
        await api.raiseBlocker({ teamId, text, ownerId: ana.id });
      const resolved = store.snapshot().teams[0]!.blockers.find((b) => b.text === 'Old quota')!;
      await api.resolveBlocker({ teamId, blockerId: resolved.id });
    });

    await user.click(await screen.findByRole('button', { name: 'Remove Ana' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Ana?' });
    expect(dialog).toHaveTextContent(
      'Ana will no longer count toward capacity or appear in standups. 1 open retro action is still theirs: its owner reads “Former member” until you pick another on Retro, in the Actions phase of the retro it came from. 2 open blockers are still theirs: their owner reads “Former member” until you pick another on Standup → Standup timer.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    const team = () => backend.store.snapshot().teams.find((t) => t.id === teamId)!;
    await waitFor(() => expect(team().members).toEqual([]));
    // As the message says: they stay theirs, and the Standup shows them with “Former member” to hand on.
    expect(team().retros[0]!.actions.map((a) => a.ownerId)).toEqual([anaId, anaId]);
    expect(team().blockers.map((b) => b.ownerId)).toEqual([anaId, anaId, anaId]);
    await user.click(screen.getByRole('link', { name: 'Standup' }));
    await user.click(await screen.findByRole('tab', { name: 'Standup timer' }));
    const owner = await screen.findByRole('combobox', { name: 'Owner of Vendor VPN down' });
    expect(within(owner).getByRole('option', { name: 'Former member', selected: true })).toBeInTheDocument();
  });
});
