import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { retro } from '../../unit/retro/build';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('retro list order', () => {
  it('lists the newest retro first when an earlier one’s time was written without milliseconds', async () => {
    await renderApp('retro', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      await b.store.mutate({ teamId: team.id }, (d) => {
        const t = d.teams[0]!;
        t.settings.timeZone = 'UTC';
        t.retros.push(
          // Imported: its time has no milliseconds, and as text "…09:30:00Z" sorts after "…09:30:00.400Z".
          retro({ id: 'r-imported', title: 'Imported retro', createdAt: '2026-11-13T09:30:00Z' }),
          retro({ id: 'r-new', title: 'New retro', createdAt: '2026-11-13T09:30:00.400Z' }),
        );
      });
    });
    await screen.findByRole('button', { name: 'Open New retro' }, { timeout: 15000 });
    const opens = screen.getAllByRole('button', { name: /^Open (New|Imported) retro$/ });
    expect(opens.map((b) => b.textContent)).toEqual(['Open New retro', 'Open Imported retro']);
  });
});
