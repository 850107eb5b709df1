import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/**
 * Done items are hidden from the backlog. A filter that only they match must not say that nothing matches:
 * the facilitator would think the work was never logged (and log it again).
 */
async function seed({ api }: InProcessApi) {
  const team = await api.createTeam({ name: 'Ops' });
  for (const [title, status] of [
    ['Renew certificates', 'done'],
    ['Renew certificates for the VPN', 'done'],
    ['Rotate keys', 'done'],
    ['Tune alerts', 'todo'],
  ] as const) {
    await api.createItem({ teamId: team.id, item: itemFields(title, { status }) });
  }
}

describe('a filter that only hidden done items match', () => {
  it('says how many done items match and how to see them', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await user.type(await screen.findByRole('searchbox', { name: 'Filter' }), 'certificates');
    expect(
      await screen.findByText('No open item matches the filter; 2 done items do. Tick “Show done items” to see them.'),
    ).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Filter' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'keys');
    expect(
      await screen.findByText('No open item matches the filter; 1 done item does. Tick “Show done items” to see it.'),
    ).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Filter' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'database');
    expect(await screen.findByText('No item matches the filter.')).toBeInTheDocument();
  });
});
