import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PokerFocus, RetroFocus } from '../../src/domain/room/protocol';
import { RetroSchema } from '../../src/domain/retro/schema';
import { BUILT_IN_TEMPLATES } from '../../src/domain/retro/templates';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, sprint, team, writeWorkspace } from '../helpers/fixtures';
import { expectAboveFold, expectNoAxeViolations, newPage, screenshot } from './helpers/browser';
import { watchApiTraffic, type ApiTraffic } from './helpers/api-traffic';
import { launchChromium } from './helpers/chromium';
import { freshDataDir, startServer, type RunningServer } from './helpers/server';
import {
  ROOM_ADDRESS,
  ROOM_HOST,
  PHONE,
  brokenTexts,
  codeOn,
  expectUsableAt320,
  joinLinkFor,
  newPhone,
  pickName,
  viewsOf,
  type Phone,
} from './room-steps';

/** A card text nothing else in the app could contain. */
const CANARY = 'canary-q7x9-pager-storm-at-night';
/** Ana's secret vote: the others vote 3. */
const SECRET_VOTE = '21';
const RETRO_TITLE = 'Retro — Sprint 9';

function seed(): TeamDoc {
  const s = sprint({ name: 'Sprint 9', startDate: '2026-11-30', endDate: '2026-12-11', state: 'active' });
  const ops = BUILT_IN_TEMPLATES.find((t) => t.id === 'ops')!;
  const retro = RetroSchema.parse({
    id: 'retro-9',
    title: RETRO_TITLE,
    sprintId: s.id,
    templateName: ops.name,
    columns: ops.columns,
    phase: 'write',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
  });
  return team('Platform SRE', {
    members: [member('Ana'), member('Bo'), member('Cy')],
    sprints: [s],
    items: [
      item('Rotate TLS certificates', {
        sprintId: s.id,
        points: null,
        description: 'The wildcard certificate expires in January.',
        acceptanceCriteria: [{ id: 'ac1', text: 'No service restarts during the rotation', done: false }],
      }),
    ],
    retros: [retro],
  });
}

/** The shared screen's event stream, read beside the renderer: the host sends every event to each reader. */
function readEvents(server: RunningServer): { text: () => string; stop: () => void } {
  const abort = new AbortController();
  let text = '';
  void (async () => {
    try {
      const res = await fetch(`${server.origin}/api/events`, {
        headers: { 'x-cadence-token': server.token },
        signal: abort.signal,
      });
      const decoder = new TextDecoder();
      for await (const chunk of res.body ?? []) text += decoder.decode(chunk as Uint8Array, { stream: true });
    } catch {
      // Stopped at the end of the run.
    }
  })();
  return { text: () => text, stop: () => abort.abort() };
}

/** What the shared screen holds now: its markup, its accessibility tree and its visible text. */
async function screenText(screen: Page): Promise<{ html: string; aria: string; visible: string }> {
  return {
    html: await screen.content(),
    aria: await screen.locator('body').ariaSnapshot(),
    visible: await screen.locator('body').innerText(),
  };
}

