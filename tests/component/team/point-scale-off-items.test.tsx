import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

describe('Changing the point scale while items are estimated', () => {
  it('says how many open items have an estimate not on the scale picked, and that they keep it', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      const teamId = (await api.createTeam({ name: 'Ops' })).id;
      for (const [title, points, status] of [
        ['Patch kernels', 21, 'todo'],
        ['Rotate keys', 34, 'in_progress'],
        ['Tune alerts', 8, 'todo'],
        ['Old upgrade', 21, 'done'],
      ] as const)
        await api.createItem({ teamId, item: itemFields(title, { points, status }) });
    });
    const settings = await screen.findByRole('region', { name: 'Sprint settings' });
    const scale = within(settings).getByRole('combobox', { name: 'Point scale' });
    // On Fibonacci every estimate is on the scale: nothing to say.
    expect(scale).not.toHaveAccessibleDescription();

    await user.selectOptions(scale, 'T-shirt (XS, S, M, L, XL, XXL)');
    expect(scale).toHaveAccessibleDescription(
      '2 open items have an estimate not on this scale (21, 34 points): they keep it until re-estimated on the Backlog.',
    );
    await user.selectOptions(scale, 'Fibonacci (0, 1, 2, 3, 5, 8, 13, 21, 34)');
    expect(scale).not.toHaveAccessibleDescription();
  });
});
