import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** Done work leaves the ranked backlog; it is kept, and "Show done items" finds it. */

const titles = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items.map((i) => i.title) ?? [];

/** Ops with four items; "Renew certificates", ranked first, is done. */
async function seed({ api }: InProcessApi) {
  const team = await api.createTeam({ name: 'Ops' });
  for (const [title, status] of [
    ['Renew certificates', 'done'],
    ['Patch kernels', 'todo'],
    ['Rotate keys', 'done'],
    ['Tune alerts', 'todo'],
  ] as const) {
    await api.createItem({ teamId: team.id, item: itemFields(title, { status }) });
  }
}

const rows = () =>
  within(screen.getByRole('list', { name: 'Backlog items in priority order' }))
    .getAllByRole('listitem')
    .map((li) => [
      li.querySelector('.backlog-row__rank')?.textContent,
      li.querySelector('.backlog-row__title')?.textContent,
    ]);

describe('done items in the backlog', () => {
  it('are not listed or ranked, and come back with "Show done items" marked Done', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await screen.findByRole('button', { name: 'Reorder Patch kernels' });

    expect(rows()).toEqual([
      ['1', 'Patch kernels'],
      ['2', 'Tune alerts'],
    ]);
    expect(screen.getByText('2 items')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Show done items (2)' }));
    expect(rows().map(([, title]) => title)).toEqual([
      'Renew certificates',
      'Patch kernels',
      'Rotate keys',
      'Tune alerts',
    ]);
    const done = screen.getByRole('button', { name: 'Reorder Renew certificates' }).closest('li')!;
    expect(within(done).getByText('Done')).toBeInTheDocument();
    expect(within(done).queryByText(/Not ready/)).toBeNull();
  });

  it('a move among the open items keeps the hidden done items where they were', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    const handle = await screen.findByRole('button', { name: 'Reorder Tune alerts' });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() =>
      expect(titles(backend)).toEqual(['Renew certificates', 'Tune alerts', 'Patch kernels', 'Rotate keys']),
    );
    expect(rows()).toEqual([
      ['1', 'Tune alerts'],
      ['2', 'Patch kernels'],
    ]);
  });

  it('when the only item is done, says so of one item', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', async ({ api }: InProcessApi) => {
      const team = await api.createTeam({ name: 'Ops' });
      await api.createItem({ teamId: team.id, item: itemFields('Renew certificates', { status: 'done' }) });
    });
    expect(
      await screen.findByText('The one item in the backlog is done. Tick “Show done items” to see it.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show done items (1)' }));
    await screen.findByRole('button', { name: 'Reorder Renew certificates' });
  });
});
