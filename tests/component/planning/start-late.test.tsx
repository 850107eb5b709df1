import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedPlanning, teamOf, type Seeded } from './seed';
import { renderApp } from '../render-app';

configure({ asyncUtilTimeout: 5000 });

/** The seeded Sprint 1 runs Mon 2 Nov – Fri 13 Nov 2026; on Wed 4 Nov two of its ten working days are gone. */
describe('starting a planned sprint whose dates have begun to pass', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says so, and offers its dates from today, then comes back to Start', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-04T09:00:00.000Z'));
    const user = userEvent.setup();
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      await b.api.planItem({
        teamId: seeded.teamId,
        sprintId: seeded.sprintId,
        itemId: seeded.items['Rotate certificates']!,
      });
    });
    await user.click(await screen.findByRole('button', { name: 'Start sprint' }, { timeout: 10_000 }));
    const start = screen.getByRole('dialog', { name: 'Start Sprint 1' });
    expect(start).toHaveTextContent(
      'Sprint 1 was to start on Mon 2 Nov: 2 of its 10 working days have passed. Started on these dates, its capacity counts them, with their time off, on-call shifts and change windows.',
    );
    const change = within(start).getByRole('button', { name: 'Change the dates' });
    expect(change).toHaveFocus();
    expect(start).toHaveTextContent('to Wed 4 Nov – Tue 17 Nov, from today, as many working days');

    await user.click(change);
    const form = screen.getByRole('dialog', { name: 'New dates for Sprint 1' });
    expect(within(form).getByLabelText('Start date')).toHaveValue('2026-11-04');
    expect(within(form).getByLabelText('End date')).toHaveValue('2026-11-17');
    // As many working days as planned: nothing to explain.
    expect(form).not.toHaveTextContent(/Offered from today/);
    await user.click(within(form).getByRole('button', { name: 'Save dates' }));

    const again = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    expect(again).not.toHaveTextContent(/have passed/);
    expect(within(again).getByRole('button', { name: 'Start sprint' })).toHaveFocus();
    const sprint = teamOf(backend, seeded!.teamId)?.sprints[0];
    expect(sprint).toMatchObject({ startDate: '2026-11-04', endDate: '2026-11-17', state: 'planned' });
  });

  /** The app on Sprint 1's Start dialog at `now`, with Sprint 2 planned for Mon 16 – Fri 27 Nov. */
  async function startWithSprint2(now: string) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
    const user = userEvent.setup();
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      // An empty sprint cannot start (its Start button says so and opens no dialog): one item is planned.
      const itemId = seeded.items['Rotate certificates']!;
      await b.api.planItem({ teamId: seeded.teamId, sprintId: seeded.sprintId, itemId });
      await b.api.createSprint({
        teamId: seeded.teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      });
    });
    await user.click(await screen.findByRole('button', { name: 'Start sprint' }, { timeout: 10_000 }));
    return { user, backend, seeded: seeded!, start: screen.getByRole('dialog', { name: 'Start Sprint 1' }) };
  }

  it('offers dates that end before the next sprint, shorter, and says why; they save', async () => {
    const { user, backend, seeded, start } = await startWithSprint2('2026-11-04T09:00:00.000Z');
    expect(start).toHaveTextContent(
      'to Wed 4 Nov – Fri 13 Nov, from today: 8 working days, not 10, so that it ends before Sprint 2 starts on Mon 16 Nov; you can adjust them before saving.',
    );
    await user.click(within(start).getByRole('button', { name: 'Change the dates' }));
    const form = screen.getByRole('dialog', { name: 'New dates for Sprint 1' });
    expect(within(form).getByLabelText('End date')).toHaveValue('2026-11-13');
    await user.click(within(form).getByRole('button', { name: 'Save dates' }));

    const again = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    expect(within(again).getByRole('button', { name: 'Start sprint' })).toHaveFocus();
    const sprint = teamOf(backend, seeded.teamId)?.sprints.find((s) => s.id === seeded.sprintId);
    expect(sprint).toMatchObject({ startDate: '2026-11-04', endDate: '2026-11-13', state: 'planned' });
  });

  it('the new-dates form says why the dates it offers are shorter, in the words of the Start dialog', async () => {
    const { user, start } = await startWithSprint2('2026-11-04T09:00:00.000Z');
    await user.click(within(start).getByRole('button', { name: 'Change the dates' }));
    const form = screen.getByRole('dialog', { name: 'New dates for Sprint 1' });
    expect(form).toHaveTextContent(
      'Offered from today: 8 working days, not 10, so that it ends before Sprint 2 starts on Mon 16 Nov.',
    );
  });

  it('says plainly when no working day is left before the next sprint, and offers only the planned dates', async () => {
    // Saturday 14 Nov: Sprint 1's days are gone, and Sprint 2 starts on Monday.
    const { start } = await startWithSprint2('2026-11-14T09:00:00.000Z');
    expect(start).toHaveTextContent(
      'No working day is left between today and Sprint 2 (Mon 16 Nov – Fri 27 Nov): new dates from today would overlap it. Sprint 1 can start only on its planned dates.',
    );
    expect(within(start).queryByRole('button', { name: 'Change the dates' })).toBeNull();
    expect(within(start).getByRole('button', { name: 'Start sprint' })).toHaveFocus();
  });
});
