import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import type { CadenceApi } from '../../../src/api/contract';
import { renderApp } from '../render-app';

describe('Team screen', () => {
  it('creates a team, adds a member and saves it to the data file', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team');
    expect(await screen.findByText(/No team yet. Name your first team/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Team name'), 'Platform SRE');
    await user.click(screen.getByRole('button', { name: 'Create team' }));
    expect(await screen.findByRole('heading', { name: 'Members of Platform SRE' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Asha');
    await user.type(screen.getByLabelText('Role'), 'DBA');
    await user.clear(screen.getByLabelText('Hours per day'));
    await user.type(screen.getByLabelText('Hours per day'), '3');
    await user.click(screen.getByLabelText('Takes on-call shifts'));
    await user.click(screen.getByRole('button', { name: 'Add member' }));

    const row = await screen.findByRole('row', { name: /Asha/ });
    expect(within(row).getByText('DBA')).toBeInTheDocument();
    const saved = backend.store.snapshot().teams[0] as TeamDoc;
    expect(saved.members).toEqual([
      expect.objectContaining({ name: 'Asha', role: 'DBA', hoursPerDay: 3, takesOnCall: false }),
    ]);
  });

  it('shows form errors for bad input and saves nothing', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    await user.click(screen.getByRole('button', { name: 'Create team' }));
    expect(await screen.findByText('Team name cannot be empty.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Hours per day'));
    await user.type(screen.getByLabelText('Hours per day'), '40');
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByText('Name cannot be empty.')).toBeInTheDocument();
    expect(screen.getByText('Hours per day cannot exceed 24.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Interrupt buffer (%)'));
    await user.type(screen.getByLabelText('Interrupt buffer (%)'), '95');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Interrupt buffer must be between 0% and 90%.')).toBeInTheDocument();

    const team = backend.store.snapshot().teams[0] as TeamDoc;
    expect(team.members).toEqual([]);
    expect(team.settings.bufferPercent).toBe(20);
  });

  it('takes a field error away once the field is edited, and judges the new value on the next submit', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const hours = screen.getByLabelText('Hours per day');
    await user.clear(hours);
    await user.type(hours, '40');
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByText('Name cannot be empty.')).toBeInTheDocument();
    expect(hours).toHaveAttribute('aria-invalid', 'true');

    // Fixing the hours takes their message away at once; the name's stays, as it is still empty.
    await user.clear(hours);
    await user.type(hours, '4');
    expect(screen.queryByText('Hours per day cannot exceed 24.')).not.toBeInTheDocument();
    expect(hours).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByText('Name cannot be empty.')).toBeInTheDocument();

    // Typing a name and clearing it again: gone while edited, back (the same message) on the next submit.
    const name = screen.getByLabelText('Name');
    await user.type(name, 'A');
    expect(screen.queryByText('Name cannot be empty.')).not.toBeInTheDocument();
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByText('Name cannot be empty.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks before deleting a team and deletes only on confirmation', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
      await api.createTeam({ name: 'Network' });
    });
    await user.click(await screen.findByRole('button', { name: 'Delete Network' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Network?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(backend.store.snapshot().teams).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete Network' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete team' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Network' })).not.toBeInTheDocument());
    // Focus goes to the teams heading, not the page body.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Teams' })).toHaveFocus());
    expect(backend.store.snapshot().teams.map((t) => t.name)).toEqual(['Ops']);
  });

  it('renames the open team and edits the Definition of Ready', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await user.click(await screen.findByRole('button', { name: 'Rename Ops' }));
    const input = screen.getByLabelText('New team name');
    await user.clear(input);
    await user.type(input, 'Ops Core');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('heading', { name: 'Members of Ops Core' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Team' })).toHaveDisplayValue('Ops Core');

    await user.type(screen.getByLabelText('New Definition of Ready entry'), 'Runbook linked');
    await user.click(
      within(screen.getByRole('region', { name: 'Definition of Ready' })).getByRole('button', { name: 'Add entry' }),
    );
    await waitFor(() =>
      expect(backend.store.snapshot().teams[0]?.settings.definitionOfReady.map((e) => e.text)).toContain(
        'Runbook linked',
      ),
    );
  });

  it('keeps the focus in the Definition of Done while its entries are moved and removed by keyboard', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Ops' });
      const entries = ['Peer reviewed', 'Runbook updated', 'Alerts tuned'].map((text, i) => ({
        id: `d${i}`,
        text,
        rule: null,
      }));
      await api.updateTeamSettings({ teamId: team.id, settings: { definitionOfDone: entries } });
    });
    const done = await screen.findByRole('region', { name: 'Definition of Done' });
    const button = (name: string) => within(done).getByRole('button', { name });
    const texts = () =>
      within(done)
        .getAllByRole('listitem')
        .map((li) => li.firstElementChild?.textContent);
    await waitFor(() => expect(texts()).toEqual(['Peer reviewed', 'Runbook updated', 'Alerts tuned']));

    // Up to the top: Up is off there, so the entry's Down takes the focus.
    button('Move “Runbook updated” up').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(texts()).toEqual(['Runbook updated', 'Peer reviewed', 'Alerts tuned']));
    await waitFor(() => expect(button('Move “Runbook updated” down')).toHaveFocus());
    // Down to the bottom: its Up.
    button('Move “Peer reviewed” down').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(texts()).toEqual(['Runbook updated', 'Alerts tuned', 'Peer reviewed']));
    await waitFor(() => expect(button('Move “Peer reviewed” up')).toHaveFocus());

    // Removed: the next entry's Remove, the one before it at the end, then the field for a new entry.
    await user.click(button('Remove “Alerts tuned”'));
    await waitFor(() => expect(button('Remove “Peer reviewed”')).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(button('Remove “Runbook updated”')).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(done).getByLabelText('New Definition of Done entry')).toHaveFocus());
    expect(within(done).queryAllByRole('listitem')).toEqual([]);
  });
});

