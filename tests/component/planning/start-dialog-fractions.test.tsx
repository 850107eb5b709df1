import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import { renderApp } from '../render-app';
import { itemFields, seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * Imported points can be fractions: 0.3 + 8.3 + 3.4 adds up to 12.000000000000002 in floating point. The Start
 * dialog and the Plan tab's meter count the sprint's points by one rule, so they agree on whether it is over.
 */
describe('the Start sprint dialog with fractional points', { timeout: 30_000 }, () => {
  it('does not call a plan that fills the plannable points exactly "over"', async () => {
    const user = userEvent.setup();
    let plannable = 0;
    await renderApp('planning', async (b) => {
      const { teamId, sprintId } = await seedPlanning(b);
      const team = b.store.snapshot().teams.find((t) => t.id === teamId)!;
      const sprint = team.sprints.find((s) => s.id === sprintId)!;
      plannable = sprintCapacity(sprint, team.members, team.settings, team.sprints, team.calendar).plannablePoints;
      // Points off the scale, as a team file can hold them (written by another tool; kept as stored).
      for (const [row, points] of [0.3, 8.3, 3.4].entries()) {
        const item = await b.api.createItem({ teamId, item: itemFields(`Imported ${row + 1}`, null) });
        await b.api.planItem({ teamId, sprintId, itemId: item.id });
        await b.store.mutate({ teamId }, (d) => {
          d.teams.find((t) => t.id === teamId)!.items.find((i) => i.id === item.id)!.points = points;
        });
      }
    });
    expect(plannable).toBe(12); // the seeded team's: the three points above fill it exactly
    expect(await screen.findByText(/^0 points still plannable\./, {}, { timeout: 10_000 })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /^Start sprint/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    expect(dialog).toHaveTextContent(`The team commits to 3 items, ${plannable} points, against the ${plannable}`);
    expect(within(dialog).queryByText(/over what the team can plan/)).toBeNull();
  });
});
