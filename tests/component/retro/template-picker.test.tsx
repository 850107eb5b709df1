import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('templates with the same name', () => {
  it('refuses a built-in name in the form, keeping what was typed', async () => {
    await renderApp('retro', async (b) => {
      await b.api.createTeam({ name: 'Platform SRE' });
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Template name'), ' OPS retro');
    await user.type(screen.getByLabelText('Column 1 title'), 'Toil');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(
      await screen.findByText('“Ops retro” is the name of a built-in template; pick another name.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Template name')).toHaveValue(' OPS retro');
    expect(screen.getByLabelText('Column 1 title')).toHaveValue('Toil');
  });

  it('tells a team template saved under a built-in’s name apart from the built-in in the picker', async () => {
    await renderApp('retro', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      // Saved before such names were refused (or brought in by a sync from another machine).
      await b.store.mutate({ teamId: team.id }, (d) => {
        d.teams[0]!.retroTemplates.push({
          id: crypto.randomUUID(),
          name: 'Ops retro',
          columns: [{ id: 'c1', title: 'Toil', prompt: '' }],
          createdAt: '2026-11-01T09:00:00.000Z',
        });
      });
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New retro' }));
    const select = within(screen.getByRole('dialog', { name: 'New retro' })).getByLabelText('Template');
    const builtIn = within(select).getByRole('group', { name: 'Built-in templates' });
    const own = within(select).getByRole('group', { name: 'Team templates' });
    expect(within(builtIn).getByRole('option', { name: /^Ops retro \(Interrupts/ })).toBeInTheDocument();
    expect(within(own).getByRole('option', { name: 'Ops retro (Toil)' })).toBeInTheDocument();
  });
});
