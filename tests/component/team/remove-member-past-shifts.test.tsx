import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/planning/calendar';
import { dateInZone } from '../../../src/domain/shared/zoned-time';
import { renderApp } from '../render-app';

configure({ asyncUtilTimeout: 5000 });

/**
 * Removing someone from the team in the middle of an active sprint: a shift they served earlier in it needs
 * nobody now; only the shifts from today on are left without cover.
 */
describe('Removing someone in the middle of a sprint', { timeout: 30_000 }, () => {
  it('counts only their on-call shifts from today on as needing cover', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api, store }) => {
      const team = await api.createTeam({ name: 'Platform' });
      const teamId = team.id;
      // The team's date today, as the screen reads it (the sprint is around it, whatever day the test runs).
      const today = dateInZone(Date.now(), store.snapshot().teams[0]!.settings.timeZone);
      const ana = await api.addMember({
        teamId,
        member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
      });
      await api.addMember({ teamId, member: { name: 'Bo', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
      const sprint = { name: 'Sprint 1', goal: '', startDate: addDays(today, -6), endDate: addDays(today, 7) };
      const sprintId = (await api.createSprint({ teamId, sprint })).sprints[0]!.id;
      for (const [from, to] of [
        [-6, -4], // served
        [-1, 0], // under way: ends today
        [3, 4], // to come
      ] as const) {
        const range = { memberId: ana.id, startDate: addDays(today, from), endDate: addDays(today, to) };
        await api.addOnCall({ teamId, sprintId, range });
      }
      const item = await api.createItem({
        teamId,
        item: {
          title: 'Rotate certificates',
          type: 'task',
          description: '',
          points: 3,
          labels: [],
          acceptanceCriteria: [],
          links: [],
          needsChangeWindow: false,
          status: 'todo',
          readyChecks: [],
        },
      });
      await api.planItem({ teamId, sprintId, itemId: item.id });
      await api.startSprint({ teamId, sprintId });
    });
    await user.click(await screen.findByRole('button', { name: 'Remove Ana' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Ana?' });
    expect(dialog).toHaveTextContent(
      'Their 2 on-call shifts still to serve stay on the calendar as “Former member”, with nobody covering them',
    );
  });
});
