import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * The sprint column's figure reads as the meter beside it: planned points (what "Committed" and "In the
 * sprint now" count) apart from the unplanned work that burns the buffer, never the two added together.
 */
describe("the plan board's sprint column", { timeout: 30_000 }, () => {
  it('keeps unplanned work apart from the planned points the meter shows', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.planItem({
        teamId,
        sprintId,
        itemId: items['Patch kernels']!,
        reason: 'Paged: kernel CVE',
        planned: false,
      });
    });

    expect(await screen.findByText(/^Committed/, {}, { timeout: 10_000 })).toHaveTextContent(
      'Committed 8 of 12 plannable points',
    );
    expect(screen.getByText(/^Interrupt buffer:/)).toHaveTextContent('Interrupt buffer: 5 of 3 points used');
    expect(screen.getByRole('heading', { name: /^Sprint 1 \d+ items?/ })).toHaveTextContent(
      'Sprint 1 2 items · 8 pts planned + 5 pts unplanned',
    );
  });

  it('shows one figure while the sprint holds planned work only', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
    });
    expect(await screen.findByRole('heading', { name: /^Sprint 1 \d+ items?/ }, { timeout: 10_000 })).toHaveTextContent(
      'Sprint 1 1 item · 8 pts',
    );
  });
});