/** A team with Ana, who takes on-call, and these shifts of hers in its open Sprint 1; answers the team's id. */
async function withOnCallShifts(api: CadenceApi, shifts: readonly (readonly [string, string])[]): Promise<string> {
  const teamId = (await api.createTeam({ name: 'Platform' })).id;
  const ana = await api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
  const sprint = { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' };
  const sprintId = (await api.createSprint({ teamId, sprint })).sprints[0]!.id;
  for (const [startDate, endDate] of shifts) {
    await api.addOnCall({ teamId, sprintId, range: { memberId: ana.id, startDate, endDate } });
  }
  return teamId;
}

describe('Turning off on-call for someone with shifts', () => {
  it('says their shifts in open sprints stay and count until removed, and only while the box is unticked', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      await withOnCallShifts(api, [
        ['2026-11-02', '2026-11-04'],
        ['2026-11-09', '2026-11-11'],
      ]);
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Ana' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Ana' });
    const box = within(dialog).getByRole('checkbox', { name: 'Takes on-call shifts' });
    expect(within(dialog).queryByText(/on-call shifts in open sprints/)).toBeNull();
    await user.click(box);
    expect(box).toHaveAccessibleDescription(
      'Ana still has 2 on-call shifts in open sprints. They stay, and count against capacity, until you remove them on Planning → Calendar.',
    );
    await user.click(box);
    expect(within(dialog).queryByText(/on-call shifts in open sprints/)).toBeNull();
  });
});

describe('Removing someone with on-call shifts', () => {
  it('says before the removal that their shifts in open sprints stay on the calendar, to hand on', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      const teamId = await withOnCallShifts(api, [['2026-11-02', '2026-11-04']]);
      await api.addMember({ teamId, member: { name: 'Bo', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    });
    await user.click(await screen.findByRole('button', { name: 'Remove Ana' }));
    expect(await screen.findByRole('dialog', { name: 'Remove Ana?' })).toHaveTextContent(
      'Ana will no longer count toward capacity or appear in standups. Their 1 on-call shift still to serve stays on the calendar as “Former member”, with nobody covering it: on Planning → Calendar, remove it and add the days for whoever covers them.',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Remove Bo' }));
    expect(await screen.findByRole('dialog', { name: 'Remove Bo?' })).toHaveTextContent(
      /^Remove Bo\?Bo will no longer count toward capacity or appear in standups\.Cancel/,
    );
  });
});
