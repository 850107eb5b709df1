import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { useAppStore } from '../../../renderer/store';
import { sprint } from '../../helpers/fixtures';
import { retro } from '../../unit/retro/build';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

async function renderList() {
  let teamId = '';
  const backend = await renderApp('retro', async (b) => {
    const team = await b.api.createTeam({ name: 'Platform SRE' });
    teamId = team.id;
    await b.store.mutate({ teamId }, (d) => {
      d.teams[0]!.sprints.push(
        sprint({ name: 'Sprint 7', startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' }),
      );
    });
  });
  const team = () => backend.store.snapshot().teams.find((t) => t.id === teamId)!;
  return { backend, teamId, team };
}

describe('retro list', () => {
  it('dates each retro by the team’s day, in its time zone', async () => {
    await renderApp('retro', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      await b.store.mutate({ teamId: team.id }, (d) => {
        const t = d.teams[0]!;
        t.settings.timeZone = 'Australia/Sydney';
        // Thu 19 Nov 22:30 UTC is Fri 20 Nov 09:30 in Sydney.
        t.retros.push(retro({ title: 'Retro — Sprint 6', createdAt: '2026-11-19T22:30:00.000Z' }));
      });
    });
    const item = (await screen.findByRole('heading', { level: 3, name: 'Retro — Sprint 6' })).closest('li')!;
    expect(item).toHaveTextContent(/Retro · Fri 20 Nov( 2026)? · /);
  });

  it('starts a retro for the active sprint from a template and opens it', async () => {
    const s = await renderList();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New retro' }));
    const dialog = screen.getByRole('dialog', { name: 'New retro' });
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Retro — Sprint 7');
    await user.selectOptions(within(dialog).getByLabelText('Template'), 'sailboat');
    await user.click(within(dialog).getByRole('button', { name: 'Start retro' }));
    await screen.findByRole('heading', { level: 2, name: 'Retro — Sprint 7' });
    expect(s.team().retros[0]).toMatchObject({ templateName: 'Sailboat', sprintId: s.team().sprints[0]!.id });
    expect(screen.getByRole('heading', { level: 3, name: 'Check-in' })).toBeInTheDocument();
  });

  it('saves a team template with up to 6 columns and offers it for new retros', async () => {
    const s = await renderList();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Template name'), 'Hot air balloon');
    await user.type(screen.getByLabelText('Column 1 title'), 'Hot air');
    await user.click(screen.getByRole('button', { name: 'Add column' }));
    await user.type(screen.getByLabelText('Column 2 title'), 'Sandbags');
    await user.type(screen.getByLabelText('Column 2 prompt'), 'What weighs us down?');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByRole('button', { name: 'Delete template Hot air balloon' });
    expect(s.team().retroTemplates[0]?.columns.map((c) => c.title)).toEqual(['Hot air', 'Sandbags']);
    // The form starts again at one column; it stops at six.
    for (let i = 1; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Add column' }));
    expect(screen.getByRole('button', { name: 'Add column' })).toHaveAttribute('aria-disabled', 'true');
    await user.type(screen.getByLabelText('Template name'), 'Broken');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Column 1 title cannot be empty.')).toBeInTheDocument();
    expect(s.team().retroTemplates).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'New retro' }));
    const select = within(screen.getByRole('dialog', { name: 'New retro' })).getByLabelText('Template');
    expect(within(select).getByRole('option', { name: 'Hot air balloon (Hot air, Sandbags)' })).toBeInTheDocument();
  });

  it('refuses a malformed JSON import with the reason and imports a good one', async () => {
    const s = await renderList();
    const user = userEvent.setup();
    const input = await screen.findByLabelText('Import retro (JSON)');
    await user.upload(
      input,
      new File(['{"format":"cadence-retro","version":1'], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('The file is not valid JSON, so it cannot be a retro export.')).toBeInTheDocument();
    expect(s.team().retros).toEqual([]);

    const r = await s.backend.api.createRetro({
      teamId: s.teamId,
      kind: 'retro',
      title: 'Old retro',
      sprintId: null,
      templateId: 'ops',
      incident: null,
    });
    const json = retroToJson(r, null, '2026-11-20T12:00:00.000Z', String);
    await s.backend.api.deleteRetro({ teamId: s.teamId, retroId: r.id });
    await user.upload(input, new File([json], 'good.json', { type: 'application/json' }));
    await screen.findByRole('button', { name: 'Open Old retro' });
    await waitFor(() => expect(s.team().retros.map((x) => x.title)).toEqual(['Old retro']));
    expect(useAppStore.getState().team?.retros).toHaveLength(1);
  });

  it('says, when a retro is imported, how many owners matched this team’s members by name and how many are unassigned', async () => {
    const s = await renderList();
    await s.backend.api.addMember({ teamId: s.teamId, member: { name: 'Asha Patel' } });
    const owned = (id: string, ownerId: string) => ({
      id,
      text: `Action ${id}`,
      ownerId,
      dueDate: null,
      type: 'prevent' as const,
      ticketKey: '',
      sourceId: null,
      status: 'open' as const,
      reviews: [],
      createdAt: '2026-11-20T11:00:00.000Z',
    });
    const r = retro({ title: 'Retro elsewhere', actions: [owned('a1', 'p-asha'), owned('a2', 'p-zoe')] });
    const names: Record<string, string> = { 'p-asha': 'asha patel ', 'p-zoe': 'Zoe Quist' };
    const json = retroToJson(r, null, '2026-11-20T12:00:00.000Z', (id) => names[id] ?? 'Former member');
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText('Import retro (JSON)'),
      new File([json], 'elsewhere.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'Imported “Retro elsewhere”. Action owners: 1 matched to a member of this team, 1 left unassigned.',
      ),
    ).toBeInTheDocument();
    const asha = s.team().members[0]!;
    expect(s.team().retros[0]?.actions.map((a) => a.ownerId)).toEqual([asha.id, null]);
  });
});