describe('the room: phones join the shared screen over plain http', () => {
  let server: RunningServer;
  let browser: Browser;
  let screen: Page;
  let events: ReturnType<typeof readEvents>;
  /** Bodies of the shared screen's api answers (the event stream is read separately). */
  let apiTraffic: ApiTraffic;
  let ana: Phone;
  let bo: Phone;
  let cy: Phone;
  let port: number;

  beforeAll(async () => {
    const dataDir = freshDataDir('cadence-e2e-room-');
    writeWorkspace(dataDir, [seed()]);
    server = await startServer(dataDir, ['--room-address', ROOM_ADDRESS, '--room-host-name', ROOM_HOST]);
    browser = await launchChromium([`--host-resolver-rules=MAP ${ROOM_HOST} ${ROOM_ADDRESS}`]);
    events = readEvents(server);
    screen = await newPage(browser, { width: 1920, height: 1080 });
    apiTraffic = watchApiTraffic(screen);
    [ana, bo, cy] = (await Promise.all(['Ana', 'Bo', 'Cy'].map((name) => newPhone(browser, name)))) as [
      Phone,
      Phone,
      Phone,
    ];
  });

  afterAll(async () => {
    events?.stop();
    await browser?.close();
    await server?.stop();
  });

  it('opens the room from planning poker and phones join by link and by typed code', async () => {
    await screen.goto(`${server.url}#/planning`);
    await screen.getByRole('button', { name: 'Estimate', exact: true }).click();
    await screen.keyboard.press('Alt+KeyP');
    await screen.locator('html[data-presentation="on"]').waitFor();
    await screen.getByRole('button', { name: 'Invite the room' }).click();
    const panel = screen.getByRole('region', { name: 'The room' });
    await panel.getByText('No one has joined yet.').waitFor();
    await expect.poll(() => events.text()).toContain('"room"');

    // The QR code is big enough to scan from the back of the room.
    const qr = await screen.getByRole('img', { name: 'QR code to join the room' }).boundingBox();
    expect(qr?.height).toBeGreaterThanOrEqual(300);

    // Ana opens the link from the QR code, as a phone would: by name, over plain http.
    const link = await joinLinkFor(screen);
    port = Number(link.port);
    expect(link.protocol).toBe('http:');
    expect(link.hash).toMatch(/^#s=.{20,}/);
    await ana.page.goto(link.toString());
    await ana.page.getByRole('heading', { name: 'Join Platform SRE' }).waitFor();
    expect(await ana.page.evaluate(() => isSecureContext)).toBe(false);
    // The secret leaves the address bar once read.
    expect(new URL(ana.page.url()).hash).toBe('');
    await expectNoAxeViolations(ana.page, 'phone: pick your name');
    await pickName(ana, 'Ana');

    // Bo types the code shown on the shared screen.
    await bo.page.goto(`http://${ROOM_HOST}:${port}/j`);
    await bo.page.getByRole('heading', { name: 'Join the room' }).waitFor();
    await screenshot(bo.page, 'room-phone-join');
    await expectNoAxeViolations(bo.page, 'phone: join screen');
    await expectUsableAt320(bo, 'the join screen');
    await bo.page.getByLabel('Room code').fill((await codeOn(screen)).toLowerCase());
    await bo.page.getByRole('button', { name: 'Find the room' }).click();
    // Ana's name is taken: only the others are offered.
    await bo.page.getByRole('button', { name: 'I am Bo' }).waitFor();
    expect(await bo.page.getByRole('button', { name: 'I am Ana' }).count()).toBe(0);
    await pickName(bo, 'Bo');

    await cy.page.goto(`http://${ROOM_HOST}:${port}/j`);
    await cy.page.getByLabel('Room code').fill(await codeOn(screen));
    await cy.page.getByRole('button', { name: 'Find the room' }).click();
    await pickName(cy, 'Cy');

    const people = panel.getByRole('list', { name: 'People in the room' });
    await expect.poll(() => people.getByRole('listitem').allTextContents()).toHaveLength(3);
    await panel.getByRole('heading', { name: '3 people in the room' }).waitFor();
    await panel.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(screen, 'room-screen-panel', { fullPage: false });
    await expectNoAxeViolations(screen, 'shared screen with the room panel open');
  });

  it('runs a poker round from the phones: hidden votes, reveal, re-vote', async () => {
    const picker = screen.getByLabel('Item to estimate');
    const option = picker.locator('option', { hasText: 'Rotate TLS certificates' });
    await picker.selectOption((await option.getAttribute('value')) ?? '');
    await screen.getByRole('button', { name: 'Start estimating' }).click();
    for (const phone of [ana, bo, cy]) {
      await phone.page.getByRole('heading', { name: 'Rotate TLS certificates' }).waitFor();
    }
    await ana.page.getByText('No service restarts during the rotation').waitFor();
    // The shared screen does not vote for people who are in the room.
    await expect.poll(() => screen.getByText('Voting on their phone').count()).toBe(3);

    await ana.page.getByRole('button', { name: SECRET_VOTE, exact: true }).click();
    await ana.page.getByText(`Your vote: ${SECRET_VOTE} (hidden until reveal)`).waitFor();
    await bo.page.getByRole('button', { name: '3', exact: true }).click();
    await bo.page.getByText('Your vote: 3 (hidden until reveal)').waitFor();
    await screenshot(ana.page, 'room-phone-voting');
    await expectNoAxeViolations(ana.page, 'phone: poker voting');
    await expectUsableAt320(ana, 'poker voting');
    // Each card's face reads as one word, at 390 px and at 320 px.
    expect(await brokenTexts(ana.page, '.deck-face')).toEqual([]);
    // The cards of a row are one height, the one with a two-line name ("Need a break (coffee)") too.
    const uneven = await ana.page.locator('.deck-card').evaluateAll((cards) => {
      const rows = new Map<number, Set<number>>();
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        rows.set(Math.round(box.top), (rows.get(Math.round(box.top)) ?? new Set()).add(Math.round(box.height)));
      }
      return [...rows].filter(([, heights]) => heights.size > 1).map(([top, heights]) => `${top}: ${[...heights]}`);
    });
    expect(uneven).toEqual([]);
    await ana.page.setViewportSize({ width: 320, height: 844 });
    expect(await brokenTexts(ana.page, '.deck-face')).toEqual([]);
    await ana.page.setViewportSize(PHONE);

    const panel = screen.getByRole('region', { name: 'The room' });
    await panel.getByText('2 of 3 have voted').waitFor();
    await expect.poll(() => panel.getByRole('img', { name: 'done' }).count()).toBe(2);
    await cy.page.getByText('2 of 3 have voted').waitFor();
    // With the room open (its QR code folded into a strip once people are in), the round stays above the
    // fold of the 1920 × 1080 projector: the item and every voter's status.
    await screen.evaluate(() => window.scrollTo(0, 0));
    await screenshot(screen, 'room-screen-poker-voting', { fullPage: false });
    await expectAboveFold(screen, [
      screen.getByRole('heading', { name: /^Rotate TLS certificates: round 1/ }),
      ...(await screen.getByRole('list', { name: 'Votes, hidden until reveal' }).getByRole('listitem').all()),
    ]);

    // Ana's card is nowhere but on her phone until reveal.
    const before = await screenText(screen);
    expect(before.visible).not.toMatch(/\b21\b/);
    expect(before.aria).not.toMatch(/\b21\b/);
    expect(before.html).not.toMatch(/>21</);
    for (const other of [bo, cy]) {
      const pokerViews = viewsOf(other)
        .map((v) => v.focus)
        .filter((f): f is PokerFocus => f.kind === 'poker');
      expect(pokerViews.length).toBeGreaterThan(0);
      expect(pokerViews.every((f) => f.revealed === null && f.myVote !== SECRET_VOTE)).toBe(true);
      expect(other.frames.join('\n')).not.toMatch(/"card":"21"|"myVote":"21"/);
    }
    expect(events.text()).not.toMatch(/"card":"21"|"myVote":"21"|"value":21/);
    // The screen's api answers (over its socket) were heard, and none holds the vote.
    expect(apiTraffic.overSocket).toContain('openRoom');
    expect(apiTraffic.answers.join('\n')).not.toMatch(/"card":"21"|"value":21/);

    await cy.page.getByRole('button', { name: '3', exact: true }).click();
    await panel.getByText('3 of 3 have voted').waitFor();
    await screen.getByRole('button', { name: /Reveal votes/ }).click();
    const revealedVotes = screen.getByRole('list', { name: 'Revealed votes' });
    await revealedVotes.getByText('Ana').waitFor();
    expect(await revealedVotes.textContent()).toContain(SECRET_VOTE);
    expect((await screenText(screen)).html).toMatch(/>21</);
    // Every phone shows the same reveal.
    for (const phone of [ana, bo, cy]) {
      await expect
        .poll(() => phone.page.getByRole('list', { name: 'Votes' }).innerText())
        .toMatch(/Ana\s+21[\s\S]*Bo\s+3[\s\S]*Cy\s+3/);
    }
    await bo.page.getByText('No consensus yet: talk it through.').waitFor();
    await screenshot(bo.page, 'room-phone-revealed');
    await expectNoAxeViolations(bo.page, 'phone: poker revealed');

    // A re-vote: a new round on every phone, with no card picked.
    await screen.getByRole('button', { name: 'Re-vote' }).click();
    for (const phone of [ana, bo, cy]) {
      await phone.page.getByText('Round 2: vote again.').waitFor();
      await phone.page.getByText('You have not voted yet.').waitFor();
      await phone.page.getByRole('button', { name: '5', exact: true }).click();
    }
    await panel.getByText('3 of 3 have voted').waitFor();
    await screen.getByRole('button', { name: /Reveal votes/ }).click();
    for (const phone of [ana, bo, cy])
      await phone.page.getByText('Consensus: everyone who gave points agrees.').waitFor();
  });

  it('runs a retro from the phones: cards hidden until reveal, then dot voting; a dropped phone comes back', async () => {
    await screen.getByRole('navigation', { name: 'Ceremonies' }).getByRole('link', { name: 'Retro' }).click();
    await screen.getByRole('button', { name: `Open ${RETRO_TITLE}` }).click();
    await screen.getByRole('heading', { level: 3, name: 'Write' }).waitFor();
    // The open room follows the facilitator to the retro.
    await screen.getByRole('button', { name: 'Invite the room' }).click();
    for (const phone of [ana, bo, cy]) await phone.page.getByRole('heading', { name: RETRO_TITLE }).waitFor();

    await ana.page.getByLabel('Your card for Alerts').fill(CANARY);
    await ana.page.getByRole('button', { name: 'Add card to Alerts' }).click();
    await ana.page.getByRole('list', { name: 'Cards in Alerts' }).getByText(CANARY).waitFor();
    await bo.page.getByLabel('Your card for Interrupts').fill('Deploys pile up on Fridays');
    await bo.page.getByRole('button', { name: 'Add card to Interrupts' }).click();
    await bo.page.getByRole('list', { name: 'Cards in Interrupts' }).getByText('Deploys pile up on Fridays').waitFor();
    await screen.getByText('2 of 3 have written').waitFor();
    await expect.poll(() => screen.getByRole('article', { name: 'Hidden card' }).count()).toBe(2);
    await bo.page.getByText('1 card in the room').first().waitFor();
    await screenshot(ana.page, 'room-phone-writing');
    await expectNoAxeViolations(ana.page, 'phone: retro write');
    await expectUsableAt320(ana, 'retro write');

    // A dropped phone: Cy's unsent draft survives going offline and a reload, and Cy is still Cy.
    await cy.page.getByLabel('Your card for Stories').fill('Half-written: stories without criteria');
    await cy.dropSocket();
    await cy.page.getByText('Reconnecting…').waitFor();
    await screen.getByRole('list', { name: 'People in the room' }).getByText('away').waitFor();
    await expect.poll(() => cy.page.getByRole('status').first().textContent()).toBe('');
    await screen.getByRole('list', { name: 'People in the room' }).getByText('away').waitFor({ state: 'detached' });
    await cy.page.reload();
    await cy.page.getByText('You are Cy').waitFor();
    expect(await cy.page.getByLabel('Your card for Stories').inputValue()).toBe(
      'Half-written: stories without criteria',
    );
    await cy.page.getByRole('button', { name: 'Add card to Stories' }).click();
    await screen.getByText('3 of 3 have written').waitFor();

    // The canary is on Ana's phone only.
    const hidden = await screenText(screen);
    expect(hidden.html).not.toContain(CANARY);
    expect(hidden.aria).not.toContain(CANARY);
    for (const other of [bo, cy]) {
      expect(other.frames.length).toBeGreaterThan(0);
      expect(other.frames.join('\n')).not.toContain(CANARY);
      expect(await other.page.content()).not.toContain(CANARY);
    }
    expect(events.text()).not.toContain(CANARY);
    expect(apiTraffic.answers.join('\n')).not.toContain(CANARY);

    await screen.getByRole('button', { name: 'Reveal cards' }).click();
    await screen.getByRole('article', { name: CANARY }).waitFor();
    expect((await screenText(screen)).aria).toContain(CANARY);
    await bo.page.getByRole('list', { name: 'Cards in Alerts' }).getByText(CANARY).waitFor();
    // Revealed, but still nobody learns who wrote it.
    const revealed = viewsOf(bo)
      .map((v) => v.focus)
      .filter((f): f is RetroFocus => f.kind === 'retro' && f.revealed)
      .at(-1);
    expect(revealed?.cards.find((c) => c.text === CANARY)).toMatchObject({ mine: false });
    expect(bo.frames.join('\n')).not.toContain('authorId');

    // Dot voting from the phones: each sees only their own dots until voting ends.
    await screen.getByRole('button', { name: 'Next phase →' }).click();
    await screen.getByRole('heading', { level: 3, name: 'Group' }).waitFor();
    await screen.getByRole('button', { name: 'Next phase →' }).click();
    await screen.getByRole('heading', { level: 3, name: 'Vote' }).waitFor();
    await ana.page.getByRole('heading', { name: 'Dot voting' }).waitFor();
    const addDot = ana.page.getByRole('button', { name: `Add a dot to ${CANARY}` });
    const left = ana.page.getByText(/ left$/);
    const budget = await left.textContent();
    for (let i = 1; i <= 3; i++) {
      await addDot.click();
      await ana.page.getByText(`Your dots: ${i}`).waitFor();
    }
    expect(await left.textContent()).not.toBe(budget);
    // The cap is three a topic: the button says so and a fourth dot is not sent.
    expect(await addDot.getAttribute('aria-disabled')).toBe('true');
    await screenshot(ana.page, 'room-phone-dot-voting');
    // One rule under the last topic, where the first column starts: not the topic's and the column's, one under the other.
    const rulesBelowTopics = await ana.page.evaluate(() => {
      const ruled = (el: Element | null, side: 'Top' | 'Bottom') =>
        el !== null && parseFloat(getComputedStyle(el)[`border${side}Width`]) > 0 ? 1 : 0;
      return (
        ruled(document.querySelector('.topics > li:last-child'), 'Bottom') +
        ruled(document.querySelector('.column'), 'Top')
      );
    });
    expect(rulesBelowTopics).toBe(1);
    await expectNoAxeViolations(ana.page, 'phone: dot voting');
    await expectUsableAt320(ana, 'dot voting');
    await screen.getByText('1 of 3 have voted').waitFor();
    for (const other of [bo, cy]) {
      const voting = viewsOf(other)
        .map((v) => v.focus)
        .filter((f): f is RetroFocus => f.kind === 'retro' && f.voting !== null)
        .map((f) => f.voting!);
      expect(voting.length).toBeGreaterThan(0);
      expect(voting.every((v) => v.totals === null && v.topics.every((t) => t.mine === 0))).toBe(true);
    }
    expect(events.text()).not.toMatch(/"mine":3|"votes":3/);

    await bo.page.getByRole('button', { name: 'Add a dot to Deploys pile up on Fridays' }).click();
    await bo.page.getByText('Your dots: 1').waitFor();
    await screen.getByRole('button', { name: 'End voting and show results' }).click();
    for (const phone of [ana, bo, cy]) {
      await expect
        .poll(() => phone.page.getByRole('list', { name: 'Dots per topic' }).innerText())
        .toMatch(new RegExp(`^${CANARY}\\s+3 dots\\nDeploys pile up on Fridays\\s+1 dot`));
    }
  });

  it('removes a person at once, and a locked room refuses a new join', async () => {
    const panel = screen.getByRole('region', { name: 'The room' });
    await panel.getByRole('button', { name: 'Remove Cy' }).click();
    await screen
      .getByRole('dialog', { name: 'Remove Cy from the room?' })
      .getByRole('button', { name: 'Remove Cy' })
      .click();
    await cy.page.getByText('The facilitator removed you from the room.').waitFor();
    await cy.page.getByRole('heading', { name: 'Join the room' }).waitFor();
    await panel.getByRole('heading', { name: '2 people in the room' }).waitFor();
    await screenshot(cy.page, 'room-phone-removed');
    // The notice keeps its distance from the form under it.
    const [notice, label] = await Promise.all([
      cy.page.getByText('The facilitator removed you from the room.').boundingBox(),
      cy.page.getByText('Room code', { exact: true }).boundingBox(),
    ]);
    expect(label!.y - (notice!.y + notice!.height)).toBeGreaterThanOrEqual(12);

    await panel.getByRole('button', { name: 'Lock room' }).click();
    await panel.getByText('Locked: no one new can join.').waitFor();
    const late = await newPhone(browser, 'Cy again');
    await late.page.goto(`http://${ROOM_HOST}:${port}/j`);
    await late.page.getByLabel('Room code').fill(await codeOn(screen));
    await late.page.getByRole('button', { name: 'Find the room' }).click();
    // The phone keeps the room's key and says the room is locked (Look for my name again, once it is unlocked).
    await late.page.getByText('The room is locked: nobody new can join. Ask the facilitator to unlock it.').waitFor();
    await screenshot(late.page, 'room-phone-locked');
    expect(await panel.getByRole('list', { name: 'People in the room' }).getByRole('listitem').count()).toBe(2);
    // Those already in stay in.
    expect(await ana.page.getByText('You are Ana').count()).toBe(1);
  });
  it('lets a guest join by name, gives a new code, takes a blocker from a phone at the standup, and closes', async () => {
    const panel = screen.getByRole('region', { name: 'The room' });
    await panel.getByRole('button', { name: 'Unlock room' }).click();
    await panel.getByRole('checkbox', { name: 'Let guests join by name' }).check();
    const oldCode = await codeOn(screen);
    const guest = await newPhone(browser, 'Priya');
    await guest.page.goto(`http://${ROOM_HOST}:${port}/j`);
    await guest.page.getByLabel('Room code').fill(oldCode);
    await guest.page.getByRole('button', { name: 'Find the room' }).click();
    await guest.page.getByRole('textbox', { name: 'Your name' }).fill('Priya');
    await guest.page.getByRole('button', { name: 'Join as a guest' }).click();
    await guest.page.getByText('You are Priya (guest)').waitFor();
    await panel.getByRole('button', { name: 'Remove Priya' }).waitFor();
    expect(await panel.getByRole('list', { name: 'People in the room' }).innerText()).toContain('Priya (guest)');
    await screenshot(guest.page, 'room-phone-guest');

    await panel.getByRole('button', { name: 'New code' }).click();
    await expect.poll(() => codeOn(screen)).not.toBe(oldCode);
    const stale = await newPhone(browser, 'Old code');
    await stale.page.goto(`http://${ROOM_HOST}:${port}/j`);
    await stale.page.getByLabel('Room code').fill(oldCode);
    await stale.page.getByRole('button', { name: 'Find the room' }).click();
    await stale.page
      .getByRole('alert')
      .getByText(/That code is not right/)
      .waitFor();

    // The standup: the room follows the screen; a phone raises a blocker and the shared screen shows it.
    await screen.getByRole('link', { name: 'Standup' }).click();
    await screen.getByRole('button', { name: 'Invite the room' }).click();
    await ana.page.getByRole('heading', { name: 'Standup' }).waitFor();
    await ana.page.getByRole('textbox', { name: 'A blocker' }).fill('Waiting on the vendor for the firewall rule');
    await ana.page.getByRole('button', { name: 'Raise the blocker' }).click();
    await ana.page
      .getByRole('list', { name: 'What you raised' })
      .getByText(/firewall rule/)
      .waitFor();
    await screen.getByRole('tab', { name: 'Standup timer' }).click();
    await screen
      .getByRole('table', { name: 'Open blockers' })
      .getByText(/Waiting on the vendor/)
      .waitFor();
    await screenshot(ana.page, 'room-phone-standup');
    // Read from the back of the room: the folded panel's buttons (Remove included) are no smaller than the page's text.
    const rootSize = await screen.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const buttonSizes = await panel
      .getByRole('button')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(buttonSizes.length).toBeGreaterThan(3);
    expect(Math.min(...buttonSizes)).toBeGreaterThanOrEqual(rootSize);
    // The panel stands apart from the blockers below it, as panels do from each other.
    const panelBottom = await panel.evaluate((el) => el.getBoundingClientRect().bottom);
    const blockersTop = await screen
      .getByRole('table', { name: 'Open blockers' })
      .evaluate((el) => (el.closest('section, .panel') ?? el).getBoundingClientRect().top);
    expect(blockersTop - panelBottom).toBeGreaterThanOrEqual(rootSize * 0.75);
    await screenshot(screen, 'room-screen-standup', { fullPage: false });

    await panel.getByRole('button', { name: 'Close room' }).click();
    // Phones are connected: the screen asks first.
    await screen.getByRole('dialog', { name: 'Close the room?' }).getByRole('button', { name: 'Close room' }).click();
    for (const phone of [ana, guest]) await phone.page.getByText('The facilitator closed the room.').waitFor();
    // The phones may hear of the close before the screen has drawn it: wait for the panel to go, then the
    // keyboard is back on "Invite the room" (the invite button is always there, so waiting for it proves nothing).
    await screen.getByRole('region', { name: 'The room' }).waitFor({ state: 'detached' });
    const invite = screen.getByRole('button', { name: 'Invite the room' });
    await expect.poll(() => invite.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
