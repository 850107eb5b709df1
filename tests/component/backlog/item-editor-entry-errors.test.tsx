import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/**
 * A refused link or acceptance criterion is named by its number in the form and marked invalid. Blank entries
 * are not sent, so the place the check reports is not the one on screen.
 */
describe('item editor: an entry of a list refused', () => {
  it('names the link and the criterion by their numbers on screen and marks them invalid', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', async ({ api }: InProcessApi) => {
      await api.createTeam({ name: 'Ops' });
    });
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Tune disk alerts');
    // Link 1 and criterion 1 are left blank (not sent): the refused ones are the first sent, second on screen.
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    await user.click(within(dialog).getByLabelText('Link 2 address or ticket key'));
    await user.paste('wiki page');
    await user.click(within(dialog).getByRole('button', { name: 'Add criterion' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add criterion' }));
    await user.click(within(dialog).getByLabelText('Acceptance criterion 2'));
    await user.paste('x'.repeat(501));
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));

    const link = within(dialog).getByLabelText('Link 2 address or ticket key');
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(link).toHaveAccessibleDescription(/^Link 2: Links must start with http:\/\/ or https:\/\//);
    expect(within(dialog).getByLabelText('Link 1 address or ticket key')).not.toHaveAttribute('aria-invalid');
    const criterion = within(dialog).getByLabelText('Acceptance criterion 2');
    expect(criterion).toHaveAttribute('aria-invalid', 'true');
    expect(criterion).toHaveAccessibleDescription(
      'Criterion 2: Acceptance criterion is too long: use at most 500 characters.',
    );
    expect(backend.store.snapshot().teams[0]?.items).toEqual([]);
  });

  it('moves the focus from the Save button to the refused entry the message names', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', async ({ api }: InProcessApi) => {
      await api.createTeam({ name: 'Ops' });
    });
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Tune disk alerts');
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    await user.click(within(dialog).getByLabelText('Link 2 address or ticket key'));
    await user.paste('wiki page');
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));

    const link = within(dialog).getByLabelText('Link 2 address or ticket key');
    expect(link).toHaveFocus();
    expect(link).toHaveAccessibleDescription(/^Link 2: /);
  });

  it('with a criterion and a link refused, the focus goes to the first of them in the form', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', async ({ api }: InProcessApi) => {
      await api.createTeam({ name: 'Ops' });
    });
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Tune disk alerts');
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    await user.click(within(dialog).getByLabelText('Link 1 address or ticket key'));
    await user.paste('wiki page');
    await user.click(within(dialog).getByRole('button', { name: 'Add criterion' }));
    await user.click(within(dialog).getByLabelText('Acceptance criterion 1'));
    await user.paste('x'.repeat(501));
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));

    expect(within(dialog).getByLabelText('Acceptance criterion 1')).toHaveFocus();
  });
});
