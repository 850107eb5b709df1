import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

describe('item editor: the description counter counts as the limit does', () => {
  it('counts an emoji with a skin tone and a flag as one character each, and saves a title of 200 of them', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', async ({ api }: InProcessApi) => {
      await api.createTeam({ name: 'Ops' });
    });
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New item' }));
    const description = dialog.getByLabelText('Description (Markdown)');
    await user.click(description);
    await user.paste('👍🏽🇩🇪 ok');
    expect(description).toHaveAccessibleDescription('5 of 20,000 characters');

    await user.click(dialog.getByLabelText('Title'));
    await user.paste('👍🏽'.repeat(200));
    await user.click(dialog.getByRole('button', { name: 'Create item' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New item' })).not.toBeInTheDocument());
    expect(backend.store.snapshot().teams[0]?.items.map((item) => item.title)).toEqual(['👍🏽'.repeat(200)]);
  });
});
