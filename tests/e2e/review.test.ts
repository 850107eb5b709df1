import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, sprint, team, writeWorkspace } from '../helpers/fixtures';
import {
  download,
  expectAboveFold,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  screenshot,
  sidewaysOverflow,
} from './helpers/browser';
import { middleOf, pressAndMove } from './helpers/drag';
import { PROJECTOR, toProjector } from './helpers/projector';
import { callApi, freshDataDir, type RunningServer, startServer } from './helpers/server';

const XSS = '<img src=x onerror=alert(1)>';
const PODS = Array.from({ length: 8 }, (_, n) => `redis-${n}   1/1   Running   0   ${n + 2}d`).join('\n');

function seed(dataDir: string): TeamDoc {
  const ana = member('Ana Ops');
  const ben = member('Ben Net');
  const s = sprint({
    name: 'Sprint 42',
    goal: 'Halve API p95 latency with a Redis cache',
    startDate: '2026-11-16',
    endDate: '2026-11-27',
    state: 'active',
    commitment: {
      at: '2026-11-16T09:00:00.000Z',
      items: [],
      committedPoints: 13,
      personDays: 18,
      pointsPerPersonDay: 1,
      forecastPoints: 18,
      bufferPercent: 20,
      bufferPoints: 4,
      plannablePoints: 14,
    },
  });
  const t = team('Platform', {
    members: [ana, ben],
    sprints: [s],
    items: [
      item('Add Redis cache', { sprintId: s.id, status: 'done', points: 8, ownerId: ana.id }),
      item('Page storm on ingress', { sprintId: s.id, status: 'done', points: 3, unplanned: true, ownerId: ben.id }),
      item('Rotate TLS certificates', { sprintId: s.id, status: 'in_progress', points: 5 }),
    ],
  });
  writeWorkspace(dataDir, [t]);
  return t;
}

async function addBlock(page: Page, kind: string) {
  await page.getByLabel('Block type').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Add block' }).click();
  return page.getByRole('dialog');
}

