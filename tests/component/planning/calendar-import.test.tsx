import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openPlanning, teamOf } from './seed';

// The import dialog and ical.js load when a file is picked; on a busy machine that takes a moment.
configure({ asyncUtilTimeout: 5000 });

const ics = (...events: string[][]) =>
  new File(
    [
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        ...events.flatMap((lines, i) => ['BEGIN:VEVENT', `UID:e${i}`, ...lines, 'END:VEVENT']),
        'END:VCALENDAR',
      ].join('\r\n'),
    ],
    'platform-oncall.ics',
    { type: 'text/calendar' },
  );

describe('importing on-call shifts and time off from iCal', () => {
  it('proposes the sprint’s events matched to members, lets the facilitator fix one, and adds them all at once', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await openPlanning();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    const file = ics(
      ['SUMMARY:On call - Ana', 'DTSTART;VALUE=DATE:20261102', 'DTEND;VALUE=DATE:20261107'],
      ['SUMMARY:Primary (handover)', 'DTSTART;VALUE=DATE:20261109', 'DTEND;VALUE=DATE:20261114'],
      ['SUMMARY:On call - Bo', 'DTSTART;VALUE=DATE:20261201', 'DTEND;VALUE=DATE:20261205'],
    );
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), file);

    const dialog = within(await screen.findByRole('dialog', { name: 'Import from platform-oncall.ics' }));
    expect(dialog.getByText(/^2 events fall in Sprint 1 \(Mon 2 Nov – Fri 13 Nov\)/)).toBeInTheDocument();
    expect(dialog.getByRole('radio', { name: 'On-call shifts' })).toBeChecked();
    // Ana is matched and ticked; the handover names nobody, so it waits unticked for a member.
    expect(dialog.getByRole('checkbox', { name: 'Add On call - Ana, Mon 2 Nov – Fri 6 Nov' })).toBeChecked();
    const handover = 'Primary (handover), Mon 9 Nov – Fri 13 Nov';
    expect(dialog.getByRole('checkbox', { name: `Add ${handover}` })).not.toBeChecked();

    await user.click(dialog.getByRole('checkbox', { name: `Add ${handover}` }));
    await user.click(dialog.getByRole('button', { name: 'Add 2 on-call shifts' }));
    expect(
      await dialog.findByText('Pick who “Primary (handover)” (Mon 9 Nov – Fri 13 Nov) is for, or untick it.'),
    ).toBeInTheDocument();
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.onCall).toEqual([]);

    await user.selectOptions(dialog.getByRole('combobox', { name: `Member for ${handover}` }), 'Bo');
    await user.click(dialog.getByRole('button', { name: 'Add 2 on-call shifts' }));
    expect(await screen.findByText('Added 2 on-call shifts from platform-oncall.ics.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const oncall = screen.getByRole('region', { name: 'On-call shifts' });
    expect(within(oncall).getByText('Ana on call Mon 2 Nov – Fri 6 Nov')).toBeInTheDocument();
    expect(within(oncall).getByText('Bo on call Mon 9 Nov – Fri 13 Nov')).toBeInTheDocument();
    const stored = teamOf(backend, seeded.teamId)?.sprints[0]?.onCall.map((s) => [s.memberId, s.startDate, s.endDate]);
    expect(stored).toEqual([
      [seeded.members.Ana, '2026-11-02', '2026-11-06'],
      [seeded.members.Bo, '2026-11-09', '2026-11-13'],
    ]);

    // The same file again: Ana's shift is already there, so it is shown as such and left unticked.
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), file);
    const again = within(await screen.findByRole('dialog'));
    expect(again.getByRole('checkbox', { name: 'Add On call - Ana, Mon 2 Nov – Fri 6 Nov' })).not.toBeChecked();
    expect(again.getByText('Already in the calendar')).toBeInTheDocument();
    await user.click(again.getByRole('button', { name: 'Add 0 on-call shifts' }));
    expect(await again.findByText('Tick at least one event to add.')).toBeInTheDocument();
  });

  it('adds leave as days off when the events read as time off', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await openPlanning();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    await user.upload(
      screen.getByLabelText('Import from iCal (.ics)'),
      ics(['SUMMARY:Bo - annual leave', 'DTSTART;VALUE=DATE:20261112', 'DTEND;VALUE=DATE:20261117']),
    );
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByRole('radio', { name: 'Time off' })).toBeChecked();
    await user.click(dialog.getByRole('button', { name: 'Add time off for 1 event' }));
    expect(await screen.findByText('Added time off for 1 event from platform-oncall.ics.')).toBeInTheDocument();
    // Thu 12 and Fri 13 Nov: the rest of the leave is after the sprint.
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.timeOff.map((t) => t.date)).toEqual([
      '2026-11-12',
      '2026-11-13',
    ]);
  });

  it('says plainly when the file is not a calendar, and adds nothing', async () => {
    // The picker offers .ics files, but anyone can switch it to "All files".
    const user = userEvent.setup({ applyAccept: false });
    const { seeded, backend } = await openPlanning();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    await user.upload(
      screen.getByLabelText('Import from iCal (.ics)'),
      new File(['name,date\nAna,2026-11-02'], 'leave.csv', { type: 'text/csv' }),
    );
    const dialog = within(await screen.findByRole('dialog', { name: 'Import from leave.csv' }));
    expect(dialog.getByRole('alert')).toHaveTextContent(
      'This file is not an iCal calendar (.ics): it has no BEGIN:VCALENDAR.',
    );
    await user.click(dialog.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.onCall).toEqual([]);
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.timeOff).toEqual([]);
  });
});
