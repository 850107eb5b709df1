import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { retro } from '../../unit/retro/build';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const QUESTION = 'Discard your changes to the new template?';

async function renderList() {
  let teamId = '';
  const backend = await renderApp('retro', async (b) => {
    const team = await b.api.createTeam({ name: 'Platform SRE' });
    teamId = team.id;
    await b.store.mutate({ teamId }, (d) => {
      d.teams[0]!.retros.push(retro({ title: 'Retro — Sprint 6', createdAt: '2026-11-19T14:30:00.000Z' }));
    });
  });
  const team = () => backend.store.snapshot().teams.find((t) => t.id === teamId)!;
  return { backend, team };
}

describe('a team template half typed on the retro list', () => {
  it('is not dropped by opening a retro or another screen without a question', async () => {
    const s = await renderList();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Template name'), 'Pager week');
    await user.type(screen.getByLabelText('Column 1 title'), 'Wind');

    await user.click(screen.getByRole('button', { name: 'Open Retro — Sprint 6' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: QUESTION })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(useAppStore.getState().openRetroId).toBeNull();
    expect(screen.getByLabelText('Template name')).toHaveValue('Pager week');
    expect(screen.getByLabelText('Column 1 title')).toHaveValue('Wind');

    act(() => useAppStore.getState().navigate('backlog'));
    await user.click(
      within(await screen.findByRole('dialog', { name: QUESTION })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(useAppStore.getState().screen).toBe('retro');

    await user.click(screen.getByRole('button', { name: 'Open Retro — Sprint 6' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: QUESTION })).getByRole('button', { name: 'Discard changes' }),
    );
    await screen.findByRole('heading', { level: 2, name: 'Retro — Sprint 6' });
    expect(s.team().retroTemplates).toEqual([]);
  });

  it('lets a retro open at once when nothing is typed', async () => {
    await renderList();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open Retro — Sprint 6' }));
    await screen.findByRole('heading', { level: 2, name: 'Retro — Sprint 6' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(useAppStore.getState().openRetroId).not.toBeNull());
  });
});
