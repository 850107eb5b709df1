import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, type Seeded } from './seed';
import { icsOf } from '../../helpers/ics';

// The import dialog and ical.js load when a file is picked; on a busy machine that takes a moment.
configure({ asyncUtilTimeout: 5000 });

/** Ana's on-call week, as a rota export holds it (Tue 3 Nov – Sat 7 Nov). */
const rota = icsOf([
  'UID:rota-ana-45',
  'SUMMARY:On call - Ana',
  'DTSTART;VALUE=DATE:20261103',
  'DTEND;VALUE=DATE:20261108',
]);

describe('the calendar import preview', () => {
  it('says what the import will do to a shift typed in by hand that the rota has since moved', async () => {
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      // Typed in by hand (no source): Ana on call Mon 2 Nov – Fri 6 Nov.
      await b.api.addOnCall({
        teamId: seeded.teamId,
        sprintId: seeded.sprintId,
        range: { memberId: seeded.members.Ana!, startDate: '2026-11-02', endDate: '2026-11-06' },
      });
    });
    await screen.findByRole('heading', { name: 'Sprint planning' }, { timeout: 10_000 });
    if (!seeded) throw new Error('not seeded');
    const ref = { teamId: seeded.teamId, sprintId: seeded.sprintId };

    // What the import does with that row: it moves Ana's shift, and says so.
    const dryRun = await backend.api.importCalendar({ ...ref, text: rota, kind: 'onCall', dryRun: true });
    expect(dryRun.rows.map((r) => [r.action, r.reason])).toEqual([
      ['update', 'Changed since the last import: was Mon 2 Nov – Fri 6 Nov 2026'],
    ]);

    // The preview says the same before anything is added.
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    await user.upload(
      screen.getByLabelText('Import from iCal (.ics)'),
      new File([rota], 'rota.ics', { type: 'text/calendar' }),
    );
    const dialog = within(await screen.findByRole('dialog', { name: 'Import from rota.ics' }));
    expect(dialog.getByRole('checkbox', { name: /^Change On call - Ana, / })).toBeChecked();
    expect(dialog.getByText('Changed since the last import: was Mon 2 Nov – Fri 6 Nov 2026')).toBeInTheDocument();
  });
});
