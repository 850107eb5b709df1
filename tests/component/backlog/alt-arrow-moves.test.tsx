import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** Alt+↑ / Alt+↓ on a row: the move is said to a screen reader, and a move that moves nothing is not sent. */

const titles = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items.map((i) => i.title) ?? [];

async function seed({ api }: InProcessApi, items: readonly (readonly [string, 'todo' | 'done'])[]) {
  const team = await api.createTeam({ name: 'Ops' });
  for (const [title, status] of items) await api.createItem({ teamId: team.id, item: itemFields(title, { status }) });
}

const THREE = [
  ['First', 'todo'],
  ['Second', 'todo'],
  ['Third', 'todo'],
] as const;

describe('Alt+arrows on a backlog row', () => {
  it('says where the row went, politely', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seed(b, THREE));
    const handle = await screen.findByRole('button', { name: 'Reorder First' });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(titles(backend)).toEqual(['Second', 'First', 'Third']));
    const said = screen.getByText('Moved First to position 2 of 3.');
    expect(said).toHaveAttribute('aria-live', 'polite');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(titles(backend)).toEqual(['First', 'Second', 'Third']));
    expect(screen.getByText('Moved First to position 1 of 3.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reorder First' })).toHaveFocus();
  });

  it('in a filtered view, counts places in the whole backlog', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) =>
      seed(b, [
        ['Rotate TLS certs', 'todo'],
        ['Upgrade cluster', 'todo'],
        ['TLS audit', 'todo'],
        ['Patch kernels', 'todo'],
      ]),
    );
    await user.type(await screen.findByLabelText('Filter'), 'tls');
    await screen.findByText('Showing 2 of 4 items');
    (await screen.findByRole('button', { name: 'Reorder TLS audit' })).focus();
    // Onto the place of the row shown above it, first in the whole backlog.
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() =>
      expect(titles(backend)).toEqual(['TLS audit', 'Rotate TLS certs', 'Upgrade cluster', 'Patch kernels']),
    );
    expect(screen.getByText('Moved TLS audit to position 1 of 4.')).toBeInTheDocument();
    // The last row shown is not last in the backlog: it moves one place down in it, past a row the filter hides.
    (await screen.findByRole('button', { name: 'Reorder Rotate TLS certs' })).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() =>
      expect(titles(backend)).toEqual(['TLS audit', 'Upgrade cluster', 'Rotate TLS certs', 'Patch kernels']),
    );
    expect(screen.getByText('Moved Rotate TLS certs to position 3 of 4.')).toBeInTheDocument();
  });

  it('sends no move past either end of the backlog', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seed(b, THREE));
    const saves = vi.spyOn(backend.api, 'moveItem');
    (await screen.findByRole('button', { name: 'Reorder Third' })).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    screen.getByRole('button', { name: 'Reorder First' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    // A real move after them: once it is saved, it is the only save (an edge move would have been sent before it).
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(titles(backend)).toEqual(['Second', 'First', 'Third']));
    expect(saves.mock.calls.map(([input]) => input.toIndex)).toEqual([1]);
  });

  it('says the row is already first or last', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', (b) => seed(b, THREE));
    (await screen.findByRole('button', { name: 'Reorder Third' })).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await screen.findByText('Third is already last, at position 3 of 3.')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Reorder First' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await screen.findByText('First is already first, at position 1 of 3.')).toBeInTheDocument();
  });

  it('sends no move for the last open item when done items are hidden below it', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) =>
      seed(b, [
        ['Patch kernels', 'todo'],
        ['Tune alerts', 'todo'],
        ['Renew certificates', 'done'],
      ]),
    );
    const saves = vi.spyOn(backend.api, 'moveItem');
    (await screen.findByRole('button', { name: 'Reorder Tune alerts' })).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(titles(backend)).toEqual(['Tune alerts', 'Patch kernels', 'Renew certificates']));
    expect(saves.mock.calls.map(([input]) => input.toIndex)).toEqual([0]);
  });
});
