import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { itemFields, seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * The Commitment meter draws a line on its bar and runs past it: the line and the bar's end must be said, on the
 * screen and in the meter's name, or a reader cannot tell how far the team is from what it can plan.
 */
describe("the Commitment meter's scale", { timeout: 30_000 }, () => {
  it('says the line is the plannable points and the bar runs to half as much again', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
    });
    // Plannable 12 (see seedPlanning), 8 committed.
    const meter = await screen.findByRole('meter', { name: /line marks the 12 plannable points/ }, { timeout: 10_000 });
    expect(meter).toHaveAccessibleName(/ends at 18, half as much again/);
    expect(meter).toHaveAttribute('aria-valuenow', '8');
    expect(meter).toHaveAttribute('aria-valuemax', '18');
    expect(screen.getByText(/^The line marks/)).toBeVisible();
  });

  it('runs to the points committed when they are past its usual end, so the bar is not cut short', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      const big = await b.api.createItem({ teamId, item: itemFields('Migrate the cluster', 13) });
      for (const id of [items['Rotate certificates']!, items['Patch kernels']!, big.id])
        await b.api.planItem({ teamId, sprintId, itemId: id });
    });
    // 26 committed against 12 plannable: past 18, where the bar used to stop filling.
    const meter = await screen.findByRole('meter', {}, { timeout: 10_000 });
    expect(meter).toHaveAccessibleName(/line marks the 12 plannable points.*ends at 26, the points committed/);
    expect(meter).toHaveAttribute('aria-valuemax', '26');
    expect(screen.getByText(/Over-committed by 14 points/)).toBeVisible();
  });
});
