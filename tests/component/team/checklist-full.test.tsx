import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/shared/text';
import { renderApp } from '../render-app';

describe('a full Definition of Done', () => {
  it('says in plain words that it is full, keeps what was typed and saves nothing', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Ops' });
      teamId = team.id;
      const entries = Array.from({ length: LIMITS.checklist }, (_, i) => ({
        id: `done-${i}`,
        text: `Entry ${i + 1}`,
        rule: null,
      }));
      await api.updateTeamSettings({ teamId, settings: { definitionOfDone: entries } });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const region = screen.getByRole('region', { name: 'Definition of Done' });
    const field = within(region).getByLabelText('New Definition of Done entry');
    await user.type(field, 'Change ticket closed');
    await user.click(within(region).getByRole('button', { name: 'Add entry' }));

    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'The Definition of Done holds at most 50 entries: remove one before adding another.',
    );
    expect(field).toHaveValue('Change ticket closed');
    const saved = backend.store.snapshot().teams.find((t) => t.id === teamId)?.settings.definitionOfDone;
    expect(saved).toHaveLength(LIMITS.checklist);
  });
});
