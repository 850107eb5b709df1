import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openPlanning, teamOf } from './seed';

// The import dialog and ical.js load when a file is picked; on a busy machine that takes a moment.
configure({ asyncUtilTimeout: 5000 });

/** A leave calendar with "Ana – Urlaub in Köln", as older Outlook saves it: Windows-1252, not UTF-8. */
const leave = (encode: (text: string) => Uint8Array<ArrayBuffer>) =>
  encode(
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:leave-1',
      'SUMMARY:Ana - Urlaub in Köln',
      'DTSTART;VALUE=DATE:20261102',
      'DTEND;VALUE=DATE:20261104',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
  );
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16 = (text: string) => Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);

async function pick(bytes: Uint8Array<ArrayBuffer>, name: string) {
  const user = userEvent.setup();
  const planning = await openPlanning();
  await user.click(await screen.findByRole('button', { name: 'Calendar' }));
  await user.upload(
    screen.getByLabelText('Import from iCal (.ics)'),
    new File([bytes], name, { type: 'text/calendar' }),
  );
  return { ...planning, user, dialog: within(await screen.findByRole('dialog', { name: `Import from ${name}` })) };
}

describe('a calendar file that is not UTF-8', () => {
  it('is refused, saying so and how to fix it, rather than read with its letters garbled', async () => {
    const { dialog, user, seeded, backend } = await pick(leave(windows1252), 'urlaub.ics');
    expect(dialog.getByRole('alert')).toHaveTextContent(
      /^urlaub\.ics is not UTF-8 \(it looks like Windows-1252[^)]*\);.*Save or export it as UTF-8 and try again\.$/,
    );
    expect(dialog.queryByText(/K\uFFFDln/)).not.toBeInTheDocument();
    expect(dialog.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Close' }));
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.timeOff).toEqual([]);
  });

  it('a file saved as UTF-16 is refused, named as such, not called "not an iCal calendar"', async () => {
    const { dialog } = await pick(leave(utf16), 'urlaub.ics');
    expect(dialog.getByRole('alert')).toHaveTextContent(/urlaub\.ics is saved as UTF-16/);
  });

  it('a UTF-8 file with a byte-order mark is read as before', async () => {
    const { dialog } = await pick(
      Uint8Array.from([
        0xef,
        0xbb,
        0xbf,
        ...new TextEncoder().encode(new TextDecoder('latin1').decode(leave(windows1252))),
      ]),
      'urlaub.ics',
    );
    expect(dialog.getByText('Ana - Urlaub in Köln')).toBeInTheDocument();
  });
});
