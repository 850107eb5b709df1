import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

const entry = (id: string) => ({ id, text: `Entry ${id}`, rule: null });

describe('moving a Definition of Ready entry with two quick presses', () => {
  it('moves it twice, in order, and changes nothing else; a removal meanwhile keeps the moves', async () => {
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Ops' })).id;
      await api.updateTeamSettings({
        teamId,
        settings: { definitionOfReady: ['A', 'B', 'C', 'D'].map(entry), definitionOfDone: [entry('X')] },
      });
    });
    const region = await screen.findByRole('region', { name: 'Definition of Ready' });
    const up = within(region).getByRole('button', { name: 'Move “Entry D” up' });
    // Both presses land before the first save has answered.
    up.focus();
    fireEvent.click(up);
    fireEvent.click(up);

    const settings = () => backend.store.snapshot().teams.find((t) => t.id === teamId)!.settings;
    await waitFor(() =>
      expect(
        within(region)
          .getAllByRole('listitem')
          .map((li) => li.firstChild?.textContent),
      ).toEqual(['Entry A', 'Entry D', 'Entry B', 'Entry C']),
    );
    await waitFor(() => expect(settings().definitionOfReady.map((e) => e.id)).toEqual(['A', 'D', 'B', 'C']));
    expect(settings().definitionOfDone).toEqual([entry('X')]);
    expect(up).toHaveFocus();

    // A removal pressed while a move saves keeps the move.
    fireEvent.click(within(region).getByRole('button', { name: 'Move “Entry B” down' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Remove “Entry A”' }));
    await waitFor(() => expect(settings().definitionOfReady.map((e) => e.id)).toEqual(['D', 'C', 'B']));
  });
});
