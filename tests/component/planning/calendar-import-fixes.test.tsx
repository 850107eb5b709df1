import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';
import { icsOf } from '../../helpers/ics';

// The import dialog and ical.js load when a file is picked; on a busy machine that takes a moment.
configure({ asyncUtilTimeout: 5000 });

const week = (uid: string, who: string, from: string, to: string) => [
  `UID:${uid}`,
  `SUMMARY:On call - ${who}`,
  `DTSTART;VALUE=DATE:${from}`,
  `DTEND;VALUE=DATE:${to}`,
];

/**
 * Ana, Bo and Cy; Bo had a shift booked, then stopped taking on-call; Ana's week 1 came from an earlier import of
 * the rota (event w1).
 */
async function open() {
  let seeded: (Seeded & { cy: string }) | undefined;
  const backend = await renderApp('planning', async (b) => {
    const base = await seedPlanning(b);
    const cy = (
      await b.api.addMember({
        teamId: base.teamId,
        member: { name: 'Cy', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
      })
    ).id;
    const ref = { teamId: base.teamId, sprintId: base.sprintId };
    const bo = base.members.Bo!;
    await b.api.addOnCall({ ...ref, range: { memberId: bo, startDate: '2026-11-12', endDate: '2026-11-13' } });
    await b.api.updateMember({ teamId: base.teamId, memberId: bo, member: { takesOnCall: false } });
    await b.api.importCalendar({ ...ref, text: icsOf(week('w1', 'Ana', '20261102', '20261107')), kind: 'onCall' });
    seeded = { ...base, cy };
  });
  await screen.findByRole('heading', { name: 'Sprint planning' }, { timeout: 10_000 });
  if (!seeded) throw new Error('not seeded');
  return { seeded, backend };
}

describe('the calendar import preview and the on-call list', () => {
  it('marks a kept shift of a member who no longer takes on-call, without removing it', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    const oncall = screen.getByRole('region', { name: 'On-call shifts' });
    const bos = within(oncall).getByText('Bo on call Thu 12 Nov – Fri 13 Nov', { exact: false });
    expect(bos.closest('li')).toHaveTextContent(
      'Bo on call Thu 12 Nov – Fri 13 Nov — does not take on-call shifts (see the Team screen); still counted',
    );
    expect(within(oncall).getByRole('button', { name: /^Remove Bo on call/ })).toBeInTheDocument();
  });

  it('shows a changed rota week as changed, a shift for someone not on call as a problem, and the file’s problems', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    const file = new File(
      [
        icsOf(
          // The rota gave week 1 (the same event) to Cy.
          week('w1', 'Cy', '20261102', '20261107'),
          week('w2', 'Bo', '20261109', '20261114'),
          ['UID:w3', 'SUMMARY:Broken rule', 'DTSTART;VALUE=DATE:20261102', 'RRULE:FREQ=WEEKLY;BYDAY=XX'],
        ),
      ],
      'rota.ics',
      { type: 'text/calendar' },
    );
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), file);
    const dialog = within(await screen.findByRole('dialog', { name: 'Import from rota.ics' }));

    const problems = dialog.getByRole('list', { name: 'Problems in the file' });
    expect(problems).toHaveTextContent('“Broken rule” could not be read and was left out');

    // A row that changes a shift an earlier import made says so on its box, as the button and the toast do.
    const changed = 'Change On call - Cy, Mon 2 Nov – Fri 6 Nov';
    expect(dialog.getByRole('checkbox', { name: changed })).toBeChecked();
    expect(dialog.getByText('Changed since the last import: was Ana')).toBeInTheDocument();

    const bo = 'Add On call - Bo, Mon 9 Nov – Fri 13 Nov';
    expect(dialog.getByRole('checkbox', { name: bo })).not.toBeChecked();
    const why =
      'Bo does not take on-call shifts: turn on "Takes on-call shifts" for them on the Team screen, then import again';
    expect(dialog.getByText(`Problem: ${why}`)).toBeInTheDocument();

    await user.click(dialog.getByRole('checkbox', { name: bo }));
    await user.click(dialog.getByRole('button', { name: 'Add 1 on-call shift and change 1' }));
    expect(await dialog.findByText(`Untick “On call - Bo” (Mon 9 Nov – Fri 13 Nov): ${why}.`)).toBeInTheDocument();

    await user.click(dialog.getByRole('checkbox', { name: bo }));
    await user.click(dialog.getByRole('button', { name: 'Change 1 on-call shift' }));
    // Nothing was added: the one shift ticked changed.
    expect(await screen.findByText('Changed 1 on-call shift from rota.ics (1 skipped).')).toBeInTheDocument();
    const stored = teamOf(backend, seeded.teamId)?.sprints[0]?.onCall.map((s) => [s.memberId, s.startDate]);
    expect(stored).toEqual([
      [seeded.members.Bo, '2026-11-12'],
      [seeded.cy, '2026-11-02'],
    ]);
  });

  it('says apart how many shifts it added and how many it changed', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    const file = new File(
      [icsOf(week('w1', 'Cy', '20261102', '20261107'), week('w5', 'Cy', '20261109', '20261114'))],
      'rota.ics',
      { type: 'text/calendar' },
    );
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), file);
    const dialog = within(await screen.findByRole('dialog', { name: 'Import from rota.ics' }));
    await user.click(dialog.getByRole('button', { name: 'Add 1 on-call shift and change 1' }));
    expect(await screen.findByText('Added 1 on-call shift and changed 1 from rota.ics.')).toBeInTheDocument();
  });

  it('ticks the rows again for the kind picked, instead of carrying the ticks of the kind before', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    const file = new File(
      [icsOf(week('w2', 'Bo', '20261109', '20261114'), week('w4', 'Cy', '20261102', '20261107'))],
      'away.ics',
      {
        type: 'text/calendar',
      },
    );
    await user.upload(screen.getByLabelText('Import from iCal (.ics)'), file);
    const dialog = within(await screen.findByRole('dialog', { name: 'Import from away.ics' }));
    const bo = () => dialog.getByRole('checkbox', { name: /^Add On call - Bo, / });
    const cy = () => dialog.getByRole('checkbox', { name: /^Add On call - Cy, / });
    // Read as on-call shifts: Bo does not take on-call, so only Cy's week is ticked.
    expect(bo()).not.toBeChecked();
    expect(cy()).toBeChecked();
    // The same events as time off: both are days off to add.
    await user.click(dialog.getByRole('radio', { name: 'Time off' }));
    expect(bo()).toBeChecked();
    expect(cy()).toBeChecked();
    // Back to on-call: Bo's week is a problem again.
    await user.click(dialog.getByRole('radio', { name: 'On-call shifts' }));
    expect(bo()).not.toBeChecked();
    expect(cy()).toBeChecked();
  });
});
