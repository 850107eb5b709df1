import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { member, sprint, team } from '../helpers/fixtures';
import { appWithTeams } from './helpers/app';
import { download, expectNoAxeViolations, newPage, screenshot } from './helpers/browser';
import { callApi } from './helpers/server';
import { readCalendarEvents } from '../../src/domain/planning/ical-import';
import type { TeamDoc } from '../../src/domain/workspace';

/** A PagerDuty-style schedule export: a weekly rota for two people and a one-off override. */
const SCHEDULE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//PagerDuty Inc.//Schedules//EN',
  'BEGIN:VEVENT',
  'UID:rota-asha',
  'SUMMARY:On Call - Asha Patel - Platform primary',
  'ATTENDEE;CN=Asha Patel:mailto:asha@example.com',
  'DTSTART:20261130T090000Z',
  'DTEND:20261203T090000Z',
  'RRULE:FREQ=WEEKLY;COUNT=8',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:override',
  'SUMMARY:Override: platform primary',
  'DTSTART:20261207T090000Z',
  'DTEND:20261209T090000Z',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** Opens the sprint calendar and picks a file with the given name and text in the iCal import. */
async function pickCalendarFile(browser: Browser, url: string, name: string, text: string): Promise<Page> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cadence-ics-')), name);
  writeFileSync(file, text);
  const page = await newPage(browser);
  await page.goto(url);
  await page.getByRole('link', { name: 'Planning', exact: true }).click();
  await page.getByRole('button', { name: 'Calendar', exact: true }).click();
  await page.getByLabel('Import from iCal (.ics)').setInputFiles(file);
  return page;
}

