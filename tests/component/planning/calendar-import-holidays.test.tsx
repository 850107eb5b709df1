import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openPlanning, teamOf } from './seed';

// The import dialog and ical.js load when a file is picked; on a busy machine that takes a moment.
configure({ asyncUtilTimeout: 5000 });

const holidays = new File(
  [
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'X-WR-CALNAME:Holidays in France',
      'BEGIN:VEVENT',
      'UID:armistice',
      'SUMMARY:Armistice Day',
      'DTSTART;VALUE=DATE:20261111',
      'DTEND;VALUE=DATE:20261112',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
  ],
  'holidays-fr.ics',
  { type: 'text/calendar' },
);

/** A holiday is the whole team's: the import must not ask who it is for, as if picking someone changed it. */
describe('importing a holiday calendar', { timeout: 30_000 }, () => {
  it('says a holiday is for the whole team instead of offering a member to pick', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await openPlanning();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), holidays);

    const dialog = within(await screen.findByRole('dialog', { name: 'Import from holidays-fr.ics' }));
    expect(dialog.getByRole('radio', { name: 'Holidays' })).toBeChecked();
    const row = dialog.getByRole('row', { name: /Armistice Day/ });
    expect(within(row).queryByRole('combobox')).toBeNull();
    expect(row).toHaveTextContent('The whole team');
    expect(row).not.toHaveTextContent('Nobody matched');

    // Read as time off instead, the same row asks who is off.
    await user.click(dialog.getByRole('radio', { name: 'Time off' }));
    expect(within(row).getByRole('combobox', { name: 'Member for Armistice Day, Wed 11 Nov' })).toHaveDisplayValue(
      'Nobody matched: pick',
    );
    await user.click(dialog.getByRole('radio', { name: 'Holidays' }));
    await user.click(dialog.getByRole('button', { name: 'Add 1 holiday event' }));
    expect(await screen.findByText('Added 1 holiday event from holidays-fr.ics.')).toBeInTheDocument();
    expect(teamOf(backend, seeded.teamId)?.calendar.holidays.map((h) => [h.date, h.name])).toEqual([
      ['2026-11-11', 'Armistice Day'],
    ]);
  });
});
