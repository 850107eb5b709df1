import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkspace } from '../helpers/fixtures';
import { expectAboveFold, launchBrowser, newPage, screenshot } from './helpers/browser';
import { xAxisLabels } from './helpers/chart';
import { expectProjectorType, leaveProjector, toProjector } from './helpers/projector';
import { freshDataDir, startServer, type RunningServer } from './helpers/server';
import { seededTeam } from './retro-seed';
import { addAction, addCard, check, download, groupWith, next, vote } from './retro-steps';

const XSS = '<img src=x onerror=alert(1)>';

let browser: Browser;
let server: RunningServer | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function openRetroScreen(): Promise<Page> {
  const dataDir = freshDataDir('cadence-e2e-retro-');
  writeWorkspace(dataDir, [seededTeam()]);
  server = await startServer(dataDir);
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Ceremonies' }).getByRole('link', { name: 'Retro' }).click();
  await page.getByRole('heading', { name: 'Retrospectives' }).waitFor();
  return page;
}

describe('retro e2e', () => {
  it('runs an ops retro through every phase and exports each format', async () => {
    const page = await openRetroScreen();
    await check(page, 'list', 'retro list');

    await page.getByRole('button', { name: 'New retro' }).click();
    const dialog = page.getByRole('dialog', { name: 'New retro' });
    await expect.poll(() => dialog.getByLabel('Title').inputValue()).toBe('Retro — Sprint 7');
    await check(page, 'create', 'new retro dialog');
    await dialog.getByRole('button', { name: 'Start retro' }).click();

    // 1. Check-in: health scores per sprint.
    await page.getByRole('heading', { level: 3, name: 'Check-in' }).waitFor();
    await page.getByLabel('Team health check (1–5)').click();
    await page.getByLabel('On-call load score').selectOption('2');
    await page.getByLabel('Alert noise score').selectOption('1');
    await page.getByLabel('Toil score').selectOption('3');
    await page.getByLabel('Deploy confidence score').selectOption('4');
    await page.getByRole('button', { name: 'Save health scores' }).click();
    const row = page.getByRole('row', { name: /Sprint 7/ });
    await row.waitFor();
    // The earlier sprint's check makes a trend: on-call load went from 3 to 2.
    expect(await page.getByRole('row', { name: /Sprint 6/ }).count()).toBe(1);
    expect(await row.getByRole('cell').first().textContent()).toBe('2 ▼ -1');
    await page.locator('.health-chart svg.recharts-surface').first().waitFor();
    await check(page, 'checkin', 'check-in');
    // On a phone the trend is drawn within the screen's width, its labels apart, not scrolled inside its box.
    const wide = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    const chart = page.locator('.health-chart');
    await chart.scrollIntoViewIfNeeded();
    await expect
      .poll(() => chart.evaluate((el) => el.querySelector('svg')!.getBoundingClientRect().width <= el.clientWidth))
      .toBe(true);
    expect(await chart.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect((await xAxisLabels(chart)).overlapping).toEqual([]);
    await screenshot(page, 'phone-390-retro-health-trend', { fullPage: false });
    await page.setViewportSize(wide);

    // 2. Open actions, moved to with the keyboard shortcut.
    await page.getByRole('button', { name: 'Save health scores' }).focus();
    await page.keyboard.press(']');
    await page.getByRole('heading', { level: 3, name: 'Open actions' }).waitFor();
    await page
      .getByRole('group', { name: 'Outcome of “Add runbook links to every alert”' })
      .getByRole('button', { name: 'Carry over' })
      .click();
    await expect.poll(() => page.getByRole('button', { name: 'Carry over' }).getAttribute('aria-pressed')).toBe('true');
    await check(page, 'open-actions', 'open actions');

    // 3. Sprint facts.
    await next(page, 'Sprint facts');
    const facts = page.locator('.facts__grid');
    await expect.poll(() => facts.textContent()).toContain('Committed13 pts');
    expect(await facts.textContent()).toContain('Interrupts logged1 · 3 pts · 4 h');
    expect(await facts.textContent()).toContain('Blockers raisednot recorded');
    expect(await page.locator('.facts').textContent()).toContain('Rotate TLS certs');
    // The Definition of Ready box's heading sits at the box's padding: no empty band above it.
    const readyBox = page.locator('.facts .panel');
    const contentTop = await readyBox.evaluate((box) => {
      const style = getComputedStyle(box);
      return box.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    });
    const readyTitle = (await readyBox.getByRole('heading', { name: /missed the Definition of Ready/ }).boundingBox())!;
    expect(readyTitle.y - contentTop).toBeLessThanOrEqual(1);
    await check(page, 'facts', 'sprint facts');

    // 4. Write: hidden until revealed; anonymous unless an author is picked.
    await next(page, 'Write');
    await addCard(page, 'Interrupts', 'Pager storm during the Tuesday deploy');
    await addCard(page, 'Alerts', 'Disk alerts at 80% are noise');
    await addCard(page, 'Alerts', 'CPU alert flaps every night', 'Ana');
    await addCard(page, 'Stories', 'Stories lacked acceptance criteria');
    await addCard(page, 'Dev teams', XSS);
    await page.getByLabel('New card in Stories').fill('   ');
    await page.getByRole('button', { name: 'Add card to Stories' }).click();
    await page.getByText('Write something first: empty cards are not added.').waitFor();
    await page.getByLabel('New card in Stories').fill('x'.repeat(501));
    await page.getByText('501 / 500 — too long, shorten it to add the card').waitFor();
    await page.getByRole('button', { name: 'Add card to Stories' }).click();
    await page.getByText('Card text is too long: use at most 500 characters.').waitFor();
    await page.getByLabel('New card in Stories').fill('');
    expect(await page.getByRole('article', { name: 'Hidden card' }).count()).toBe(5);
    await check(page, 'write-hidden', 'write phase, hidden');
    await page.getByRole('button', { name: 'Reveal cards' }).focus();
    await page.keyboard.press('r');
    await page.getByRole('article', { name: 'Disk alerts at 80% are noise' }).waitFor();
    expect(await page.getByRole('article', { name: XSS }).textContent()).toContain(XSS);
    await check(page, 'write-revealed', 'write phase, revealed');
    await page.keyboard.press('Alt+KeyP');
    await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    await check(page, 'write-presentation', 'write phase in presentation mode');
    // Four columns in presentation type at 1440 px: those that do not fit wrap; none is cut at the edge.
    const cut = await page
      .locator('.retro-column')
      .evaluateAll((columns) =>
        columns
          .filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((c) => c.querySelector('h4')?.textContent),
      );
    expect(cut).toEqual([]);
    await page.keyboard.press('Alt+KeyP');
    await page.locator('html[data-presentation="off"]').waitFor();
    // On the projector: the phase's columns, each with its first card, above the fold.
    await toProjector(page);
    await screenshot(page, 'retro-write-1920', { fullPage: false });
    await expectProjectorType(page);
    const columns = await page.locator('.retro-column').all();
    expect(columns.length).toBeGreaterThan(1);
    await expectAboveFold(page, [
      ...columns.map((column) => column.getByRole('heading', { level: 4 })),
      ...columns.map((column) => column.getByRole('article').first()).slice(0, 1),
    ]);
    await leaveProjector(page);

    // 5. Group: keyboard/button way, then a mouse drag with dnd-kit; title; ungroup.
    await next(page, 'Group');
    await groupWith(page, 'CPU alert flaps every night', 'Disk alerts at 80% are noise');
    await page.getByLabel('Group title').waitFor();
    await page.getByLabel('Group title').fill('Noisy alerts');
    await page.getByLabel('Group title').press('Enter');
    await page.getByRole('listitem', { name: 'Group: Noisy alerts' }).waitFor();
    const dragged = page.getByRole('button', { name: 'Drag card “Stories lacked acceptance criteria”' });
    const target = page
      .getByRole('button', { name: 'Drag card “Pager storm during the Tuesday deploy”' })
      .locator('xpath=..');
    const from = (await dragged.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.topic--group').count()).toBe(2);
    await check(page, 'group', 'group phase');
    await page.getByRole('button', { name: 'Ungroup “Stories lacked acceptance criteria”' }).click();
    await expect.poll(() => page.locator('.topic--group').count()).toBe(1);

    // 6. Vote: budget and cap enforced, totals hidden until the end, then sorted.
    await next(page, 'Vote');
    await vote(page, 'Ana', 'Noisy alerts', 3);
    await page.getByRole('button', { name: 'Add vote to Noisy alerts' }).click();
    await page.getByText('At most 3 votes per person on one card or group.').waitFor();
    await vote(page, 'Ana', 'Pager storm during the Tuesday deploy', 2);
    await page.getByRole('button', { name: `Add vote to Stories lacked acceptance criteria` }).click();
    await page.getByText('Only 5 votes per person: Ana has 0 left.').waitFor();
    await vote(page, 'Bo', 'Noisy alerts', 1);
    await vote(page, 'Bo', 'Stories lacked acceptance criteria', 2);
    expect(await page.locator('.ranked').count()).toBe(0);
    await check(page, 'vote', 'vote phase, open');
    await page.getByRole('button', { name: 'End voting and show results' }).click();
    const ranked = page.locator('.ranked__item');
    await expect
      .poll(() => ranked.allTextContents())
      .toEqual([
        '4Noisy alerts (2 cards)',
        '2Pager storm during the Tuesday deploy',
        '2Stories lacked acceptance criteria',
        '0' + XSS,
      ]);
    await check(page, 'vote-results', 'vote results');

    // 7. Discuss: vote order, topic timer, notes, action from the topic.
    await next(page, 'Discuss');
    await page.getByRole('heading', { level: 4, name: /Topic 1 of 4: Noisy alerts/ }).waitFor();
    await page.getByRole('button', { name: 'Start topic timer' }).click();
    await page.getByRole('button', { name: 'Pause topic timer' }).waitFor();
    await page.getByLabel('Notes on this topic').fill('Raise disk thresholds to 90%; page on rate of change.');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save notes' }).isDisabled()).toBe(true);
    await addAction(page, {
      text: 'Tune disk alert thresholds',
      owner: 'Ana',
      due: '2026-12-04',
      type: 'Prevent',
      ticket: 'OPS-42',
    });
    await check(page, 'discuss', 'discuss phase');

    // 8. Actions: one more, linked to a card.
    await next(page, 'Actions');
    await addAction(page, {
      text: 'Deploy freeze during on-call handover',
      owner: 'Bo',
      due: '2026-12-11',
      type: 'Process',
      ticket: '',
      linked: 'Pager storm during the Tuesday deploy',
    });
    await check(page, 'actions', 'actions phase');

    // Exports: every card, votes, groups nested, notes, actions under their card.
    const md = await download(page, 'Download Markdown');
    expect(md.name).toMatch(/^\d{4}-\d{2}-\d{2}-retro-sprint-7\.md$/);
    expect(md.text).toContain('- Team: Platform SRE');
    expect(md.text).toContain('- Sprint: Sprint 7');
    expect(md.text).toContain('- Participants: 3');
    expect(md.text).toContain('- Template: Ops retro');
    expect(md.text).toContain(
      // A signed card names its author, as the board does.
      '- **Noisy alerts** (4 votes)\n  - Disk alerts at 80% are noise\n  - CPU alert flaps every night — Ana\n  - Action: Tune disk alert thresholds',
    );
    expect(md.text).toContain(
      '- Pager storm during the Tuesday deploy (2 votes)\n  - Action: Deploy freeze during on-call handover',
    );
    // In Markdown the card's text is escaped, so it shows as typed instead of becoming an HTML tag.
    expect(md.text).toContain('- \\<img src=x onerror=alert(1)> (0 votes)');
    expect(md.text).toContain('Raise disk thresholds to 90%');
    expect(md.text).toContain('- On-call load: 2 / 5');

    const html = await download(page, 'Download HTML');
    expect(html.text).not.toContain('<img');
    expect(html.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.text).toContain('Stories lacked acceptance criteria');

    const csv = await download(page, 'Download CSV');
    // A byte order mark for Excel; one row per card, group and action, each with its own votes and details.
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true }).data;
    expect(rows.filter((r) => r.Kind === 'card')).toHaveLength(5);
    expect(rows.find((r) => r.Text === 'CPU alert flaps every night')).toMatchObject({
      Kind: 'card',
      Column: 'Alerts',
      Group: 'Noisy alerts',
      Votes: '',
      Author: 'Ana',
    });
    expect(rows.find((r) => r.Kind === 'group' && r.Text === 'Noisy alerts')?.Votes).toBe('4');
    expect(rows.find((r) => r.Kind === 'action' && r.Text?.startsWith('Deploy freeze'))?.From).toBe(
      'Pager storm during the Tuesday deploy',
    );

    const json = await download(page, 'Download JSON');
    const file = JSON.parse(json.text);
    expect(file.format).toBe('cadence-retro');
    expect(file.retro.cards).toHaveLength(5);
    const anonymous = file.retro.cards.find((c: { text: string }) => c.text === 'Disk alerts at 80% are noise');
    expect(anonymous).not.toHaveProperty('authorId');
    expect(file.healthCheck.scores.alertNoise).toBe(1);

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => page.evaluate<string>('navigator.clipboard.readText()')).toContain('## Action items');

    // Re-import: a malformed file is refused with a reason; the real export comes back after a delete.
    const dir = freshDataDir('cadence-e2e-retro-files-');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, json.text.replace('"cadence-retro"', '"something-else"'));
    const good = path.join(dir, 'good.json');
    writeFileSync(good, json.text);
    await page.getByRole('button', { name: 'All retros' }).click();
    await page.getByLabel('Import retro (JSON)').setInputFiles(bad);
    await page.getByText(/This retro export cannot be imported: This is not a Cadence retro export/).waitFor();
    await check(page, 'import-error', 'import refused');
    await page.getByRole('button', { name: 'Delete Retro — Sprint 7' }).click();
    await page.getByRole('dialog', { name: 'Delete retro?' }).getByRole('button', { name: 'Delete retro' }).click();
    await page.getByRole('button', { name: 'Open Retro — Sprint 7' }).waitFor({ state: 'detached' });
    await page.getByLabel('Import retro (JSON)').setInputFiles(good);
    await page.getByRole('button', { name: 'Open Retro — Sprint 7' }).click();
    await page.getByRole('heading', { level: 3, name: 'Actions' }).waitFor();
    expect(await page.locator('.action-item').count()).toBe(2);
  });

  it('runs a blameless postmortem through every phase and exports each format', async () => {
    const page = await openRetroScreen();
    await page.getByRole('button', { name: 'New postmortem' }).click();
    const dialog = page.getByRole('dialog', { name: 'New blameless postmortem' });
    await dialog.getByLabel('Title').fill('Postmortem: DNS outage');
    await dialog.getByRole('button', { name: 'Start postmortem' }).click();
    await dialog.getByText('Enter when the incident started (UTC).').waitFor();
    await dialog.getByLabel('Severity').selectOption('sev1');
    await dialog.getByLabel('Start (UTC)').fill('2026-11-18T02:10');
    await dialog.getByLabel('End (UTC)').fill('2026-11-18T03:40');
    await dialog.getByLabel('Services affected').fill('dns, api-gateway');
    await dialog.getByLabel('Incident commander').selectOption({ label: 'Ana' });
    await dialog.getByLabel('Scribe').selectOption({ label: 'Bo' });
    await dialog.getByLabel('Impact').fill('All name lookups failed for 90 minutes.');
    await check(page, 'pm-create', 'new postmortem dialog');
    await dialog.getByRole('button', { name: 'Start postmortem' }).click();

    await page.getByRole('heading', { level: 3, name: 'Incident' }).waitFor();
    await page
      .getByRole('note')
      .getByText(/Blameless/)
      .waitFor();
    expect(await page.getByLabel('Services affected').inputValue()).toBe('dns, api-gateway');
    await check(page, 'pm-incident', 'incident phase');

    // Text typed and not saved: the next phase asks first, and Keep editing keeps it to be saved.
    await page.getByLabel('Impact').fill('All name lookups failed for 90 minutes; three teams were paged.');
    await page.getByRole('button', { name: 'Next phase →' }).click();
    const unsaved = page.getByRole('dialog', { name: 'Discard your changes to the incident?' });
    await unsaved.waitFor();
    await check(page, 'pm-unsaved', 'the question before unsaved incident text is dropped');
    await unsaved.getByRole('button', { name: 'Keep editing' }).click();
    expect(await page.getByLabel('Impact').inputValue()).toContain('three teams were paged');
    await page.getByRole('button', { name: 'Save incident' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await next(page, 'Timeline');
    const addEvent = async (at: string, event: string, link = '') => {
      await page.getByLabel('Time (UTC)').fill(at);
      await page.getByLabel('Event', { exact: true }).fill(event);
      await page.getByLabel('Link (optional)').fill(link);
      await page.getByRole('button', { name: 'Add event' }).click();
      await page.locator('.timeline li').filter({ hasText: event }).waitFor();
    };
    // The rollback's minute typed wrong (02:04 for 02:40): it sorts first, and is fixed in place.
    await addEvent('2026-11-18T02:04', 'Rolled back the resolver config');
    await addEvent('2026-11-18T02:12', 'Pager fired for SERVFAIL rate', 'https://grafana.example/d/dns');
    expect(await page.locator('.timeline__event').allTextContents()).toEqual([
      'Rolled back the resolver config',
      'Pager fired for SERVFAIL rate',
    ]);
    await page.getByRole('button', { name: 'Edit event Rolled back the resolver config' }).click();
    await page.getByLabel('Event time (UTC)').fill('2026-11-18T02:40');
    await page.getByLabel('Event text').fill('Rolled back the resolver config to v41');
    await page.getByRole('button', { name: 'Save event' }).click();
    // It moves to its place in time, keeping the focus on its Edit button.
    const edited = page.getByRole('button', { name: 'Edit event Rolled back the resolver config to v41' });
    await expect.poll(() => edited.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.timeline__event').allTextContents()).toEqual([
      'Pager fired for SERVFAIL rate',
      'Rolled back the resolver config to v41',
    ]);
    await check(page, 'pm-timeline', 'timeline phase');

    await next(page, 'Write');
    await addCard(page, 'What went well', 'Rollback took 5 minutes');
    await addCard(page, 'What went wrong', 'Config change skipped review');
    await addCard(page, 'What went wrong', 'No canary for resolver changes');
    await addCard(page, 'Where we got lucky', 'It happened off-peak');
    await addCard(page, 'Contributing factors', 'Resolver config is hand-edited');
    await page.getByRole('button', { name: 'Reveal cards' }).click();
    await page.getByRole('article', { name: 'It happened off-peak' }).waitFor();
    await check(page, 'pm-write', 'postmortem write');

    await next(page, 'Group');
    await groupWith(page, 'No canary for resolver changes', 'Config change skipped review');
    await page.getByLabel('Group title').fill('Unsafe config changes');
    await page.getByLabel('Group title').press('Enter');
    await page.getByRole('listitem', { name: 'Group: Unsafe config changes' }).waitFor();

    await next(page, 'Vote');
    await vote(page, 'Cy', 'Unsafe config changes', 3);
    await vote(page, 'Cy', 'Resolver config is hand-edited', 2);
    await page.getByRole('button', { name: 'End voting and show results' }).click();
    await expect
      .poll(() => page.locator('.ranked__item').first().textContent())
      .toBe('3Unsafe config changes (2 cards)');

    await next(page, 'Discuss');
    await page.getByLabel('Notes on this topic').fill('Require review for resolver config; add a canary.');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save notes' }).isDisabled()).toBe(true);
    await addAction(page, {
      text: 'Move resolver config to IaC with review',
      owner: 'Cy',
      due: '2026-12-02',
      type: 'Prevent',
      ticket: 'OPS-99',
    });

    await next(page, 'Actions');
    await addAction(page, {
      text: 'Alert on SERVFAIL ratio',
      owner: 'Bo',
      due: '2026-11-30',
      type: 'Mitigate',
      ticket: 'OPS-100',
      linked: 'It happened off-peak',
    });
    await check(page, 'pm-actions', 'postmortem actions');

    const md = await download(page, 'Download Markdown');
    expect(md.text).toContain('- Severity: SEV1');
    expect(md.text).toContain('- Start: Wed 18 Nov 2026 02:10 UTC');
    expect(md.text).toContain('- Incident commander: Ana');
    expect(md.text).toContain('- Scribe: Bo');
    expect(md.text).toContain(
      '- Wed 18 Nov 2026 02:12 UTC — Pager fired for SERVFAIL rate (<https://grafana.example/d/dns>)',
    );
    expect(md.text).toContain('## Where we got lucky');
    expect(md.text).toContain(
      '- **Unsafe config changes** (3 votes)\n  - Config change skipped review\n  - No canary for resolver changes\n  - Action: Move resolver config to IaC with review (owner: Cy · due: Wed 2 Dec 2026 · Prevent · OPS-99)',
    );
    const html = await download(page, 'Download HTML');
    expect(html.text).toContain('<dt>Services affected</dt><dd>dns, api-gateway</dd>');
    expect(html.text).toContain('<a href="https://grafana.example/d/dns">https://grafana.example/d/dns</a>');
    const csv = await download(page, 'Download CSV');
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true }).data;
    expect(rows.filter((r) => r.Kind === 'card')).toHaveLength(5);
    expect(rows.find((r) => r.Kind === 'incident' && r.Type === 'Severity')?.Text).toBe('SEV1');
    expect(rows.filter((r) => r.Kind === 'timeline').map((r) => r.Text)).toEqual([
      'Pager fired for SERVFAIL rate',
      'Rolled back the resolver config to v41',
    ]);
    const json = await download(page, 'Download JSON');
    const file = JSON.parse(json.text);
    expect(file.retro).toMatchObject({ kind: 'postmortem', incident: { severity: 'sev1' } });
    expect(file.people).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Ana' })]));
  });
});
