import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sprint } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

async function renderTwoSprints() {
  return renderApp('retro', async (b) => {
    const team = await b.api.createTeam({ name: 'Platform SRE' });
    await b.store.mutate({ teamId: team.id }, (d) => {
      d.teams[0]!.sprints.push(
        sprint({ name: 'Sprint 6', startDate: '2026-10-19', endDate: '2026-10-30', state: 'closed' }),
        sprint({ name: 'Sprint 7', startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' }),
      );
    });
  });
}

describe('new retro title', () => {
  it('names the sprint picked, not the one first proposed', async () => {
    const b = await renderTwoSprints();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New retro' }));
    const dialog = within(screen.getByRole('dialog', { name: 'New retro' }));
    expect(dialog.getByLabelText('Title')).toHaveValue('Retro — Sprint 7');
    await user.selectOptions(dialog.getByLabelText('Sprint'), dialog.getByRole('option', { name: /^Sprint 6/ }));
    expect(dialog.getByLabelText('Title')).toHaveValue('Retro — Sprint 6');
    await user.selectOptions(dialog.getByLabelText('Sprint'), 'No sprint');
    expect(dialog.getByLabelText('Title')).toHaveValue('Retro');
    await user.click(dialog.getByRole('button', { name: 'Start retro' }));
    await screen.findByRole('heading', { level: 2, name: 'Retro' });
    expect(b.store.snapshot().teams[0]!.retros[0]).toMatchObject({ title: 'Retro', sprintId: null });
  });

  it('keeps a title the facilitator typed when the sprint changes', async () => {
    await renderTwoSprints();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New retro' }));
    const dialog = within(screen.getByRole('dialog', { name: 'New retro' }));
    await user.clear(dialog.getByLabelText('Title'));
    await user.type(dialog.getByLabelText('Title'), 'Q4 ops retro');
    await user.selectOptions(dialog.getByLabelText('Sprint'), dialog.getByRole('option', { name: /^Sprint 6/ }));
    expect(dialog.getByLabelText('Title')).toHaveValue('Q4 ops retro');
  });
});
