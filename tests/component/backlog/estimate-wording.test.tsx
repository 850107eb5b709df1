import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { item, itemFields } from '../../helpers/fixtures';
import { boardTeam, seedWith } from '../standup/seed';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** An item without points is said one way, in its backlog row and in its editor. */

async function seed({ api }: InProcessApi) {
  const team = await api.createTeam({ name: 'Ops' });
  await api.createItem({ teamId: team.id, item: itemFields('Patch kernels') });
}

describe('an item without an estimate', () => {
  it('says "Not estimated" in its row, as its editor does', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    const row = (await screen.findByRole('button', { name: 'Reorder Patch kernels' })).closest('li')!;
    expect(within(row).getByText('Not estimated')).toBeInTheDocument();
    expect(within(row).queryByText('No estimate')).toBeNull();

    await user.click(within(row).getByRole('button', { name: /^Edit/ }));
    const editor = await screen.findByRole('dialog');
    expect(within(editor).getAllByText('Not estimated').length).toBeGreaterThan(0);
  });
});

describe('a card without an estimate on the standup board', () => {
  it('says "Not estimated", as the backlog does', async () => {
    const doc = boardTeam();
    const s = doc.sprints[0]!;
    doc.items.push(item('Rotate the API keys', { sprintId: s.id, points: null }));
    await renderApp('standup', seedWith(doc));
    const card = (await screen.findByRole('button', { name: 'Drag Rotate the API keys' }, { timeout: 10_000 })).closest(
      'li',
    )!;
    expect(within(card).getByText('Not estimated')).toBeInTheDocument();
  });
});
