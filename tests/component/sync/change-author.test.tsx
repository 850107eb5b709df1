import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { status } from './fake-sync';
import { openWithTeam, sharingSection } from './seed';

vi.setConfig({ testTimeout: 40_000 });

describe('Data & backups: Sharing, the author of a shared team', () => {
  it('shows who commits are made as, and changes it from the panel', async () => {
    const { sync, teamId, user } = await openWithTeam('data', (s, id) => void s.put(id, status(id, { author: 'Ana' })));
    const section = await sharingSection();
    expect(within(section).getByText('Commits are made as “Ana”.')).toBeInTheDocument();

    const change = within(section).getByRole('button', { name: 'Change author' });
    expect(change).toHaveAttribute('aria-expanded', 'false');
    await user.click(change);
    expect(change).toHaveAttribute('aria-expanded', 'true');
    const form = within(section).getByRole('form', { name: 'Change the author' });
    const name = within(form).getByLabelText('Your name');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('Ana');
    await user.clear(name);
    await user.type(name, 'Bo Lind');
    await user.click(within(form).getByRole('button', { name: 'Save author' }));

    const result = await within(section).findByText('Commits for Platform SRE are now made as “Bo Lind”.');
    await waitFor(() => expect(result).toHaveFocus());
    expect(sync.calls).toEqual([`setAuthor ${teamId} Bo Lind`]);
    expect(within(section).queryByRole('form', { name: 'Change the author' })).toBeNull();
    expect(within(section).getByText('Commits are made as “Bo Lind”.')).toBeInTheDocument();
  });

  it('says why a name was refused on the form, keeping what was typed and the author stored', async () => {
    const { sync, user } = await openWithTeam('data', (s, id) => void s.put(id, status(id, { author: 'Ana' })));
    const section = await sharingSection();
    await user.click(within(section).getByRole('button', { name: 'Change author' }));
    const form = within(section).getByRole('form', { name: 'Change the author' });
    const name = within(form).getByLabelText('Your name');

    // An empty name is refused by the api's own check (the share form's), on the field.
    await user.clear(name);
    await user.type(name, '   ');
    await user.click(within(form).getByRole('button', { name: 'Save author' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/Give the name commits are made under\./);
    // Said once, under the one field it is about.
    expect(within(form).getAllByText('Give the name commits are made under.')).toHaveLength(1);
    expect(sync.calls).toEqual([]);

    const refusal = 'Give a name commits can be made under: letters or digits, not only spaces or punctuation.';
    sync.refuseNext('setAuthor', refusal);
    await user.clear(name);
    await user.type(name, '...');
    await user.click(within(form).getByRole('button', { name: 'Save author' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(refusal);
    expect(name).toHaveValue('...');
    expect(within(section).getByText('Commits are made as “Ana”.')).toBeInTheDocument();

    // The name typed is not saved: Cancel asks before it goes (token-author-unsaved.test.tsx).
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('dialog', { name: "Discard your changes to the author's name?" });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    expect(within(section).queryByRole('form', { name: 'Change the author' })).toBeNull();
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Change author' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Open Sharing: In sync' })).toBeInTheDocument();
  });
});
