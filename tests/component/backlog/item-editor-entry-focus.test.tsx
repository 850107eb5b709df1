import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** The item editor opened on a new item of a team, as the facilitator does it from the backlog. */
async function openEditor() {
  const user = userEvent.setup();
  await renderApp('backlog', async ({ api }: InProcessApi) => {
    await api.createTeam({ name: 'Ops' });
  });
  await user.click(await screen.findByRole('button', { name: 'New item' }));
  return { user, dialog: within(await screen.findByRole('dialog', { name: 'New item' })) };
}

describe('item editor: adding and removing criteria and links from the keyboard', () => {
  it('puts the focus in the criterion or link just added, ready to type', async () => {
    const { user, dialog } = await openEditor();
    await user.click(dialog.getByRole('button', { name: 'Add criterion' }));
    expect(dialog.getByLabelText('Acceptance criterion 1')).toHaveFocus();
    await user.keyboard('Alert fires within 5 minutes');
    await user.click(dialog.getByRole('button', { name: 'Add link' }));
    expect(dialog.getByLabelText('Link 1 address or ticket key')).toHaveFocus();
  });

  it('after Remove, puts the focus on the entry that took its place, else the one before, else Add', async () => {
    const { user, dialog } = await openEditor();
    for (const text of ['First', 'Second', 'Third']) {
      await user.click(dialog.getByRole('button', { name: 'Add criterion' }));
      await user.type(
        dialog.getByLabelText(`Acceptance criterion ${dialog.getAllByLabelText(/^Acceptance criterion \d/).length}`),
        text,
      );
    }
    await user.click(dialog.getByRole('button', { name: 'Remove criterion 2' }));
    // The third is now the second, and has the focus: not the Title at the top of the dialog.
    expect(dialog.getByLabelText('Acceptance criterion 2')).toHaveValue('Third');
    expect(dialog.getByLabelText('Acceptance criterion 2')).toHaveFocus();
    await user.click(dialog.getByRole('button', { name: 'Remove criterion 2' }));
    expect(dialog.getByLabelText('Acceptance criterion 1')).toHaveFocus();
    await user.click(dialog.getByRole('button', { name: 'Remove criterion 1' }));
    expect(dialog.getByRole('button', { name: 'Add criterion' })).toHaveFocus();

    await user.click(dialog.getByRole('button', { name: 'Add link' }));
    await user.click(dialog.getByRole('button', { name: 'Remove link 1' }));
    expect(dialog.getByRole('button', { name: 'Add link' })).toHaveFocus();
  });
});
