import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RetroSchema } from '../../src/domain/retro/schema';
import { BlockerSchema } from '../../src/domain/standup/schema';
import { BUILT_IN_TEMPLATES } from '../../src/domain/retro/templates';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, sprint, team } from '../helpers/fixtures';
import { appWithTeams } from './helpers/app';
import { expectNoAxeViolations, newPage, screenshot } from './helpers/browser';

/**
 * Chromium sends `focusout` before it takes a removed element out of the page, so only a real browser shows
 * whether the focus survives a control that goes away. Every step here is keyboard-only (focus a control,
 * press a key) and checks the control that holds the focus afterwards, not merely that it is off the body.
 */

function seeded(): TeamDoc {
  const ada = member('Ada T.');
  const bjorn = member('Bjorn W.');
  const chen = member('Chen L.');
  const s10 = sprint({ name: 'Sprint 10', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
  const ops = BUILT_IN_TEMPLATES.find((t) => t.id === 'ops')!;
  const retro = (id: string, title: string, createdAt: string, extra: Record<string, unknown> = {}) =>
    RetroSchema.parse({
      id,
      title,
      sprintId: null,
      templateName: ops.name,
      columns: ops.columns,
      phase: 'checkin',
      createdAt,
      updatedAt: createdAt,
      ...extra,
    });
  const action = (id: string, text: string) => ({
    id,
    text,
    // Bjorn stays on the team (Ada is removed in the first steps).
    ownerId: bjorn.id,
    dueDate: '2026-12-04',
    type: 'process',
    ticketKey: 'OPS-12',
    sourceId: null,
    createdAt: '2026-10-16T14:00:00.000Z',
  });
  return team('Platform', {
    members: [ada, bjorn, chen],
    sprints: [s10],
    items: [item('Rotate TLS certificates', { sprintId: s10.id, status: 'done', points: 3, ownerId: ada.id })],
    blockers: [
      BlockerSchema.parse({
        id: 'blocker-1',
        text: 'Waiting on the firewall change',
        raisedAt: '2026-11-20T09:00:00.000Z',
      }),
    ],
    retros: [
      retro('retro-8', 'Sprint 8 retro', '2026-10-16T14:00:00.000Z', {
        phase: 'actions',
        actions: [action('act-1', 'Add runbook links to every alert'), action('act-2', 'Page the secondary later')],
      }),
      retro('retro-9', 'Sprint 9 retro', '2026-10-30T14:00:00.000Z'),
      retro('retro-10', 'Sprint 10 retro', '2026-11-13T14:00:00.000Z'),
    ],
  });
}

/** Focuses the control and presses the key on it, as Tab and Enter would. */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.press(key);
}

/**
 * Waits (up to two seconds, far past the one-frame rescue) until `control` is the page's active element;
 * else a soft failure naming what holds the focus, so one run lists every step that drops it.
 */
async function expectFocusOn(page: Page, control: Locator, step: string): Promise<void> {
  const holder = async () =>
    (await control.evaluate((el) => el === document.activeElement).catch(() => false))
      ? 'on it'
      : await page.evaluate(() => {
          const a = document.activeElement;
          return a && a !== document.body
            ? `${a.tagName.toLowerCase()} "${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 50)}"`
            : 'BODY';
        });
  const until = Date.now() + 2_000;
  let now = await holder();
  while (now !== 'on it' && Date.now() < until) {
    await page.waitForTimeout(100);
    now = await holder();
  }
  expect.soft(now, `focus after ${step}`).toBe('on it');
}

/** A few frames: the rescue decides a frame after the focus was lost. */
const frames = (page: Page, n = 5) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(count);
      }),
    n,
  );

async function openScreen(page: Page, name: string, heading: string): Promise<void> {
  await press(page.getByRole('navigation', { name: 'Ceremonies' }).getByRole('link', { name, exact: true }));
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
}

