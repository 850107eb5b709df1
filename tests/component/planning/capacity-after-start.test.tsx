import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * A started sprint was committed against the capacity of its start. Hours changed, a member removed or the
 * buffer setting changed afterwards must not move its figures: a closed sprint's history does not move.
 */
describe('the capacity of a sprint after its start', { timeout: 30_000 }, () => {
  it('keeps the forecast committed at the start, and says when today’s team gives other person-days', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items, members } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      // Ana 10 days × 6 h ÷ 6 h + Bo 10 days × 3 h ÷ 6 h = 15 person-days, at the starting 1 point each.
      await b.api.startSprint({ teamId, sprintId });
      await b.api.removeMember({ teamId, memberId: members.Ana! });
      await b.api.updateMember({ teamId, memberId: members.Bo!, member: { hoursPerDay: 6 } });
      await b.api.updateTeamSettings({ teamId, settings: { bufferPercent: 50 } });
      await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
    });
    const capacity = await screen.findByRole('region', { name: 'Capacity' }, { timeout: 10_000 });
    const line = (term: string) => within(capacity).getByText(term).nextElementSibling;
    expect(line('Forecast')).toHaveTextContent('15 person-days × 1 = 15 points');
    expect(line('Interrupt buffer')).toHaveTextContent(/^20% × 15 = 3 points kept for unplanned work/);
    expect(line('Plannable')).toHaveTextContent('15 − 3 = 12 points');
    expect(capacity).toHaveTextContent(
      'Today’s team gives 10 person-days for these dates; Sprint 1 was committed on 15 at its start. The figures below are those it was committed on.',
    );
  });
});
