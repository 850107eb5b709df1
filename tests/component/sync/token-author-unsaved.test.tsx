import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { status } from './fake-sync';
import { openWithTeam, sharingSection } from './seed';

vi.setConfig({ testTimeout: 40_000 });

const REMOTE = 'https://gitlab.example.com/ops/platform.git';

/** The Change author form's name field (the Join form beside it has one too). */
const authorField = (section: HTMLElement) =>
  within(within(section).getByRole('form', { name: 'Change the author' })).getByLabelText('Your name');

/**
 * Sharing's Replace the token and Change author forms dropped what was typed on Cancel, and on a switch of screen,
 * without a word. They ask first, as every other form does, and close at once when nothing was changed.
 */
describe('Data & backups: Sharing, a token or a name typed and not saved', () => {
  it('Cancel and Escape ask before a typed token goes; Keep editing keeps it, Discard changes closes', async () => {
    const { sync, user } = await openWithTeam('data', (s, id) => void s.put(id, status(id, { remote: REMOTE })));
    const section = await sharingSection();
    const replace = within(section).getByRole('button', { name: 'Replace the token' });
    await user.click(replace);
    const form = within(section).getByRole('form', { name: 'Replace the token' });
    const field = within(form).getByLabelText('New token');
    await waitFor(() => expect(field).toHaveFocus());
    await user.type(field, 'glpat-fresh');

    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    let ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new token?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(section).getByLabelText('New token')).toHaveValue('glpat-fresh');

    within(section).getByLabelText('New token').focus();
    await user.keyboard('{Escape}');
    ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new token?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(replace).toHaveFocus());
    expect(within(section).queryByRole('form', { name: 'Replace the token' })).toBeNull();
    expect(sync.calls).toEqual([]);
  });

  it('Escape with no token typed closes the form at once, the focus back on Replace the token', async () => {
    const { user } = await openWithTeam('data', (s, id) => void s.put(id, status(id, { remote: REMOTE })));
    const section = await sharingSection();
    const replace = within(section).getByRole('button', { name: 'Replace the token' });
    await user.click(replace);
    await waitFor(() => expect(within(section).getByLabelText('New token')).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(replace).toHaveFocus());
    expect(within(section).queryByRole('form', { name: 'Replace the token' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('another screen asks before a changed author name goes; Discard changes goes there, the author kept', async () => {
    const { sync, user } = await openWithTeam('data', (s, id) => void s.put(id, status(id, { author: 'Ana' })));
    const section = await sharingSection();
    await user.click(within(section).getByRole('button', { name: 'Change author' }));
    const name = authorField(section);
    await waitFor(() => expect(name).toHaveFocus());
    await user.type(name, ' Lind');

    act(() => useAppStore.getState().navigate('backlog'));
    const ask = await screen.findByRole('dialog', { name: "Discard your changes to the author's name?" });
    expect(useAppStore.getState().screen).toBe('data');
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(authorField(section)).toHaveValue('Ana Lind');

    await user.click(within(section).getByRole('button', { name: 'Cancel' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: "Discard your changes to the author's name?" })).getByRole(
        'button',
        { name: 'Discard changes' },
      ),
    );
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Change author' })).toHaveFocus());
    expect(sync.calls).toEqual([]);
    expect(within(section).getByText('Commits are made as “Ana”.')).toBeInTheDocument();
  });

  it('Cancel with the name as it was closes the author form at once', async () => {
    const { user } = await openWithTeam('data', (s, id) => void s.put(id, status(id, { author: 'Ana' })));
    const section = await sharingSection();
    await user.click(within(section).getByRole('button', { name: 'Change author' }));
    await waitFor(() => expect(authorField(section)).toHaveFocus());
    await user.click(within(section).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Change author' })).toHaveFocus());
    expect(within(section).queryByRole('form', { name: 'Change the author' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
