import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * The time off and on-call forms open on the sprint's first day, From and To alike. Booking a day later in the
 * sprint meant setting From, pressing Add, being told "The end date must be on or after the start date." and
 * setting To as well. A From set after To takes To with it: one field set books one day.
 */
describe('the time off and on-call forms, From set after To', { timeout: 30_000 }, () => {
  async function openCalendar() {
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    if (!seeded) throw new Error('not seeded');
    return { user, seeded, backend };
  }

  it('books the one day set in From as time off', async () => {
    const { user, seeded, backend } = await openCalendar();
    const off = screen.getByRole('region', { name: 'Time off' });
    await user.selectOptions(within(off).getByLabelText('Member'), 'Bo');
    await user.clear(within(off).getByLabelText('From'));
    await user.type(within(off).getByLabelText('From'), '2026-11-05');
    expect(within(off).getByLabelText('To')).toHaveValue('2026-11-05');
    await user.click(within(off).getByRole('button', { name: 'Add time off' }));
    await waitFor(() =>
      expect(teamOf(backend, seeded.teamId)?.sprints[0]?.timeOff.map((t) => [t.memberId, t.date])).toEqual([
        [seeded.members.Bo, '2026-11-05'],
      ]),
    );
    expect(within(off).queryByText('The end date must be on or after the start date.')).toBeNull();
  });

  it('leaves a To set apart as it was when From moves up to it', async () => {
    const { user, seeded, backend } = await openCalendar();
    const onCall = screen.getByRole('region', { name: 'On-call shifts' });
    await user.clear(within(onCall).getByLabelText('To'));
    await user.type(within(onCall).getByLabelText('To'), '2026-11-08');
    await user.clear(within(onCall).getByLabelText('From'));
    await user.type(within(onCall).getByLabelText('From'), '2026-11-04');
    expect(within(onCall).getByLabelText('To')).toHaveValue('2026-11-08');
    await user.click(within(onCall).getByRole('button', { name: 'Add on-call shift' }));
    await waitFor(() =>
      expect(
        teamOf(backend, seeded.teamId)?.sprints[0]?.onCall.map((s) => [s.memberId, s.startDate, s.endDate]),
      ).toEqual([[seeded.members.Ana, '2026-11-04', '2026-11-08']]),
    );
  });
});
