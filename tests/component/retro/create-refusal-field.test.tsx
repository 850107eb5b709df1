import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const GONE = 'That template no longer exists; pick another one.';

describe('the New retro dialog: a refusal that names a field', () => {
  it('shows an empty title’s refusal at the Title field, once, and keeps the dialog open', async () => {
    let teamId = '';
    const b = await renderApp('retro', async (x) => {
      teamId = (await x.api.createTeam({ name: 'Platform SRE' })).id;
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New retro' }));
    const dialog = within(screen.getByRole('dialog', { name: 'New retro' }));
    await user.clear(dialog.getByLabelText('Title'));
    await user.type(dialog.getByLabelText('Title'), '   ');
    await user.click(dialog.getByRole('button', { name: 'Start retro' }));
    const title = dialog.getByLabelText('Title');
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription('Title cannot be empty.');
    expect(dialog.getAllByText('Title cannot be empty.')).toHaveLength(1);
    await waitFor(() => expect(title).toHaveFocus());
    expect(b.store.snapshot().teams.find((t) => t.id === teamId)!.retros).toEqual([]);
  });

  it('shows a template deleted in another window at the Template field', async () => {
    let teamId = '';
    let templateId = '';
    const b = await renderApp('retro', async (x) => {
      teamId = (await x.api.createTeam({ name: 'Platform SRE' })).id;
      const saved = await x.api.saveRetroTemplate({
        teamId,
        name: 'Pager week',
        columns: [{ id: 'pages', title: 'Pages', prompt: '' }],
      });
      templateId = saved.id;
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New retro' }));
    const dialog = within(screen.getByRole('dialog', { name: 'New retro' }));
    await user.selectOptions(dialog.getByLabelText('Template'), dialog.getByRole('option', { name: /^Pager week/ }));
    await b.api.deleteRetroTemplate({ teamId, templateId });
    await user.click(dialog.getByRole('button', { name: 'Start retro' }));
    const template = dialog.getByLabelText('Template');
    await waitFor(() => expect(template).toHaveAccessibleDescription(GONE));
    expect(template).toHaveAttribute('aria-invalid', 'true');
    expect(dialog.getAllByText(GONE)).toHaveLength(1);
  });
});
