import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ExportBar } from '../../../renderer/screens/retro/ExportBar';
import type { CadenceApi } from '../../../src/api/contract';
import { parseRetroExport } from '../../../src/domain/retro/export/json';
import { item, member, sprint, team } from '../../helpers/fixtures';
import { sampleRetro, samplePostmortem } from '../../unit/retro/export-fixture';

/** The desktop app's save dialog, answering at once; what each download would have written, by file name. */
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

/** A team whose Sprint 7 finished 8 planned points and one interrupt of 3; the retro is Sprint 7's. */
function sprintSeven() {
  const s = sprint({ name: 'Sprint 7', startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const platform = team('Platform SRE', {
    members: [member('Ana', { id: 'm1' }), member('Bo', { id: 'm2' })],
    sprints: [s],
    items: [
      item('Upgrade Kubernetes', { sprintId: s.id, points: 8, status: 'done' }),
      item('Disk full on db-3', { sprintId: s.id, points: 3, unplanned: true, status: 'done' }),
    ],
    settings: { ...team('x').settings, definitionOfReady: [{ id: 'dor-1', text: 'Runbook linked', rule: null }] },
  });
  return { platform, retro: { ...sampleRetro(), sprintId: s.id } };
}

describe('the retro exports carry the sprint facts the phase shows', () => {
  it('copies them into the Markdown: which sprint, each figure, the items that missed the Definition of Ready', async () => {
    const user = userEvent.setup();
    const { platform, retro } = sprintSeven();
    render(<ExportBar team={platform} retro={retro} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toContain(
      [
        '## Sprint facts',
        '',
        'Sprint 7 (Mon 2 Nov – Fri 13 Nov 2026) · not closed yet',
        '',
        '- Committed: 8 pts',
        '- Completed (planned): 8 pts',
        '- Completed (unplanned): 3 pts',
        '- Interrupts logged: 1 · 3 pts',
        '- Buffer used vs reserved: 3 pts of 0 pts (3 pts over the buffer reserved)',
        '- Blockers raised: not recorded',
        '- Standup overtime: not recorded',
        '',
        '### Items that missed the Definition of Ready (1)',
        '',
        '- **Upgrade Kubernetes** — not met yet: “Runbook linked”',
      ].join('\n'),
    );
  });

  it('writes them in the HTML and as rows of the CSV', async () => {
    const user = userEvent.setup();
    const files = savedFiles();
    const { platform, retro } = sprintSeven();
    render(<ExportBar team={platform} retro={retro} />);
    await user.click(screen.getByRole('button', { name: 'Download HTML' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect([...files.keys()]).toEqual(['html', 'csv']));

    const html = new DOMParser().parseFromString(files.get('html') ?? '', 'text/html');
    const heading = [...html.querySelectorAll('h2')].find((h) => h.textContent === 'Sprint facts');
    expect(heading?.nextElementSibling?.textContent).toBe('Sprint 7 (Mon 2 Nov – Fri 13 Nov 2026) · not closed yet');
    const facts = [...html.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts).toContainEqual(['Interrupts logged', '1 · 3 pts']);
    expect(facts).toContainEqual(['Completed (planned)', '8 pts']);
    expect(html.body.textContent).toContain('Upgrade Kubernetes — not met yet: “Runbook linked”');

    const rows = Papa.parse<Record<string, string>>((files.get('csv') ?? '').replace(/^\uFEFF/, ''), {
      header: true,
    }).data;
    expect(rows.filter((r) => r.Kind === 'fact').map((r) => [r.Type, r.Text])).toEqual([
      ['Sprint', 'Sprint 7 (Mon 2 Nov – Fri 13 Nov 2026) · not closed yet'],
      ['Committed', '8 pts'],
      ['Completed (planned)', '8 pts'],
      ['Completed (unplanned)', '3 pts'],
      ['Interrupts logged', '1 · 3 pts'],
      ['Buffer used vs reserved', '3 pts of 0 pts (3 pts over the buffer reserved)'],
      ['Blockers raised', 'not recorded'],
      ['Standup overtime', 'not recorded'],
    ]);
    expect(rows.filter((r) => r.Kind === 'not ready').map((r) => [r.Text, r.Status])).toEqual([
      ['Upgrade Kubernetes', 'not met yet: “Runbook linked”'],
    ]);
  });

  it('gives them as numbers in the JSON, which still imports as the retro', async () => {
    const user = userEvent.setup();
    const files = savedFiles();
    const { platform, retro } = sprintSeven();
    render(<ExportBar team={platform} retro={retro} />);
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(files.has('json')).toBe(true));
    const json = files.get('json') ?? '';
    expect(JSON.parse(json).sprintFacts).toMatchObject({
      sprint: { name: 'Sprint 7', startDate: '2026-11-02', endDate: '2026-11-13' },
      fromResult: false,
      committedPoints: 8,
      completedPlannedPoints: 8,
      completedUnplannedPoints: 3,
      interrupts: { count: 1, points: 3, hours: 0 },
      bufferUsedPoints: 3,
      blockersRaised: null,
      missedReady: [expect.objectContaining({ title: 'Upgrade Kubernetes', missing: ['Runbook linked'] })],
    });
    const imported = parseRetroExport(json);
    expect(imported.ok && imported.value.retro.id).toBe(retro.id);
  });

  it('has no sprint facts for a postmortem, which has no such phase', async () => {
    const user = userEvent.setup();
    const { platform } = sprintSeven();
    render(<ExportBar team={platform} retro={{ ...samplePostmortem(), sprintId: platform.sprints[0]!.id }} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await navigator.clipboard.readText()).not.toContain('Sprint facts');
  });
});
