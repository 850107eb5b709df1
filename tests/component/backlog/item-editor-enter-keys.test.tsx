import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GLOBAL_SHORTCUTS } from '../../../renderer/app/ShortcutsHelp';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** The item editor opened on a new item of a team, as the facilitator does it from the backlog. */
async function openEditor() {
  const user = userEvent.setup();
  const backend = await renderApp('backlog', async ({ api }: InProcessApi) => {
    await api.createTeam({ name: 'Ops' });
  });
  await user.click(await screen.findByRole('button', { name: 'New item' }));
  const dialog = await screen.findByRole('dialog', { name: 'New item' });
  return { user, backend, dialog, inDialog: within(dialog) };
}

const storedItems = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items ?? [];

describe('item editor: Enter in a list entry adds the next one, Ctrl+Enter saves', () => {
  it('Enter in a criterion adds the next criterion below it, focused, and keeps the editor open', async () => {
    const { user, backend, dialog, inDialog } = await openEditor();
    await user.type(inDialog.getByLabelText('Title'), 'Tune disk alerts');
    await user.click(inDialog.getByRole('button', { name: 'Add criterion' }));
    await user.keyboard('Alert fires at 90%{Enter}');

    expect(dialog).toBeInTheDocument();
    expect(inDialog.getByLabelText('Acceptance criterion 2')).toHaveFocus();
    await user.keyboard('Runbook linked{Enter}Paged on call');
    // Enter in the first adds the new one right after it, not at the end of the list.
    await user.click(inDialog.getByLabelText('Acceptance criterion 1'));
    await user.keyboard('{End}{Enter}');
    expect(inDialog.getByLabelText('Acceptance criterion 2')).toHaveFocus();
    expect(inDialog.getByLabelText('Acceptance criterion 2')).toHaveValue('');
    expect(
      inDialog.getAllByLabelText(/^Acceptance criterion \d+$/).map((field) => (field as HTMLInputElement).value),
    ).toEqual(['Alert fires at 90%', '', 'Runbook linked', 'Paged on call']);
    expect(storedItems(backend)).toEqual([]);
  });

  it('Enter in a blank criterion adds no second blank one', async () => {
    const { user, inDialog } = await openEditor();
    await user.click(inDialog.getByRole('button', { name: 'Add criterion' }));
    await user.keyboard('{Enter}');
    expect(inDialog.getAllByLabelText(/^Acceptance criterion \d+$/)).toHaveLength(1);
    expect(inDialog.getByLabelText('Acceptance criterion 1')).toHaveFocus();
  });

  it('Enter before a blank criterion goes to it rather than adding a second blank one', async () => {
    const { user, inDialog } = await openEditor();
    await user.click(inDialog.getByRole('button', { name: 'Add criterion' }));
    await user.keyboard('Alert fires at 90%');
    await user.click(inDialog.getByRole('button', { name: 'Add criterion' }));
    await user.click(inDialog.getByLabelText('Acceptance criterion 1'));
    await user.keyboard('{Enter}');
    expect(inDialog.getAllByLabelText(/^Acceptance criterion \d+$/)).toHaveLength(2);
    expect(inDialog.getByLabelText('Acceptance criterion 2')).toHaveFocus();
  });

  it('Enter in a link adds the next link of the same kind, focused', async () => {
    const { user, dialog, inDialog } = await openEditor();
    await user.click(inDialog.getByRole('button', { name: 'Add link' }));
    await user.selectOptions(inDialog.getByLabelText('Link 1 kind'), 'ticket');
    await user.type(inDialog.getByLabelText('Link 1 address or ticket key'), 'OPS-1{Enter}');

    expect(dialog).toBeInTheDocument();
    expect(inDialog.getByLabelText('Link 2 address or ticket key')).toHaveFocus();
    expect(inDialog.getByLabelText('Link 2 kind')).toHaveValue('ticket');
  });

  it('Ctrl+Enter in a criterion saves the item with its criteria', async () => {
    const { user, backend, inDialog } = await openEditor();
    await user.type(inDialog.getByLabelText('Title'), 'Tune disk alerts');
    await user.click(inDialog.getByRole('button', { name: 'Add criterion' }));
    await user.keyboard('Alert fires at 90%{Enter}Runbook linked{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New item' })).not.toBeInTheDocument());
    expect(storedItems(backend).map((item) => item.acceptanceCriteria.map((c) => c.text))).toEqual([
      ['Alert fires at 90%', 'Runbook linked'],
    ]);
  });

  it('Ctrl+Enter in the description saves too, without adding a line', async () => {
    const { user, backend, inDialog } = await openEditor();
    await user.type(inDialog.getByLabelText('Title'), 'Tune disk alerts');
    await user.type(inDialog.getByLabelText('Description (Markdown)'), 'Too noisy at night');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New item' })).not.toBeInTheDocument());
    expect(storedItems(backend).map((item) => item.description)).toEqual(['Too noisy at night']);
  });

  it('says so on screen and in the keyboard shortcuts list', async () => {
    const { inDialog } = await openEditor();
    expect(inDialog.getByRole('group', { name: 'Acceptance criteria' })).toHaveTextContent(
      /Enter adds the next criterion/,
    );
    expect(GLOBAL_SHORTCUTS).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ keys: expect.stringMatching(/Ctrl\+Enter/), what: expect.stringMatching(/save/i) }),
      ]),
    );
  });
});
