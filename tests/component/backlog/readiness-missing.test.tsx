import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

/** A team with the default Definition of Ready and one item that meets two of its five entries. */
async function renderBacklog() {
  return renderApp('backlog', async ({ api }) => {
    const team = await api.createTeam({ name: 'Ops' });
    await api.createItem({
      teamId: team.id,
      item: itemFields('Rotate TLS certs', { points: 3, description: 'The certs expire in May.' }),
    });
  });
}

const CHIP = 'Not ready (3 missing): show what is missing for Rotate TLS certs';

describe('Backlog row readiness', () => {
  it('shows what an item misses from a button on its row, Escape closing it and the focus going back', async () => {
    const user = userEvent.setup();
    await renderBacklog();
    const list = await screen.findByRole('list', { name: 'Backlog items in priority order' });
    const chip = await within(list).findByRole('button', { name: CHIP });
    expect(chip).toHaveTextContent('Not ready (3 missing)');
    expect(chip).toHaveAttribute('aria-expanded', 'false');

    chip.focus();
    await user.keyboard('{Enter}');
    const shown = await screen.findByRole('dialog', { name: 'Definition of Ready for “Rotate TLS certs”' });
    await waitFor(() => expect(shown).toContainElement(document.activeElement as HTMLElement));
    expect(chip).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(shown)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Acceptance criteria are written',
      'Rollback plan noted for production changes',
      'Access, approvals and dependencies identified',
    ]);
    expect(shown).toHaveTextContent('3 of 5 entries missing');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(chip).toHaveFocus();
    expect(chip).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with its Close button, the focus going back to the row’s button', async () => {
    const user = userEvent.setup();
    await renderBacklog();
    const chip = await screen.findByRole('button', { name: CHIP });
    await user.click(chip);
    const shown = await screen.findByRole('dialog', { name: 'Definition of Ready for “Rotate TLS certs”' });
    await user.click(within(shown).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(chip).toHaveFocus();
  });

  it('closes when the person goes on to another control, which keeps the focus; the row’s button toggles it', async () => {
    const user = userEvent.setup();
    await renderBacklog();
    const chip = await screen.findByRole('button', { name: CHIP });
    await user.click(chip);
    expect(await screen.findByRole('dialog', { name: 'Definition of Ready for “Rotate TLS certs”' })).toBeVisible();
    await user.click(chip);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(chip).toHaveAttribute('aria-expanded', 'false');

    await user.click(chip);
    await screen.findByRole('dialog', { name: 'Definition of Ready for “Rotate TLS certs”' });
    const filter = screen.getByLabelText('Filter');
    await user.click(filter);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(filter).toHaveFocus();
  });
});
