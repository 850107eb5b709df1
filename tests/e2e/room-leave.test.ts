import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, sprint, team, writeWorkspace } from '../helpers/fixtures';
import { expectNoAxeViolations, newPage, screenshot } from './helpers/browser';
import { launchChromium } from './helpers/chromium';
import { freshDataDir, startServer, type RunningServer } from './helpers/server';
import { ROOM_ADDRESS, ROOM_HOST, joinLinkFor, newPhone, pickName, type Phone } from './room-steps';

function seed(): TeamDoc {
  const s = sprint({ name: 'Sprint 9', startDate: '2026-11-30', endDate: '2026-12-11', state: 'active' });
  return team('Platform SRE', {
    members: [member('Ana'), member('Bo'), member('Cy')],
    sprints: [s],
    items: [item('Split the Terraform state per environment', { sprintId: s.id, points: null })],
  });
}

/**
 * A name picked by mistake: Ana taps "I am Bo" and votes. Her vote must not stay Bo's, nor be shown to Bo when he
 * takes his name, once she leaves the room from her phone.
 */
describe('the room: leaving a name picked by mistake', () => {
  let server: RunningServer;
  let browser: Browser;
  let screen: Page;
  let ana: Phone;
  let bo: Phone;

  beforeAll(async () => {
    const dataDir = freshDataDir('cadence-e2e-room-leave-');
    writeWorkspace(dataDir, [seed()]);
    server = await startServer(dataDir, ['--room-address', ROOM_ADDRESS, '--room-host-name', ROOM_HOST]);
    browser = await launchChromium([`--host-resolver-rules=MAP ${ROOM_HOST} ${ROOM_ADDRESS}`]);
    screen = await newPage(browser, { width: 1280, height: 720 });
    [ana, bo] = (await Promise.all(['Ana', 'Bo'].map((name) => newPhone(browser, name)))) as [Phone, Phone];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes back the secret vote of the person who leaves; whoever takes the name next starts with none', async () => {
    await screen.goto(`${server.url}#/planning`);
    await screen.getByRole('button', { name: 'Estimate', exact: true }).click();
    await screen.getByRole('button', { name: 'Invite the room' }).click();
    const link = await joinLinkFor(screen);
    const picker = screen.getByLabel('Item to estimate');
    const option = picker.locator('option', { hasText: 'Split the Terraform state per environment' });
    await picker.selectOption((await option.getAttribute('value')) ?? '');
    await screen.getByRole('button', { name: 'Start estimating' }).click();
    const panel = screen.getByRole('region', { name: 'The room' });

    // Ana takes Bo's name by mistake and votes 13 under it.
    await ana.page.goto(link.toString());
    await pickName(ana, 'Bo');
    await ana.page.getByRole('button', { name: '13', exact: true }).click();
    await ana.page.getByText('Your vote: 13 (hidden until reveal)').waitFor();
    await panel.getByText(/^1 of \d+ have voted$/).waitFor();

    // She leaves, from the line under her name: the phone says first that her vote not yet shown goes with her.
    await ana.page.getByText('Not Bo?').click();
    await ana.page.getByText(/Leaving takes back what nobody has seen yet: 1 poker vote not yet revealed\./).waitFor();
    await ana.page.getByRole('button', { name: 'Leave the room' }).click();
    await ana.page.getByRole('button', { name: 'I am Ana' }).waitFor();
    // The shared screen counts one vote fewer at once.
    await panel.getByText(/^0 of \d+ have voted$/).waitFor();

    // Bo takes his name: no vote is his yet, and 13 is nowhere on his phone.
    await bo.page.goto(link.toString());
    await pickName(bo, 'Bo');
    await bo.page.getByText('You have not voted yet.').waitFor();
    expect(await bo.page.locator('main').innerText()).not.toMatch(/Your vote: 13/);
    await screenshot(bo.page, 'room-leave-next-holder');
    await expectNoAxeViolations(bo.page, 'phone: the name taken after a leave');

    // Ana takes her own name and votes as herself.
    await pickName(ana, 'Ana');
    await ana.page.getByText('You have not voted yet.').waitFor();
    await ana.page.getByRole('button', { name: '5', exact: true }).click();
    await bo.page.getByRole('button', { name: '5', exact: true }).click();
    await panel.getByText(/^2 of \d+ have voted$/).waitFor();
    await screen.getByRole('button', { name: /Reveal votes/ }).click();
    const revealed = screen.getByRole('list', { name: 'Revealed votes' });
    await revealed.getByText('Bo').waitFor();
    expect(await revealed.innerText()).not.toContain('13');
    await screenshot(screen, 'room-leave-revealed', { fullPage: false });
  });
});
