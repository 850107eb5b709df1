import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** On-call shifts were listed in the order they were added (a schedule imported, then one typed), not by date. */
describe("the Calendar tab's on-call shifts", { timeout: 30_000 }, () => {
  it('are listed in date order, whatever order they were added in', async () => {
    await renderApp('planning', async (b) => {
      const s = await seedPlanning(b);
      const ref = { teamId: s.teamId, sprintId: s.sprintId };
      await b.api.addOnCall({
        ...ref,
        range: { memberId: s.members.Bo!, startDate: '2026-11-09', endDate: '2026-11-13' },
      });
      await b.api.addOnCall({
        ...ref,
        range: { memberId: s.members.Ana!, startDate: '2026-11-02', endDate: '2026-11-06' },
      });
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    const onCall = screen.getByRole('region', { name: 'On-call shifts' });
    const rows = within(onCall)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(rows).toEqual([
      expect.stringMatching(/^Ana on call Mon 2 Nov/),
      expect.stringMatching(/^Bo on call Mon 9 Nov/),
    ]);
  });

  it("lists shifts starting the same day in the order of the team's members, as the capacity table does", async () => {
    await renderApp('planning', async (b) => {
      const s = await seedPlanning(b);
      const ref = { teamId: s.teamId, sprintId: s.sprintId };
      // Bo's shorter shift goes in first.
      await b.api.addOnCall({
        ...ref,
        range: { memberId: s.members.Bo!, startDate: '2026-11-02', endDate: '2026-11-03' },
      });
      await b.api.addOnCall({
        ...ref,
        range: { memberId: s.members.Ana!, startDate: '2026-11-02', endDate: '2026-11-06' },
      });
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    const onCall = screen.getByRole('region', { name: 'On-call shifts' });
    const rows = within(onCall)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(rows).toEqual([
      expect.stringMatching(/^Ana on call Mon 2 Nov – Fri 6 Nov/),
      expect.stringMatching(/^Bo on call Mon 2 Nov – Tue 3 Nov/),
    ]);
  });
});
