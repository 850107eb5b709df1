import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ExportBar } from '../../../renderer/screens/retro/ExportBar';
import type { CadenceApi } from '../../../src/api/contract';
import type { ActionOutcome, RetroAction } from '../../../src/domain/retro/schema';
import { parseRetroExport } from '../../../src/domain/retro/export/json';
import { member, team } from '../../helpers/fixtures';
import { retro as buildRetro } from '../../unit/retro/build';
import { samplePostmortem, sampleRetro } from '../../unit/retro/export-fixture';

/** The desktop app's save dialog, answering at once; what each download would have written, by extension. */
function savedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  (window as { cadence?: unknown }).cadence = {};
  setApi({
    saveFile: async ({ suggestedName, content }: { suggestedName: string; content: string }) => {
      files.set(suggestedName.replace(/^.*\./, ''), content);
      return { path: `/home/sm/${suggestedName}` };
    },
  } as unknown as CadenceApi);
  return files;
}

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
});

/**
 * Sprint 6's retro left four actions; Sprint 7's retro (the one exported) reviewed three of them in its "Open
 * actions" phase: one done, one carried over, one dropped; the fourth is not reviewed yet.
 */
function reviewed() {
  const current = sampleRetro();
  const action = (id: string, text: string, outcome: ActionOutcome | null, extra: Partial<RetroAction> = {}) => ({
    id,
    text,
    ownerId: null,
    dueDate: null,
    type: 'process' as const,
    ticketKey: '',
    sourceId: null,
    status: outcome === 'done' ? ('done' as const) : outcome === 'dropped' ? ('dropped' as const) : ('open' as const),
    reviews: outcome ? [{ retroId: current.id, outcome, at: '2026-11-20T10:10:00.000Z' }] : [],
    createdAt: '2026-11-06T11:00:00.000Z',
    ...extra,
  });
  const earlier = buildRetro({
    title: 'Retro — Sprint 6',
    createdAt: '2026-11-06T10:00:00.000Z',
    actions: [
      action('old-1', 'Tune disk alert thresholds', 'done', {
        ownerId: 'm1',
        dueDate: '2026-11-13',
        type: 'prevent',
        ticketKey: 'OPS-42',
      }),
      action('old-2', 'Write DNS failover runbook', 'carried'),
      action('old-3', 'Page on error budget burn', 'dropped'),
      action('old-4', 'Rotate the pager duty', null),
    ],
  });
  const platform = team('Platform SRE', {
    members: [member('Ana', { id: 'm1' }), member('Bo', { id: 'm2' })],
    retros: [earlier, current],
  });
  return { platform, current };
}

