import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

// The import dialog and ical.js load when a file is picked; on a busy machine that takes a moment.
configure({ asyncUtilTimeout: 5000 });

const event = (uid: string, summary: string, start: string, end: string) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  `SUMMARY:${summary}`,
  `DTSTART:${start}`,
  `DTEND:${end}`,
  'END:VEVENT',
];

const leave = new File(
  [
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'X-WR-CALNAME:Team leave',
      ...event('dentist', 'Ana - dentist (out of office)', '20261105T090000Z', '20261105T110000Z'),
      ...event('afternoon', 'Bo - afternoon off', '20261106T130000Z', '20261106T170000Z'),
      'END:VCALENDAR',
    ].join('\r\n'),
  ],
  'leave.ics',
  { type: 'text/calendar' },
);

/**
 * A 2-hour dentist visit on a leave calendar became a whole day off, and the dialog showed only the day, so nobody
 * could see why capacity fell by a day. Capacity counts days: an event shorter than half of the member's day is
 * not a day off, and says so with its hours; a longer one (Bo's afternoon, over half of his 3 h) is one.
 */
/** The seeded team (Ana 6 h a day, Bo 3 h) counting its days in UTC, on Planning → Calendar. */
async function openCalendar() {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seedPlanning(b);
    await b.api.updateTeamSettings({ teamId: seeded.teamId, settings: { timeZone: 'UTC' } });
  });
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
  if (!seeded) throw new Error('not seeded');
  return { user, seeded, backend };
}

describe('a timed event on a leave calendar', { timeout: 30_000 }, () => {
  it('shows its hours, skips one under half of the member’s day with the reason, and counts a longer one', async () => {
    const { user, seeded, backend } = await openCalendar();
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), leave);
    const dialog = within(await screen.findByRole('dialog', { name: 'Import from leave.ics' }));
    await user.click(dialog.getByRole('radio', { name: 'Time off' }));

    const dentist = dialog.getByRole('row', { name: /Ana - dentist/ });
    expect(dentist).toHaveTextContent('Thu 5 Nov, 09:00–11:00');
    expect(dentist).toHaveTextContent('Only 2 hours, under half of Ana’s 6-hour day: not a day off');
    expect(within(dentist).getByRole('checkbox')).not.toBeChecked();
    const afternoon = dialog.getByRole('row', { name: /Bo - afternoon off/ });
    expect(afternoon).toHaveTextContent('Fri 6 Nov, 13:00–17:00');
    expect(within(afternoon).getByRole('checkbox')).toBeChecked();

    await user.click(dialog.getByRole('button', { name: 'Add time off for 1 event' }));
    await waitFor(() =>
      expect(teamOf(backend, seeded.teamId)?.sprints[0]?.timeOff.map((t) => [t.memberId, t.date])).toEqual([
        [seeded.members.Bo, '2026-11-06'],
      ]),
    );
  });

  it('is skipped by the import itself, not only unticked, when picked anyway', async () => {
    const { user, seeded, backend } = await openCalendar();
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), leave);
    const dialog = within(await screen.findByRole('dialog', { name: 'Import from leave.ics' }));
    await user.click(dialog.getByRole('radio', { name: 'Time off' }));
    await user.click(within(dialog.getByRole('row', { name: /Ana - dentist/ })).getByRole('checkbox'));
    await user.click(dialog.getByRole('button', { name: 'Add time off for 2 events' }));
    expect(await screen.findByText(/\(1 skipped\)/)).toBeInTheDocument();
    const anaOff = teamOf(backend, seeded.teamId)?.sprints[0]?.timeOff.filter((t) => t.memberId === seeded.members.Ana);
    expect(anaOff).toEqual([]);
  });
});
