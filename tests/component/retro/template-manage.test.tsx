import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const template = (name: string, title: string) => ({
  id: crypto.randomUUID(),
  name,
  columns: [{ id: 'c1', title, prompt: '' }],
  createdAt: '2026-11-01T09:00:00.000Z',
});

async function renderTemplates() {
  const backend = await renderApp('retro', async (b) => {
    const team = await b.api.createTeam({ name: 'Platform SRE' });
    await b.store.mutate({ teamId: team.id }, (d) => {
      d.teams[0]!.retroTemplates.push(template('Hot air balloon', 'Hot air'), template('Speedboat', 'Engine'));
    });
  });
  return () => backend.store.snapshot().teams[0]!.retroTemplates.map((t) => t.name);
}

describe('team templates', () => {
  it('asks before deleting a template, and the focus stays in the list', async () => {
    const names = await renderTemplates();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete template Hot air balloon' }));
    const ask = await screen.findByRole('dialog', { name: 'Delete the template “Hot air balloon”?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(names()).toEqual(['Hot air balloon', 'Speedboat']);

    await user.click(screen.getByRole('button', { name: 'Delete template Hot air balloon' }));
    const again = await screen.findByRole('dialog', { name: 'Delete the template “Hot air balloon”?' });
    await user.click(within(again).getByRole('button', { name: 'Delete template' }));
    await waitFor(() => expect(names()).toEqual(['Speedboat']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete template Speedboat' })).toHaveFocus());
  });

  it('moves the focus to the column that takes the place of a removed one', async () => {
    await renderTemplates();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Column 1 title'), 'Wind');
    await user.click(screen.getByRole('button', { name: 'Add column' }));
    await user.type(screen.getByLabelText('Column 2 title'), 'Anchors');
    await user.click(screen.getByRole('button', { name: 'Remove column 2' }));
    await waitFor(() => expect(screen.getByLabelText('Column 1 title')).toHaveFocus());
    expect(screen.getByLabelText('Column 1 title')).toHaveValue('Wind');
  });
});

describe('team templates: the columns', () => {
  it('keeps Add column focusable at 6 columns and says why it adds no more', async () => {
    await renderTemplates();
    const user = userEvent.setup();
    const add = await screen.findByRole('button', { name: 'Add column' });
    add.focus();
    for (let i = 0; i < 5; i++) await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Column 6 title')).toBeInTheDocument();
    expect(add).toHaveFocus();
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('A template has at most 6 columns.');
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('Column 7 title')).toBeNull();
    expect(add).toHaveFocus();
  });

  it('names the column left blank or named twice, marks its field, and saves nothing', async () => {
    const names = await renderTemplates();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Template name'), 'Sailboat, short');
    await user.click(screen.getByRole('button', { name: 'Add column' }));
    await user.click(screen.getByRole('button', { name: 'Add column' }));
    await user.type(screen.getByLabelText('Column 1 title'), 'Wind');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(screen.getByLabelText('Column 2 title')).toHaveAccessibleDescription('Column 2 title cannot be empty.');
    expect(screen.getByLabelText('Column 3 title')).toHaveAccessibleDescription('Column 3 title cannot be empty.');
    expect(screen.getByLabelText('Column 2 title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Column 1 title')).toHaveAttribute('aria-invalid', 'false');
    await waitFor(() => expect(screen.getByLabelText('Column 2 title')).toHaveFocus());

    await user.type(screen.getByLabelText('Column 2 title'), 'Anchors');
    await user.type(screen.getByLabelText('Column 3 title'), ' wind ');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(screen.getByLabelText('Column 3 title')).toHaveAccessibleDescription(
      "Column 3 title “wind” is also column 1's: give each column a title of its own.",
    );
    expect(screen.getByLabelText('Column 3 title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Column 2 title')).toHaveAttribute('aria-invalid', 'false');
    expect(names()).toEqual(['Hot air balloon', 'Speedboat']);
  });

  it('marks a blank template name with its message, beside the columns it also judges', async () => {
    await renderTemplates();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save template' }));
    const name = screen.getByLabelText('Template name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Give the template a name.');
    expect(screen.getByLabelText('Column 1 title')).toHaveAccessibleDescription('Column 1 title cannot be empty.');
    await waitFor(() => expect(name).toHaveFocus());
    await user.type(name, 'Sailboat, short');
    expect(name).toHaveAttribute('aria-invalid', 'false');
  });
});

describe('team templates: a name already taken', () => {
  it('marks the name field with why (a built-in or a saved template has it), and saves nothing', async () => {
    const names = await renderTemplates();
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Template name');
    await user.type(name, ' speedboat');
    await user.type(screen.getByLabelText('Column 1 title'), 'Engine');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('A template called “Speedboat” already exists; pick another name.');
    await waitFor(() => expect(name).toHaveFocus());

    await user.clear(name);
    await user.type(name, 'Sailboat');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(name).toHaveAccessibleDescription('“Sailboat” is the name of a built-in template; pick another name.');
    expect(names()).toEqual(['Hot air balloon', 'Speedboat']);
  });
});