describe('the focus after a control goes away', () => {
  const app = appWithTeams(() => [seeded()]);

  it('is handed on by each screen to the next sensible control, by keyboard alone', async () => {
    const page = await newPage(app.browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.url);
    const main = page.locator('#root');
    const button = (name: string | RegExp) => main.getByRole('button', { name, exact: typeof name === 'string' });
    const inDialog = (name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true });

    // Team: rename, opened, cancelled, then saved.
    await openScreen(page, 'Team', 'Team');
    await press(button('Rename Platform'));
    await expectFocusOn(page, main.getByRole('textbox', { name: 'New team name' }), 'Enter on "Rename Platform"');
    await screenshot(page, 'focus-team-rename-open', { fullPage: false });
    await press(button('Cancel rename'));
    await expectFocusOn(page, button('Rename Platform'), 'Enter on "Cancel rename"');
    await press(button('Rename Platform'));
    const name = main.getByRole('textbox', { name: 'New team name' });
    await expectFocusOn(page, name, 'Enter on "Rename Platform" again');
    await name.fill('Platform SRE');
    await press(button('Save name'));
    await expectFocusOn(page, button('Rename Platform SRE'), 'Enter on "Save name"');

    // Team: Remove member, confirmed: the next member's row.
    await press(button('Remove Ada T.'));
    await press(inDialog('Remove member'));
    await main.getByRole('row', { name: /Ada T\./ }).waitFor({ state: 'detached' });
    await expectFocusOn(page, button('Edit Bjorn W.'), 'confirming "Remove member"');
    await screenshot(page, 'focus-team-member-removed', { fullPage: false });

    // Standup: a blocker's text edited, then Escape and Discard changes: the question and the form close together.
    await openScreen(page, 'Standup', 'Standup');
    await press(main.getByRole('tab', { name: 'Standup timer' }));
    const editBlocker = button('Edit blocker: Waiting on the firewall change');
    await press(editBlocker);
    const blockerText = page.getByRole('dialog', { name: 'Edit blocker' }).getByRole('textbox');
    await expectFocusOn(page, blockerText, 'Enter on "Edit blocker: …"');
    await blockerText.fill('Waiting on the firewall change (NET-88)');
    await page.keyboard.press('Escape');
    await press(inDialog('Discard changes'));
    await expectFocusOn(page, editBlocker, 'Discard changes to the blocker');

    // Review: started, then deleted.
    await openScreen(page, 'Review', 'Sprint review');
    await press(button('Start review of Sprint 10'));
    await expectFocusOn(page, button('Start presenter mode'), 'Enter on "Start review of Sprint 10"');
    await screenshot(page, 'focus-review-started', { fullPage: false });
    await press(button('Delete review'));
    await press(inDialog('Delete review'));
    await expectFocusOn(page, button('Start review of Sprint 10'), 'confirming "Delete review"');

    // Retro: back to the list, then a retro deleted.
    await openScreen(page, 'Retro', 'Retrospectives');
    await press(button('Open Sprint 10 retro'));
    await page.getByRole('heading', { level: 2, name: 'Sprint 10 retro' }).waitFor();
    await press(button('All retros'));
    await expectFocusOn(page, button('Open Sprint 10 retro'), 'Enter on "All retros"');
    await press(button('Delete Sprint 9 retro'));
    await press(inDialog('Delete retro'));
    // Newest first (10, 9, 8): the row after the deleted one.
    await expectFocusOn(page, button('Open Sprint 8 retro'), 'confirming "Delete retro"');
    await screenshot(page, 'focus-retro-deleted', { fullPage: false });

    // Retro actions phase: Edit, then Escape; Delete action, asked first.
    await press(button('Open Sprint 8 retro'));
    await page.getByRole('heading', { level: 3, name: 'Actions' }).waitFor();
    const editFirst = button('Edit action Add runbook links to every alert');
    await press(editFirst);
    const editForm = main.locator('form').filter({ has: page.getByRole('button', { name: 'Save action' }) });
    await expectFocusOn(page, editForm.getByRole('textbox', { name: 'Action' }), 'Enter on "Edit action …"');
    await screenshot(page, 'focus-retro-edit-action', { fullPage: false });
    await page.keyboard.press('Escape');
    await expectFocusOn(page, editFirst, 'Escape in the action editor');

    await press(button('Delete action Add runbook links to every alert'));
    const ask = page.getByRole('dialog', { name: 'Delete the action “Add runbook links to every alert”?' });
    await expectFocusOn(page, ask.getByRole('button', { name: 'Cancel' }), 'Enter on "Delete action …"');
    await expectNoAxeViolations(page, 'the Delete action confirmation');
    await screenshot(page, 'focus-retro-delete-action-ask', { fullPage: false });
    await press(ask.getByRole('button', { name: 'Delete action' }));
    await expectFocusOn(page, button('Edit action Page the secondary later'), 'confirming "Delete action"');
    expect(await main.getByText(/^1 action item\./).count()).toBe(1);
    await screenshot(page, 'focus-retro-action-deleted', { fullPage: false });

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to the main region when a focused control leaves the page, and leaves a deliberate blur alone', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/backlog`);
    await page.getByRole('heading', { level: 2, name: 'Backlog' }).waitFor();

    // A control no screen hands the focus on from: taken out of the page while it holds the focus.
    await page.evaluate(() => {
      const gone = document.createElement('button');
      gone.id = 'goes-away';
      gone.textContent = 'Goes away';
      document.getElementById('main')!.prepend(gone);
      gone.focus();
      gone.remove();
    });
    await expectFocusOn(page, page.locator('#main'), 'a focused control taken out of the page');

    // A control turned off while it holds the focus: the nearest control takes it.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = '<button id="turned-off">Off</button><button id="beside">Beside</button>';
      document.getElementById('main')!.prepend(box);
      const off = document.getElementById('turned-off') as HTMLButtonElement;
      off.focus();
      off.disabled = true;
    });
    await expectFocusOn(page, page.locator('#beside'), 'a focused control turned off');

    // The person clicks blank space outside the main region: the focus goes to the page on purpose, and stays.
    await page.locator('#beside').focus();
    await page.mouse.click(2, 2);
    await frames(page);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.context().close();
  });

  it('keeps a focus whose control left an open dialog in the dialog, as the page behind it is inert', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/backlog`);
    await page.getByRole('heading', { level: 2, name: 'Backlog' }).waitFor();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    // The notifications' live region stays out of what the dialog makes inert, so its messages are still heard.
    const inert = await page.evaluate(() => ({
      main: document.getElementById('main')?.closest('[inert]') !== null,
      live: document.querySelector('.toast__live')?.closest('[inert]') !== null,
    }));
    expect(inert).toEqual({ main: true, live: false });

    await page.evaluate(() => {
      const gone = document.createElement('button');
      gone.textContent = 'Goes away';
      document.querySelector('[role="dialog"]')!.append(gone);
      gone.focus();
      gone.remove();
    });
    await expectFocusOn(
      page,
      help.getByRole('region', { name: 'Shortcuts' }),
      'a focused control taken out of a dialog',
    );
    await page.context().close();
  });

  it('stays in the app when a screen is left from inside it while the next screen is first loaded', async () => {
    // A fresh page: the Standup and Planning screens load on first use, and React hides the screen being left
    // (display: none) until they have, so its focused control loses the focus while still in the page.
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/backlog`);
    await page.getByRole('heading', { level: 2, name: 'Backlog' }).waitFor();
    await page.getByRole('button', { name: 'New item' }).focus();
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { level: 2, name: 'Standup' }).waitFor();
    await expectFocusOn(page, page.locator('#main'), 'Alt+4 from the backlog, the Standup screen not loaded yet');

    // The item editor's question, answered Discard changes, lets a switch to an unloaded screen go on.
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 2, name: 'Backlog' }).waitFor();
    // The team's only item is done: shown with the done ones.
    await page.getByRole('checkbox', { name: 'Show done items' }).check();
    await press(page.getByRole('button', { name: 'Edit Rotate TLS certificates' }));
    const editor = page.getByRole('dialog', { name: /^Edit/ });
    await editor.getByLabel('Title').fill('Rotate TLS certificates on the edge');
    await page.evaluate(() => {
      window.location.hash = '#/planning';
    });
    await press(
      page.getByRole('dialog', { name: /^Discard your changes/ }).getByRole('button', { name: 'Discard changes' }),
    );
    await page.getByRole('heading', { level: 2, name: 'Sprint planning' }).waitFor();
    await expectFocusOn(page, page.locator('#main'), 'Discard changes, then the Planning screen not loaded yet');
    await page.context().close();
  });
});
