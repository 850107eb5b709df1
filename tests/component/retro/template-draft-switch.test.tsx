import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('a template draft, then another team opened', () => {
  it('is never saved into the team opened next, and waits for its own team', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('retro', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
      await api.createTeam({ name: 'Network' });
    });
    const templatesOf = (name: string) =>
      backend.store
        .snapshot()
        .teams.find((t) => t.name === name)!
        .retroTemplates.map((t) => t.name);
    const teamPicker = await screen.findByRole('combobox', { name: 'Team' });
    await waitFor(() => expect(teamPicker).toHaveDisplayValue('Ops'));
    await user.type(await screen.findByLabelText('Template name'), 'Pager week');
    await user.type(screen.getByLabelText('Column 1 title'), 'Wind');

    await user.selectOptions(teamPicker, 'Network');
    await waitFor(() => expect(teamPicker).toHaveDisplayValue('Network'));
    // Network shows its own, empty form: nothing typed for Ops is offered to it.
    await waitFor(() => expect(screen.getByLabelText('Template name')).toHaveValue(''));
    expect(screen.getByLabelText('Column 1 title')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(screen.getByLabelText('Template name')).toHaveAccessibleDescription('Give the template a name.');
    expect(templatesOf('Network')).toEqual([]);

    // Back on Ops, the draft is there to save, into Ops.
    await user.selectOptions(teamPicker, 'Ops');
    await waitFor(() => expect(screen.getByLabelText('Template name')).toHaveValue('Pager week'));
    expect(screen.getByLabelText('Column 1 title')).toHaveValue('Wind');
    // Its messages are Ops's too: Network's blank-name message does not follow.
    expect(screen.getByLabelText('Template name')).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(templatesOf('Ops')).toEqual(['Pager week']));
    expect(templatesOf('Network')).toEqual([]);
  });
});
