import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** Labels are typed in one field: a label refused is named by its text, so the person knows which to shorten. */
describe('item editor: a label refused', () => {
  it('names the label that is too long and saves nothing', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', async ({ api }: InProcessApi) => {
      await api.createTeam({ name: 'Ops' });
    });
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Tune disk alerts');
    const long = 'monitoring-of-the-disk-usage-on-the-database-hosts';
    await user.click(within(dialog).getByLabelText('Labels'));
    await user.paste(`dns, ${long}, kubernetes`);
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));

    // After the field's hint, the message naming the label by its first 40 characters.
    expect(within(dialog).getByLabelText('Labels')).toHaveAccessibleDescription(
      'Comma separated, e.g. monitoring, kubernetes, dns. ' +
        'Label “monitoring-of-the-disk-usage-on-the-data…”: Labels are at most 40 characters.',
    );
    expect(backend.store.snapshot().teams[0]?.items).toEqual([]);
  });
});
