import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

// The import dialog and ical.js load when a file is picked; on a busy machine that takes a moment.
configure({ asyncUtilTimeout: 5000 });

const leave = new File(
  [
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'X-WR-CALNAME:Team leave',
      'BEGIN:VEVENT',
      'UID:bea-ooo',
      'SUMMARY:Bea OOO',
      'DTSTART;VALUE=DATE:20261104',
      'DTEND;VALUE=DATE:20261105',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:dentist',
      'SUMMARY:Dentist',
      'DTSTART;VALUE=DATE:20261105',
      'DTEND;VALUE=DATE:20261106',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
  ],
  'leave.ics',
  { type: 'text/calendar' },
);

/**
 * "Bea OOO" with two Beas on the team said "Nobody matched: pick", as if the name fitted nobody: the facilitator
 * could not tell a name the import did not know from one it could not decide. The picker says which it is, and
 * who fits.
 */
describe('an imported event whose name fits several members', { timeout: 30_000 }, () => {
  it('says how many people match and who they are, and "Nobody matched" only when nobody does', async () => {
    await renderApp('planning', async (b) => {
      const { teamId } = await seedPlanning(b);
      for (const name of ['Bea Lima', 'Bea Costa']) {
        await b.api.addMember({ teamId, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
      }
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), leave);
    const dialog = within(await screen.findByRole('dialog', { name: 'Import from leave.ics' }));
    await user.click(dialog.getByRole('radio', { name: 'Time off' }));

    expect(dialog.getByRole('combobox', { name: /^Member for Bea OOO/ })).toHaveDisplayValue(
      '2 people match (Bea Lima, Bea Costa): pick one',
    );
    expect(dialog.getByRole('combobox', { name: /^Member for Dentist/ })).toHaveDisplayValue('Nobody matched: pick');
  });
});
