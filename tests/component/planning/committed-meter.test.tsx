import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * "Committed" is one figure on every screen: once the sprint has started, the frozen commitment. Planned
 * work added since shows on its own line, named as what is in the sprint now, not as more commitment.
 */
describe("the Plan tab's committed meter", { timeout: 30_000 }, () => {
  it('keeps the commitment frozen at the start, and shows the scope added since separately', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.planItem({
        teamId,
        sprintId,
        itemId: items['Patch kernels']!,
        reason: 'The PO asked for it',
        planned: true,
      });
    });

    // Plannable 12 (see seedPlanning); 8 committed at the start, 5 planned points added since.
    expect(await screen.findByText(/^Committed/, {}, { timeout: 10_000 })).toHaveTextContent(
      'Committed 8 of 12 plannable points',
    );
    expect(screen.getByText(/points still plannable/)).toHaveTextContent('4 points still plannable.');
    expect(screen.queryByText(/Over-committed/)).not.toBeInTheDocument();
    expect(screen.getByText(/^In the sprint now/)).toHaveTextContent(
      'In the sprint now: 13 planned points, 5 more than committed at the start (scope changes).',
    );
  });

  it('shows no second line while the sprint is as it was committed', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
    });

    expect(await screen.findByText(/^Committed/, {}, { timeout: 10_000 })).toHaveTextContent(
      'Committed 8 of 12 plannable points',
    );
    expect(screen.queryByText(/^In the sprint now/)).not.toBeInTheDocument();
  });
});