describe('the retro exports carry what the "Open actions" phase decided about earlier actions', () => {
  it('lists them in the Markdown, after the retro’s own action items, each with its outcome', async () => {
    const user = userEvent.setup();
    const { platform, current } = reviewed();
    render(<ExportBar team={platform} retro={current} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const markdown = await navigator.clipboard.readText();
    expect(markdown.slice(markdown.indexOf('## Action items'))).toContain(
      [
        '### Open actions from earlier retros',
        '',
        '3 of 4 reviewed.',
        '',
        '- Done: Tune disk alert thresholds (owner: Ana · due: Fri 13 Nov 2026 · Prevent · OPS-42) — from: Retro — Sprint 6',
        '- Carried over: Write DNS failover runbook (owner: Unassigned · Process) — from: Retro — Sprint 6',
        '- Dropped: Page on error budget burn (owner: Unassigned · Process) — from: Retro — Sprint 6',
        '- Not reviewed: Rotate the pager duty (owner: Unassigned · Process) — from: Retro — Sprint 6',
      ].join('\n'),
    );
  });

  it('writes them in the HTML and as rows of the CSV', async () => {
    const user = userEvent.setup();
    const files = savedFiles();
    const { platform, current } = reviewed();
    render(<ExportBar team={platform} retro={current} />);
    await user.click(screen.getByRole('button', { name: 'Download HTML' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect([...files.keys()]).toEqual(['html', 'csv']));

    const html = new DOMParser().parseFromString(files.get('html') ?? '', 'text/html');
    const heading = [...html.querySelectorAll('h3')].find((h) => h.textContent === 'Open actions from earlier retros');
    expect(heading).toBeDefined();
    const items = [...html.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain(
      'Done: Tune disk alert thresholds (owner: Ana · due: Fri 13 Nov 2026 · Prevent · OPS-42) — from: Retro — Sprint 6',
    );
    expect(items).toContain(
      'Not reviewed: Rotate the pager duty (owner: Unassigned · Process) — from: Retro — Sprint 6',
    );

    const rows = Papa.parse<Record<string, string>>((files.get('csv') ?? '').replace(/^\uFEFF/, ''), {
      header: true,
    }).data;
    expect(rows.filter((r) => r.Kind === 'earlier action').map((r) => [r.Text, r.Owner, r.Status, r.From])).toEqual([
      ['Tune disk alert thresholds', 'Ana', 'done', 'Retro — Sprint 6'],
      ['Write DNS failover runbook', '', 'carried', 'Retro — Sprint 6'],
      ['Page on error budget burn', '', 'dropped', 'Retro — Sprint 6'],
      ['Rotate the pager duty', '', 'not reviewed', 'Retro — Sprint 6'],
    ]);
  });

  it('gives them in the JSON, which still imports as the retro', async () => {
    const user = userEvent.setup();
    const files = savedFiles();
    const { platform, current } = reviewed();
    render(<ExportBar team={platform} retro={current} />);
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(files.has('json')).toBe(true));
    const json = files.get('json') ?? '';
    const open = JSON.parse(json).openActions as { action: { id: string }; outcome: string | null }[];
    expect(open.map((e) => [e.action.id, e.outcome])).toEqual([
      ['old-1', 'done'],
      ['old-2', 'carried'],
      ['old-3', 'dropped'],
      ['old-4', null],
    ]);
    expect(JSON.parse(json).openActions[0]).toMatchObject({ retroTitle: 'Retro — Sprint 6', owner: 'Ana' });
    const imported = parseRetroExport(json);
    expect(imported.ok && imported.value.retro.id).toBe(current.id);
  });

  it('says when a later retro decided otherwise, as the phase does', async () => {
    const user = userEvent.setup();
    const { platform, current } = reviewed();
    const later = buildRetro({ title: 'Retro — Sprint 8', createdAt: '2026-12-04T10:00:00.000Z' });
    const retros = platform.retros.map((r) =>
      r.title !== 'Retro — Sprint 6'
        ? r
        : {
            ...r,
            actions: r.actions.map((a) =>
              a.id === 'old-2'
                ? {
                    ...a,
                    status: 'done' as const,
                    reviews: [...a.reviews, { retroId: later.id, outcome: 'done' as const, at: later.createdAt }],
                  }
                : a,
            ),
          },
    );
    render(<ExportBar team={{ ...platform, retros: [...retros, later] }} retro={current} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await navigator.clipboard.readText()).toContain(
      '- Carried over: Write DNS failover runbook (owner: Unassigned · Process) — from: Retro — Sprint 6; later, Retro — Sprint 8 marked it done',
    );
  });

  it('says how many retros before it carried an action over, in the phase’s words ("carried 1×")', async () => {
    const user = userEvent.setup();
    const files = savedFiles();
    const { platform, current } = reviewed();
    // Sprint 6.5's retro carried the runbook over once already; this retro's own carry is its decision, not counted.
    const between = buildRetro({ title: 'Retro — Sprint 6.5', createdAt: '2026-11-13T10:00:00.000Z' });
    const retros = platform.retros.map((r) =>
      r.title !== 'Retro — Sprint 6'
        ? r
        : {
            ...r,
            actions: r.actions.map((a) =>
              a.id === 'old-2'
                ? {
                    ...a,
                    reviews: [
                      { retroId: between.id, outcome: 'carried' as const, at: between.createdAt },
                      ...a.reviews,
                    ],
                  }
                : a,
            ),
          },
    );
    render(
      <ExportBar
        team={{ ...platform, retros: retros.flatMap((r) => (r.title === 'Retro — Sprint 6' ? [r, between] : [r])) }}
        retro={current}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await navigator.clipboard.readText()).toContain(
      '- Carried over: Write DNS failover runbook (owner: Unassigned · Process · carried 1×) — from: Retro — Sprint 6',
    );
    await user.click(screen.getByRole('button', { name: 'Download HTML' }));
    await waitFor(() => expect(files.has('html')).toBe(true));
    const html = new DOMParser().parseFromString(files.get('html') ?? '', 'text/html');
    expect([...html.querySelectorAll('li')].map((li) => li.textContent)).toContain(
      'Carried over: Write DNS failover runbook (owner: Unassigned · Process · carried 1×) — from: Retro — Sprint 6',
    );
  });

  it('has no such list for a postmortem, which has no such phase', async () => {
    const user = userEvent.setup();
    const { platform } = reviewed();
    render(<ExportBar team={platform} retro={{ ...samplePostmortem(), createdAt: '2026-11-20T10:00:00.000Z' }} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await navigator.clipboard.readText()).not.toContain('Open actions from earlier retros');
  });
});
