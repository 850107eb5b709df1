import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { retro } from '../../unit/retro/build';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const button = (name: string) => screen.getByRole('button', { name });

describe('retro list: the focus when coming back to it', () => {
  it('lands on the Open button of the retro just left, and on a neighbour of a deleted one, else New retro', async () => {
    const user = userEvent.setup();
    await renderApp('retro', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      await b.store.mutate({ teamId: team.id }, (d) => {
        d.teams[0]!.retros.push(
          retro({ title: 'Sprint 8 retro', createdAt: '2026-10-01T10:00:00.000Z' }),
          retro({ title: 'Sprint 9 retro', createdAt: '2026-10-15T10:00:00.000Z' }),
          retro({ title: 'Sprint 10 retro', createdAt: '2026-10-29T10:00:00.000Z' }),
        );
      });
    });

    (await screen.findByRole('button', { name: 'Open Sprint 9 retro' })).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Sprint 9 retro' });
    button('All retros').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(button('Open Sprint 9 retro')).toHaveFocus());

    // Newest first: 10, 9, 8. Deleting 9 hands the focus to 8 (the next row), then 8 to 10 (the one before).
    const remove = async (title: string) => {
      button(`Delete ${title}`).focus();
      await user.keyboard('{Enter}');
      const ask = await screen.findByRole('dialog', { name: 'Delete retro?' });
      within(ask).getByRole('button', { name: 'Delete retro' }).focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByRole('button', { name: `Open ${title}` })).toBeNull());
    };
    await remove('Sprint 9 retro');
    await waitFor(() => expect(button('Open Sprint 8 retro')).toHaveFocus());
    await remove('Sprint 8 retro');
    await waitFor(() => expect(button('Open Sprint 10 retro')).toHaveFocus());
    await remove('Sprint 10 retro');
    await waitFor(() => expect(button('New retro')).toHaveFocus());
  });
});