describe('sprint review', () => {
  let browser: Browser;
  let server: RunningServer;
  let seeded: TeamDoc;

  beforeAll(async () => {
    const dataDir = freshDataDir();
    seeded = seed(dataDir);
    server = await startServer(dataDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('builds an agenda with every block type, presents it, records outcomes and exports the report', async () => {
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Start review of Sprint 42' }).click();

    const agenda = page.getByRole('list', { name: 'Demo agenda in running order' });
    const agendaOrder = async () => (await agenda.locator('.agenda-row__title').allTextContents()).join(' | ');
    await expect.poll(() => agenda.getByRole('listitem').allTextContents()).toHaveLength(2);

    // A free slot, moved to the top by keyboard.
    await page.getByLabel('Free slot title').fill('On-call handbook walkthrough');
    await page.getByRole('button', { name: 'Add free slot' }).click();
    await page.getByRole('button', { name: 'Reorder On-call handbook walkthrough' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    const order = 'On-call handbook walkthrough | Add Redis cache | Page storm on ingress';
    await expect.poll(agendaOrder).toBe(order);

    // A pointer drag: the slot's copy follows the pointer (up onto the page's header, away from the
    // agenda) while the slot waits, dashed, in its place; let go there, nothing moves.
    const third = agenda.locator('.agenda-row').nth(2);
    const place = await third.boundingBox();
    if (!place) throw new Error('agenda not laid out');
    const grip = await middleOf(third.getByRole('button', { name: 'Reorder Page storm on ingress' }));
    const above = (await middleOf(page.locator('.app-header'))).y;
    await pressAndMove(page, grip, above);
    await expect.poll(async () => (await page.locator('.agenda-row.is-drag-source').boundingBox())?.y).toBe(place.y);
    const copy = await page.locator('.agenda-row--overlay').boundingBox();
    expect(copy && copy.y <= above && copy.y + copy.height >= above).toBe(true);
    expect(await page.locator('.agenda-row--overlay').getAttribute('aria-hidden')).toBe('true');
    await screenshot(page, 'review-agenda-drag-away', { fullPage: false });
    await page.mouse.up();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'away from the agenda' }).allTextContents())
      .toEqual(['Page storm on ingress was let go away from the agenda and stays at position 3.']);
    expect(await agendaOrder()).toBe(order);
    expect(await page.locator('.agenda-row--overlay').count()).toBe(0);
    // By keyboard, as the live region tells: Space on the handle picks the slot up, ↑ moves it, Space drops it.
    await page.getByRole('button', { name: 'Reorder Page storm on ingress' }).focus();
    const heard = (text: string) => page.getByRole('status').filter({ hasText: text }).count();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.agenda-row.is-drag-source').count()).toBe(1);
    // dnd-kit listens for the arrows from a task after the pick-up: the arrow waits for it, as a person
    // hearing the instructions would. The instructions stay in the live region (the slot starts over its
    // own place, which is not said over them).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await heard('Picked up Page storm on ingress. Use the arrow keys to move it, Space to drop')).toBe(1);
    expect(await heard('is over position')).toBe(0);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => heard('Page storm on ingress is over position 2.')).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(agendaOrder).toBe('On-call handbook walkthrough | Page storm on ingress | Add Redis cache');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Reorder Page storm on ingress',
    );
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(agendaOrder).toBe(order);
    // Let go over the second slot, it takes that place (and Alt+↓ puts it back).
    const second = await agenda.locator('.agenda-row').nth(1).boundingBox();
    if (!second) throw new Error('agenda not laid out');
    await pressAndMove(page, grip, second.y + 8);
    await page.mouse.up();
    await expect.poll(agendaOrder).toBe('On-call handbook walkthrough | Page storm on ingress | Add Redis cache');
    await page.getByRole('button', { name: 'Reorder Page storm on ingress' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(agendaOrder).toBe(order);

    await agenda.getByRole('button', { name: /^\d+\. Add Redis cache/ }).click();
    await page.getByRole('heading', { name: 'Add Redis cache', level: 3 }).waitFor();

    // Metric: a non-number is refused, then a real one shows its signed change. A refused save takes the
    // focus to the first field it marks, not to a field fixed since the save before.
    const focusedField = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? null);
    let dialog = await addBlock(page, 'Before/after metric');
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await dialog.getByText('Metric name cannot be empty.').waitFor();
    await expect.poll(focusedField).toBe('Metric name');
    await dialog.getByLabel('Metric name').fill('p95 latency');
    await dialog.getByLabel('Unit').fill('ms');
    await dialog.getByLabel('Before value').fill('fast');
    await dialog.getByLabel('After value').fill('180');
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await dialog.getByText('Before value must be a number, such as 1200, 1,200 or 1200.5.').waitFor();
    await expect.poll(focusedField).toBe('Before value');
    await dialog.getByLabel('Before value').fill('420');
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await expect
      .poll(() => page.getByTestId('metric-delta').first().textContent())
      .toBe('−57.1% (better, lower is better)');

    // CLI walkthrough.
    dialog = await addBlock(page, 'CLI walkthrough');
    await dialog.getByLabel('Walkthrough title').fill('Cache in action');
    await dialog.getByLabel('Command 1').fill('redis-cli ping');
    await dialog.getByLabel('Output 1').fill('PONG');
    await dialog.getByRole('button', { name: 'Add command' }).click();
    await dialog.getByLabel('Command 2').fill('curl -s -o /dev/null -w "%{time_total}" https://api/health');
    await dialog.getByLabel('Output 2').fill('0.182');
    // A third command with a long listing: in presenter mode it runs past the bottom of the screen.
    await dialog.getByRole('button', { name: 'Add command' }).click();
    await dialog.getByLabel('Command 3').fill('kubectl -n cache get pods');
    await dialog.getByLabel('Output 3').fill(PODS);
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // A metric that falls to zero.
    dialog = await addBlock(page, 'Before/after metric');
    await dialog.getByLabel('Metric name').fill('Cache misses per minute');
    await dialog.getByLabel('Before value').fill('42');
    await dialog.getByLabel('After value').fill('0');
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Mermaid diagram: a parse error shows Mermaid's message, the fixed text draws.
    dialog = await addBlock(page, 'Architecture diagram');
    await dialog.getByLabel('Diagram title').fill('Request path');
    await dialog.getByLabel('Mermaid text', { exact: true }).fill('graph LR\n  client --> ');
    await dialog.getByLabel('Diagram title').focus();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/Parse error|Expecting|error/i);
    await screenshot(page, 'review-mermaid-error');
    await dialog
      .getByLabel('Mermaid text', { exact: true })
      .fill('graph LR\n  client --> lb[Load balancer]\n  lb --> api\n  api --> redis[(Redis)]');
    await dialog.getByLabel('Diagram title').focus();
    await dialog.getByRole('img', { name: 'Request path preview' }).locator('svg').waitFor();
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await page.getByRole('img', { name: 'Request path' }).locator('svg').waitFor();

    // Image diagram: non-images and large files are refused, a PNG is stored (a picture of the drawn diagram).
    let sketch: Buffer = Buffer.alloc(0);
    // The diagram can be redrawn while the page settles; retry until a picture is taken.
    await expect
      .poll(() =>
        page
          .getByRole('img', { name: 'Request path' })
          .screenshot()
          .then((png) => (sketch = png).length > 0)
          .catch(() => false),
      )
      .toBe(true);
    dialog = await addBlock(page, 'Architecture diagram');
    await dialog.getByLabel('Diagram title').fill('Whiteboard sketch');
    await dialog.getByRole('radio', { name: 'Attach an image file' }).check();
    const file = dialog.getByLabel('Image file', { exact: true });
    await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await dialog.getByText('“notes.txt” is not a PNG, JPEG, GIF or WebP image.').waitFor();
    await file.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(1_600_000) });
    await dialog.getByText(/“huge.png” is 1.6 MB; images are limited to 1 MB./).waitFor();
    await file.setInputFiles({ name: 'sketch.png', mimeType: 'image/png', buffer: sketch });
    await dialog.getByRole('img', { name: 'Attached image sketch.png' }).waitFor();
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await page.getByRole('img', { name: 'Whiteboard sketch' }).waitFor();

    // Monitors.
    dialog = await addBlock(page, 'New monitors / alerts');
    await dialog.getByLabel('Name of monitor 1').fill('RedisDown');
    // A real alert condition and runbook address: long words that must not push the report off the page.
    const condition =
      'predict_linear(redis_memory_used_bytes{instance="cache-primary.prod.internal:9121"}[6h], 4*3600) > redis_memory_max_bytes';
    await dialog.getByLabel('Condition of monitor 1').fill(condition);
    await dialog.getByLabel('Severity of monitor 1').selectOption('critical');
    await dialog
      .getByLabel('Runbook link of monitor 1')
      .fill('https://wiki.example/runbooks/redis/memory-pressure-and-eviction-storms-on-the-primary');
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await page.getByRole('link', { name: 'Runbook for RedisDown' }).waitFor();

    // Notes with hostile text: rendered sanitized.
    dialog = await addBlock(page, 'Notes / links');
    await dialog
      .getByLabel('Notes (Markdown)')
      .fill(`Merged in **PR 512**. ${XSS} [Dashboard](https://grafana.example/d/api)`);
    await dialog.getByRole('button', { name: 'Save block' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Dashboard' }).waitFor();
    expect(await page.locator('img[onerror]').count()).toBe(0);

    await expectNoAxeViolations(page, 'review agenda with every block type');
    await screenshot(page, 'review-agenda');
    // The long alert condition wraps in its cell: the page does not grow sideways past the window.
    expect(await sidewaysOverflow(page)).toEqual([]);

    // The projector: 1920 × 1080 in presentation mode. The slot's title and first block are above the fold.
    await toProjector(page);
    const slotTitle = page.getByRole('heading', { name: 'Add Redis cache', level: 3 });
    await slotTitle.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expectAboveFold(page, [slotTitle, page.locator('.slot-detail .block').first()]);
    await screenshot(page, 'review-1920-presentation', { fullPage: false });
    expect(await sidewaysOverflow(page)).toEqual([]);

    // Presenter mode: opens on the slot selected in the agenda; Home and End; steps commands with the
    // newest always in view; tables, diagrams and charts read from the back; leaving keeps presentation mode.
    await page.getByRole('button', { name: 'Start presenter mode' }).click();
    const presenter = page.getByRole('dialog', { name: 'Presenter mode' });
    await presenter.getByText('Halve API p95 latency with a Redis cache').waitFor();
    await presenter.getByRole('heading', { name: 'Add Redis cache' }).waitFor();
    await page.keyboard.press('End');
    await presenter.getByRole('heading', { name: 'Page storm on ingress' }).waitFor();
    await presenter.getByText('Slot 3 of 3 · presented by Ben Net').waitFor();
    await page.keyboard.press('Home');
    await presenter.getByRole('heading', { name: 'On-call handbook walkthrough' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await presenter.getByRole('heading', { name: 'Add Redis cache' }).waitFor();
    await expect.poll(() => presenter.getByRole('timer').textContent()).toMatch(/^[45]:\d\d/);
    await page.keyboard.press('ArrowDown');
    await presenter.getByText('Command 1 of 3').waitFor();
    await page.keyboard.press('ArrowDown');
    await presenter.getByText('0.182').waitFor();
    await page.keyboard.press('ArrowDown');
    await presenter.getByText('Command 3 of 3').waitFor();
    // The newest command and its output are in view, above the footer.
    const slotBox = presenter.locator('.presenter__slot');
    const lastLine = presenter.locator('.terminal__step').last();
    await expect
      .poll(async () => {
        const [line, box] = await Promise.all([lastLine.boundingBox(), slotBox.boundingBox()]);
        return line!.y + line!.height <= box!.y + box!.height + 1 && line!.y >= box!.y - 1;
      })
      .toBe(true);
    // With every command shown, ↓ scrolls the slot, ↑ scrolls back.
    const scrolled = () => slotBox.evaluate((el) => el.scrollTop);
    const before = await scrolled();
    await page.keyboard.press('ArrowDown');
    await expect.poll(scrolled).toBeGreaterThan(before);
    await screenshot(page, 'review-presenter-1920-commands', { fullPage: false });

    // Every column of the monitors table is on the screen: the table wraps rather than scrolls.
    const monitors = presenter.locator('.table-scroll', { has: page.locator('.monitors') });
    await monitors.scrollIntoViewIfNeeded();
    expect(await monitors.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const runbook = await presenter.getByRole('link', { name: 'Runbook for RedisDown' }).boundingBox();
    expect(runbook!.x + runbook!.width).toBeLessThanOrEqual(PROJECTOR.width);
    // The diagram fills the width with labels of 24 px or more as drawn.
    const diagram = presenter.getByRole('img', { name: 'Request path' }).locator('svg');
    await diagram.waitFor();
    const drawn = await diagram.evaluate((svg) => {
      const s = svg as SVGSVGElement;
      const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
      const label = s.querySelector('.nodeLabel, text') as Element;
      return { width: s.getBoundingClientRect().width, label: parseFloat(getComputedStyle(label).fontSize) * scale };
    });
    expect(drawn.label).toBeGreaterThanOrEqual(24);
    expect(drawn.width).toBeGreaterThan(1200);
    // 42 → 0: the After bar is drawn and labelled 0; the chart's text is 24 px or more.
    const zero = presenter.locator('.metric', { hasText: 'Cache misses per minute' });
    await zero.scrollIntoViewIfNeeded();
    expect(await zero.locator('.recharts-label-list text').allTextContents()).toEqual(['42', '0']);
    // Both bars drawn with a height (recharts grows them in; a busy machine may still be animating).
    await expect
      .poll(() =>
        zero
          .locator('.recharts-bar-rectangle path')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height > 0)),
      )
      .toEqual([true, true]);
    for (const size of await zero
      .locator('svg text')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).fontSize)))
      expect(parseFloat(size)).toBeGreaterThanOrEqual(24);
    await expectNoAxeViolations(page, 'presenter mode');
    // The controls and the keys' reminder leave the demo most of the screen: at most a fifth of 1080 px.
    expect((await page.locator('.presenter__footer').boundingBox())?.height).toBeLessThanOrEqual(1080 / 5);
    // The overlay fills the viewport; a full-page shot would show the page behind it.
    await screenshot(page, 'review-presenter-1920', { fullPage: false });
    await page.keyboard.press('Escape');
    await presenter.waitFor({ state: 'hidden' });
    // Back where it was: presentation mode stays on.
    await page.locator('html[data-presentation="on"]').waitFor();
    expect(await page.getByRole('button', { name: 'Exit presentation' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Alt+KeyP');
    await page.locator('html[data-presentation="off"]').waitFor();
    await page.setViewportSize({ width: 1440, height: 900 });

    // Outcomes.
    await page.getByLabel('Comment on Add Redis cache').fill('Ship it to prod');
    await page
      .getByRole('group', { name: 'Add Redis cache' })
      .getByRole('button', { name: 'Accepted', exact: true })
      .click();
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: 'Add Redis cache' })
          .getByRole('button', { name: 'Accepted', exact: true })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
    await page.getByLabel('Comment on Page storm on ingress').fill('Needs a postmortem first');
    await page
      .getByRole('group', { name: 'Page storm on ingress' })
      .getByRole('button', { name: 'Not accepted' })
      .click();
    await page.getByRole('radio', { name: 'Partially met' }).check();
    await page.getByLabel('In one sentence').fill(`p95 fell from 420 to 180 ms; ${XSS}`);
    await page.getByRole('button', { name: 'Save goal outcome' }).click();
    await page.getByText('Sprint goal outcome saved.').waitFor();
    await page.getByLabel('Feedback', { exact: true }).fill('Show the cache hit ratio on the team dashboard');
    await page.getByLabel('From').fill('Priya (product)');
    await page.getByRole('button', { name: 'Add feedback' }).click();
    await page.getByRole('button', { name: /Make backlog item from/ }).click();
    await page.getByText('Made into backlog item “Show the cache hit ratio on the team dashboard”').waitFor();
    await expectNoAxeViolations(page, 'review outcomes');
    await screenshot(page, 'review-outcomes');

    const stored = await callApi<TeamDoc>(server, 'getTeam', { teamId: seeded.id });
    const fromFeedback = stored.items.find((i) => i.title === 'Show the cache hit ratio on the team dashboard');
    expect(fromFeedback?.description).toContain(`review ${stored.reviews[0]?.id}`);

    // Exports: downloads in browser mode, content checked.
    const { name: mdName, text: md } = await download(page, 'Export Markdown');
    expect(mdName).toBe('sprint-report-sprint-42.md');
    expect(md).toContain('**Outcome: Partially met** — p95 fell from 420 to 180 ms');
    expect(md).toContain('| Committed | 13 pts |');
    expect(md).toContain('| Buffer used | 3 pts |');
    expect(md).toContain('| p95 latency | 420 ms | 180 ms | −57.1% | better |');
    expect(md).toContain('- Add Redis cache — Ship it to prod');
    // The sprint is still active: nothing has carried over yet, so the unfinished item is not listed as such.
    expect(md).toContain(
      '## Carried over\n\n_The sprint is not closed yet: unfinished items carry over when it closes._',
    );
    expect(md).not.toContain('- Rotate TLS certificates (5 pts)');
    expect(md).toContain('(Priya (product)) → backlog item “Show the cache hit ratio on the team dashboard”');
    // The condition pastes as code, unescaped; the runbook as a link.
    expect(md).toContain(
      `| RedisDown | \`${condition}\` | critical | <https://wiki.example/runbooks/redis/memory-pressure-and-eviction-storms-on-the-primary>`,
    );

    const { name: htmlName, text: html } = await download(page, 'Export HTML');
    expect(htmlName).toBe('sprint-report-sprint-42.html');
    expect(html).toContain('<figure class="diagram" role="img" aria-label="Request path"><svg');
    expect(html).toContain(`src="data:image/png;base64,${sketch.toString('base64')}"`);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(XSS);
    expect(html).toContain('<td class="better">−57.1% (better)</td>');

    // The exported file opens on its own and runs no script.
    const reportPage = await newPage(browser);
    reportPage.on('dialog', (d) => {
      errors.push(`report dialog: ${d.message()}`);
      void d.dismiss();
    });
    await reportPage.setViewportSize({ width: 1366, height: 768 });
    await reportPage.setContent(html);
    // At 1366 px every table, the monitors table included, stays inside the page's column.
    const overflow = await reportPage.evaluate(() => {
      const column =
        document.body.getBoundingClientRect().right - parseFloat(getComputedStyle(document.body).paddingRight);
      return [...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right - column);
    });
    expect(overflow.filter((px) => px > 0.5)).toEqual([]);
    await expect.poll(() => reportPage.locator('svg').count()).toBeGreaterThan(0);
    await screenshot(reportPage, 'review-report-html');
    await reportPage.close();

    // The same report as data: CSV for a spreadsheet, JSON for scripts.
    const { name: csvName, text: csv } = await download(page, 'Export CSV');
    expect(csvName).toBe('sprint-report-sprint-42.csv');
    expect(csv).toContain('metric,p95 latency,,420 ms,180 ms,-57.1%,better');
    expect(csv).toContain('figure,Buffer used,3');
    const { name: jsonName, text: jsonText } = await download(page, 'Export JSON');
    expect(jsonName).toBe('sprint-report-sprint-42.json');
    const json = JSON.parse(jsonText) as {
      goalOutcome: { status: string };
      figures: { committedPoints: number };
    };
    expect(json.goalOutcome.status).toBe('partially_met');
    expect(json.figures.committedPoints).toBe(13);

    // Print layout: only the report.
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('navigation', { name: 'Ceremonies' }).waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.review-print h1').textContent()).toBe('Sprint report: Sprint 42');
    await expect.poll(() => page.locator('.review-print figure[role="img"] svg').count()).toBe(1);
    await screenshot(page, 'review-print');
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
  });
});
