import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { escapeHtml, retroToHtml } from '../../../src/domain/retro/export/html';
import { parseRetroExport, retroToJson } from '../../../src/domain/retro/export/json';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { ctx, sampleRetro, XSS } from './export-fixture';

describe('Markdown export', () => {
  const md = retroToMarkdown(sampleRetro(), ctx);

  it('has the header: date, team, sprint, participants, template', () => {
    expect(md).toContain('# Retro — Sprint 7');
    expect(md).toContain('- Date: 2026-11-20');
    expect(md).toContain('- Team: Platform SRE');
    expect(md).toContain('- Sprint: Sprint 7');
    expect(md).toContain('- Participants: 6');
    expect(md).toContain('- Template: Ops retro');
  });

  it('lists every card per column with votes, groups nested, actions under their card', () => {
    expect(md).toContain('## Alerts\n\n_Which alerts were actionable, which were noise?_');
    expect(md).toContain(
      '- **Noisy alerts** (4 votes)\n  - Disk alerts fire at 80%\n  - CPU alert flaps nightly\n  - Action: Tune disk alert thresholds (owner: Ana · due: 2026-12-04 · Prevent · OPS-42)',
    );
    expect(md).toContain('- DNS outage ate two days (2 votes)\n  - Action: Write DNS failover runbook');
    expect(md).toContain('- Nobody voted for this card (0 votes)');
  });

  it('nests an action linked to one card of a group under that card', () => {
    const r = sampleRetro();
    const cpu = r.cards.find((c) => c.text === 'CPU alert flaps nightly')!;
    r.actions[1] = { ...r.actions[1]!, sourceId: cpu.id };
    const out = retroToMarkdown(r, ctx);
    expect(out).toContain(
      '  - CPU alert flaps nightly\n    - Action: Write DNS failover runbook (owner: unassigned · Mitigate)\n  - Action: Tune disk alert thresholds',
    );
    expect(retroToHtml(r, ctx)).toContain(
      '<li>CPU alert flaps nightly<ul><li class="action">Write DNS failover runbook (owner: unassigned · Mitigate)</li></ul></li>',
    );
  });

  it('has discussion notes and then all actions as a list', () => {
    expect(md).toContain('### Noisy alerts (4 votes)\n\nRaise thresholds to 90%');
    const actions = md.slice(md.indexOf('## Action items'));
    expect(actions).toContain(
      '- [ ] Tune disk alert thresholds (owner: Ana · due: 2026-12-04 · Prevent · OPS-42) — from: Noisy alerts',
    );
    expect(actions).toContain(
      '- [ ] Write DNS failover runbook (owner: unassigned · Mitigate) — from: DNS outage ate two days',
    );
  });

  it('includes the incident and timeline for a postmortem', () => {
    const pm = {
      ...sampleRetro(),
      kind: 'postmortem' as const,
      incident: {
        severity: 'sev1' as const,
        startedAt: '2026-11-18T02:10:00.000Z',
        endedAt: '2026-11-18T03:40:00.000Z',
        services: ['api-gateway', 'postgres'],
        commanderId: 'm1',
        scribeId: 'm2',
        impact: 'Checkout failed for 90 minutes.',
      },
      timeline: [
        { id: 't1', at: '2026-11-18T02:12:00.000Z', event: 'Pager fired', link: 'https://grafana.example/d/1' },
      ],
    };
    const out = retroToMarkdown(pm, ctx);
    expect(out).toContain('- Severity: SEV1');
    expect(out).toContain('- Services affected: api-gateway, postgres');
    expect(out).toContain('- Incident commander: Ana');
    expect(out).toContain('- 2026-11-18T02:12:00.000Z — Pager fired (https://grafana.example/d/1)');
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
    expect(html).toContain('Tune disk alert thresholds (owner: Ana · due: 2026-12-04 · Prevent · OPS-42)');
  });
});

describe('CSV export', () => {
  it('has one row per card with column, prompt, group, votes and action', () => {
    const parsed = Papa.parse<Record<string, string>>(retroToCsv(sampleRetro(), ctx), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(5);
    const disk = parsed.data.find((r) => r.Card === 'Disk alerts fire at 80%');
    expect(disk).toMatchObject({
      Column: 'Alerts',
      Prompt: 'Which alerts were actionable, which were noise?',
      Group: 'Noisy alerts',
      Votes: '4',
    });
    expect(disk?.Action).toContain('Tune disk alert thresholds');
    expect(parsed.data.find((r) => r.Card === 'Nobody voted for this card')).toMatchObject({
      Votes: '0',
      Group: '',
      Action: '',
    });
    expect(parsed.data.find((r) => r.Card === 'DNS outage ate two days')?.Action).toContain(
      'Write DNS failover runbook',
    );
  });

  it('neutralises spreadsheet formulas', () => {
    const r = sampleRetro();
    r.cards[3] = { ...r.cards[3]!, text: '=HYPERLINK("http://evil")' };
    expect(retroToCsv(r, ctx)).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('JSON export', () => {
  it('round-trips the whole retro', () => {
    const r = sampleRetro();
    const parsed = parseRetroExport(retroToJson(r, null, '2026-11-20T12:00:00.000Z'));
    expect(parsed.ok && parsed.value.retro).toEqual(r);
  });

  it('refuses malformed files with a message that says why', () => {
    expect(parseRetroExport('{not json')).toEqual({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(parseRetroExport('{"hello":1}')).toEqual({
      ok: false,
      message: 'This retro export cannot be imported: This is not a Cadence retro export (at format).',
    });
    const r = sampleRetro();
    const broken = JSON.parse(retroToJson(r, null, '2026-11-20T12:00:00.000Z'));
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