describe('iCal import on the sprint calendar', () => {
  let teamId = '';
  const app = appWithTeams(() => {
    const doc: TeamDoc = team('Platform', {
      members: [member('Asha Patel'), member('Ben Ode'), member('Cy Ops', { takesOnCall: false })],
      sprints: [sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' })],
    });
    teamId = doc.id;
    return [doc];
  });

  it('adds a PagerDuty rota as on-call shifts after the facilitator checks who is who, and exports the calendar', async () => {
    const page = await pickCalendarFile(app.browser, app.server.url, 'platform-primary.ics', SCHEDULE);
    const dialog = page.getByRole('dialog', { name: 'Import from platform-primary.ics' });
    await dialog.getByText('3 events fall in Sprint 12 (Mon 30 Nov – Fri 11 Dec)', { exact: false }).waitFor();
    // Timed shifts count every day they touch, but not a last day left before noon: 09:00 Monday to
    // 09:00 Wednesday is Mon–Tue.
    const override = 'Override: platform primary, Mon 7 Dec – Tue 8 Dec';
    await dialog.getByRole('combobox', { name: `Member for ${override}` }).selectOption({ label: 'Ben Ode' });
    await expectNoAxeViolations(page, 'iCal import dialog');
    await screenshot(page, 'calendar-import-dialog', { fullPage: false });

    await dialog.getByRole('button', { name: 'Add 3 on-call shifts' }).click();
    await page.getByText('Added 3 on-call shifts from platform-primary.ics.').waitFor();
    const shifts = page.getByRole('region', { name: 'On-call shifts' }).getByRole('listitem');
    expect(await shifts.allTextContents()).toEqual([
      'Asha Patel on call Mon 30 Nov – Wed 2 DecRemove',
      'Asha Patel on call Mon 7 Dec – Wed 9 DecRemove',
      'Ben Ode on call Mon 7 Dec – Tue 8 DecRemove',
    ]);
    await screenshot(page, 'calendar-import-added');

    const stored = await callApi<TeamDoc>(app.server, 'getTeam', { teamId });
    expect(stored.sprints[0]?.onCall).toHaveLength(3);

    // The sprint's calendar goes back out as iCal for the team's own calendars, shifts included.
    const { name, text: exported } = await download(page, 'Export calendar (.ics)');
    expect(name).toBe('sprint-12-calendar.ics');
    const { events } = readCalendarEvents(exported, '2026-11-30', '2026-12-11');
    expect(events.map((e) => `${e.summary} ${e.startDate}…${e.endDate}`)).toEqual([
      'Asha Patel on call 2026-11-30…2026-12-02',
      'Sprint 12 2026-11-30…2026-12-11',
      'Asha Patel on call 2026-12-07…2026-12-09',
      'Ben Ode on call 2026-12-07…2026-12-08',
    ]);
  });

  it('adds an Outlook leave calendar as time off: a moved occurrence on its new day, a free event left unticked', async () => {
    const outlook = readFileSync(path.join(import.meta.dirname, '../fixtures/calendars/outlook-leave.ics'), 'utf8');
    const page = await pickCalendarFile(app.browser, app.server.url, 'asha-leave.ics', outlook);
    const dialog = page.getByRole('dialog', { name: 'Import from asha-leave.ics' });
    await dialog.getByText('3 events fall in Sprint 12', { exact: false }).waitFor();
    // Outlook's out-of-office status reads as leave.
    expect(await dialog.getByRole('radio', { name: 'Time off' }).isChecked()).toBe(true);
    for (const row of ['Away, Thu 3 Dec', 'Annual leave, Thu 10 Dec – Fri 11 Dec']) {
      await dialog.getByRole('combobox', { name: `Member for ${row}` }).selectOption({ label: 'Asha Patel' });
    }
    await dialog.getByText('Marked free (TRANSP:TRANSPARENT), so not leave').waitFor();
    expect(await dialog.getByRole('checkbox', { name: 'Add Focus time, Wed 9 Dec' }).isChecked()).toBe(false);
    await screenshot(page, 'calendar-import-leave', { fullPage: false });

    await dialog.getByRole('button', { name: 'Add time off for 2 events' }).click();
    await page.getByText('Added time off for 2 events from asha-leave.ics (1 skipped).').waitFor();
    const stored = await callApi<TeamDoc>(app.server, 'getTeam', { teamId });
    const asha = stored.members.find((m) => m.name === 'Asha Patel')!;
    expect(stored.sprints[0]?.timeOff.filter((t) => t.memberId === asha.id).map((t) => t.date)).toEqual([
      '2026-12-03',
      '2026-12-10',
      '2026-12-11',
    ]);
    await screenshot(page, 'calendar-import-leave-added');
  });

  it('moves a rota week handed to someone else, and leaves out a shift for someone who does not take on-call', async () => {
    // The same schedule exported again: Asha's second week went to Ben, and Cy (not on the rota) shadows.
    const again = SCHEDULE.replace(
      'END:VCALENDAR',
      [
        'BEGIN:VEVENT',
        'UID:rota-asha',
        'RECURRENCE-ID:20261207T090000Z',
        'SUMMARY:On Call - Ben Ode - Platform primary',
        'ATTENDEE;CN=Ben Ode:mailto:ben@example.com',
        'DTSTART:20261207T090000Z',
        'DTEND:20261210T090000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:cy-shadow',
        'SUMMARY:On Call - Cy Ops - shadow',
        'DTSTART:20261201T090000Z',
        'DTEND:20261202T090000Z',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const page = await pickCalendarFile(app.browser, app.server.url, 'platform-primary.ics', again);
    const dialog = page.getByRole('dialog', { name: 'Import from platform-primary.ics' });
    await dialog.getByText('Changed since the last import: was Asha Patel').waitFor();
    const shadow = 'On Call - Cy Ops - shadow, Tue 1 Dec';
    await dialog.getByText(/^Problem: Cy Ops does not take on-call shifts/).waitFor();
    expect(await dialog.getByRole('checkbox', { name: `Add ${shadow}` }).isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'iCal import with a changed and a refused row');
    await screenshot(page, 'calendar-import-rota-changed', { fullPage: false });
    // Ticked anyway, it is refused by name before anything is written.
    await dialog.getByRole('checkbox', { name: `Add ${shadow}` }).check();
    await dialog.getByRole('button', { name: /^Add 1 on-call shift and change 1$/ }).click();
    await dialog.getByText(/^Untick “On Call - Cy Ops - shadow” \(Tue 1 Dec\): Cy Ops does not take on-call/).waitFor();
    await dialog.getByRole('checkbox', { name: `Add ${shadow}` }).uncheck();
    await dialog.getByRole('button', { name: /^Change 1 on-call shift$/ }).click();
    await page.getByText(/^Changed 1 on-call shift from platform-primary\.ics/).waitFor();

    const stored = await callApi<TeamDoc>(app.server, 'getTeam', { teamId });
    const name = (id: string) => stored.members.find((m) => m.id === id)?.name;
    expect(stored.sprints[0]?.onCall.map((s) => `${name(s.memberId)} ${s.startDate}…${s.endDate}`).sort()).toEqual([
      'Asha Patel 2026-11-30…2026-12-02',
      'Ben Ode 2026-12-07…2026-12-08',
      'Ben Ode 2026-12-07…2026-12-09',
    ]);
  });

  it('refuses a file that is not a calendar with the reason, changing nothing', async () => {
    const shiftsNow = async () => (await callApi<TeamDoc>(app.server, 'getTeam', { teamId })).sprints[0]?.onCall;
    const before = await shiftsNow();
    const damaged = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:yesterday';
    const page = await pickCalendarFile(app.browser, app.server.url, 'rota.ics', damaged);
    const dialog = page.getByRole('dialog', { name: 'Import from rota.ics' });
    expect(await dialog.getByRole('alert').textContent()).toMatch(/^This iCal file could not be read: /);
    await screenshot(page, 'calendar-import-bad-file', { fullPage: false });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await shiftsNow()).toEqual(before);
  });
});
