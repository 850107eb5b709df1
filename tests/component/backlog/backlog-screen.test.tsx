import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

const titles = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items.map((i) => i.title) ?? [];

async function seedTeam({ api }: InProcessApi, items: string[] = []) {
  const team = await api.createTeam({ name: 'Ops' });
  for (const title of items) {
    await api.createItem({
      teamId: team.id,
      item: itemFields(title),
    });
  }
}

describe('Backlog screen', () => {
  it('adds an item by hand with criteria and shows its readiness', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seedTeam(b));
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Tune disk alerts');
    await user.selectOptions(within(dialog).getByLabelText('Story points'), '3');
    await user.type(within(dialog).getByLabelText('Labels'), 'Monitoring, alerts');
    await user.type(within(dialog).getByLabelText('Description (Markdown)'), 'Pages **too often**');
    expect(
      within(dialog).getByRole('region', { name: 'Description preview' }).querySelector('strong')?.textContent,
    ).toBe('too often');
    await user.click(within(dialog).getByRole('button', { name: 'Add criterion' }));
    await user.type(within(dialog).getByLabelText('Acceptance criterion 1'), 'Runbook linked from the alert');
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));

    expect(await screen.findByText('Tune disk alerts')).toBeInTheDocument();
    const saved = backend.store.snapshot().teams[0]?.items[0];
    expect(saved).toMatchObject({ title: 'Tune disk alerts', points: 3, labels: ['monitoring', 'alerts'] });
    expect(saved?.acceptanceCriteria.map((c) => c.text)).toEqual(['Runbook linked from the alert']);
    // Two manual Definition of Ready entries remain unticked.
    expect(screen.getByText('Not ready (2 missing)')).toBeInTheDocument();
  });

  it('starts from a template', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seedTeam(b));
    await user.click(await screen.findByRole('button', { name: 'New from template' }));
    await user.click(await screen.findByRole('button', { name: /Automate database backups/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New item from template' });
    const title = within(dialog).getByLabelText('Title');
    // Saved with its placeholder left in, the item would be called "<database>": refused, naming it.
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));
    expect(
      await within(dialog).findByText('Replace <database> in the title with what this item is about.'),
    ).toBeInTheDocument();
    expect(title).toHaveValue('Automate nightly backups for <database>');
    expect(titles(backend)).toEqual([]);
    await user.clear(title);
    await user.type(title, 'Automate nightly backups for billing-db');
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));
    await screen.findByText('Automate nightly backups for billing-db');
    const saved = backend.store.snapshot().teams[0]?.items[0];
    expect(saved?.templateId).toBe('db-backups');
    expect(saved?.labels).toEqual(['database', 'backup']);
    expect(saved?.acceptanceCriteria.length).toBe(4);
  });

  it('refuses an empty title in the form and saves nothing', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seedTeam(b));
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    await user.click(await screen.findByRole('button', { name: 'Create item' }));
    expect(await screen.findByText('Title cannot be empty.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(titles(backend)).toEqual([]);
  });

  it('refuses a description over the limit with a message', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seedTeam(b));
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Title'), 'Huge');
    fireEvent.change(within(dialog).getByLabelText('Description (Markdown)'), {
      target: { value: 'x'.repeat(20_001) },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));
    expect(
      await within(dialog).findByText(/Description is too long: use at most 20,000 characters/),
    ).toBeInTheDocument();
    expect(titles(backend)).toEqual([]);
  });

  it('reorders with Alt+arrow keys and persists the order', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seedTeam(b, ['First', 'Second', 'Third']));
    const handle = await screen.findByRole('button', { name: 'Reorder Third' });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(titles(backend)).toEqual(['First', 'Third', 'Second']));
    const items = within(screen.getByRole('list', { name: 'Backlog items in priority order' })).getAllByRole(
      'listitem',
    );
    expect(items.map((li) => li.querySelector('.backlog-row__title')?.textContent)).toEqual([
      'First',
      'Third',
      'Second',
    ]);
  });

  it('moves a row with the keyboard: Space picks it up, arrows choose the place, Space drops it there', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seedTeam(b, ['First', 'Second', 'Third', 'Fourth']));
    const saves = vi.spyOn(backend.api, 'moveItem');
    const handle = await screen.findByRole('button', { name: 'Reorder First' });
    handle.focus();
    await user.keyboard(' ');
    expect(handle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/^Picked up First, at position 1\. Use the arrow keys/)).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByText('First is over position 3.')).toBeInTheDocument();
    // Alt+arrows wait while a row is held, and nothing is saved: the order changes once, on the drop.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await user.keyboard(' ');
    await waitFor(() => expect(titles(backend)).toEqual(['Second', 'Third', 'First', 'Fourth']));
    // The drop's save is the only one: an Alt+arrow move would have been saved before it.
    expect(saves.mock.calls.map(([input]) => input.toIndex)).toEqual([2]);
    expect(screen.getByText('First dropped at position 3.')).toBeInTheDocument();
    expect(handle).not.toHaveAttribute('aria-pressed', 'true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reorder First' }));
  });

  it('puts a held row back on Escape and when focus leaves it', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seedTeam(b, ['First', 'Second', 'Third']));
    const handle = await screen.findByRole('button', { name: 'Reorder Third' });
    handle.focus();
    await user.keyboard(' {Home}{Escape}');
    expect(screen.getByText('Moving Third was cancelled.')).toBeInTheDocument();
    expect(handle).not.toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' {ArrowUp}');
    await user.click(screen.getByRole('button', { name: 'New item' }));
    await user.keyboard('{Escape}');
    // Neither the Escape nor the click moved anything, and a later Space does not drop a stale move.
    handle.focus();
    await user.keyboard(' ');
    expect(handle).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(screen.getByText('Third dropped where it was, at position 3.')).toBeInTheDocument();
    expect(titles(backend)).toEqual(['First', 'Second', 'Third']);
  });

  it('moves a row among the filtered rows to the place of the row it is dropped on', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) =>
      seedTeam(b, ['Rotate TLS certs', 'Upgrade cluster', 'TLS on the proxy', 'Patch kernels', 'TLS audit']),
    );
    await user.type(await screen.findByLabelText('Filter'), 'tls');
    // The list follows the filter once the typed keys are painted.
    await screen.findByText('Showing 3 of 5 items');
    const handle = await screen.findByRole('button', { name: 'Reorder TLS audit' });
    handle.focus();
    // Two places up among the three shown rows: onto "Rotate TLS certs", first in the whole backlog.
    await user.keyboard(' {ArrowUp}{ArrowUp}');
    expect(screen.getByText('TLS audit is over position 1.')).toBeInTheDocument();
    await user.keyboard(' ');
    await waitFor(() =>
      expect(titles(backend)).toEqual([
        'TLS audit',
        'Rotate TLS certs',
        'Upgrade cluster',
        'TLS on the proxy',
        'Patch kernels',
      ]),
    );
  });

  it('filters by text and type', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', (b) => seedTeam(b, ['Rotate TLS certs', 'Upgrade cluster']));
    // Always in the bar, usable only while something is filtered.
    expect(screen.getByRole('button', { name: 'Clear filter' })).toBeDisabled();
    await user.type(await screen.findByLabelText('Filter'), 'tls');
    // The list follows the filter once the typed keys are painted.
    expect(await screen.findByText('Showing 1 of 2 items')).toBeInTheDocument();
    expect(screen.queryByText('Upgrade cluster')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(screen.getByRole('button', { name: 'Clear filter' })).toBeDisabled();
    // The clicked button is disabled now: focus is on the filter again, not dropped to the page.
    expect(screen.getByLabelText('Filter')).toHaveFocus();
    expect(await screen.findByText('Upgrade cluster')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Type'), 'incident');
    expect(await screen.findByText('No item matches the filter.')).toBeInTheDocument();
  });

  it('deletes with undo', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', (b) => seedTeam(b, ['Keep', 'Oops']));
    await user.click(await screen.findByRole('button', { name: 'Delete Oops' }));
    await waitFor(() => expect(titles(backend)).toEqual(['Keep']));
    await user.click(await screen.findByRole('button', { name: 'Undo delete' }));
    await waitFor(() => expect(titles(backend)).toEqual(['Keep', 'Oops']));
    expect(await screen.findByText('Oops')).toBeInTheDocument();

    // Focus goes to the row that takes the deleted one's place, and to the heading once none is left.
    await user.click(screen.getByRole('button', { name: 'Delete Keep' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Oops' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Delete Oops' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Backlog', level: 2 })).toHaveFocus());
  });

  it('renders Markdown safely: no script or event handler reaches the page', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', (b) => seedTeam(b));
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Description (Markdown)'), {
      target: { value: '<img src=x onerror="alert(1)"> [x](javascript:alert(1)) <script>alert(1)</script>' },
    });
    const preview = within(dialog).getByRole('region', { name: 'Description preview' });
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.querySelector('[onerror]')).toBeNull();
    expect(preview.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript:/);
  });
});
