import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ExportBar } from '../../../renderer/screens/retro/ExportBar';
import { OpenActionsPhase } from '../../../renderer/screens/retro/phases/OpenActionsPhase';
import { FactsPhase } from '../../../renderer/screens/retro/phases/FactsPhase';
import { setScreenClock } from '../../../renderer/components/dates';
import type { CadenceApi } from '../../../src/api/contract';
import type { RetroAction } from '../../../src/domain/retro/schema';
import { item, member, sprint, team } from '../../helpers/fixtures';
import { retro as buildRetro } from '../../unit/retro/build';
import { sampleRetro } from '../../unit/retro/export-fixture';

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
  setScreenClock(() => new Date());
});

const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true }).data;

/** Downloads the Markdown, HTML and CSV of the retro the ExportBar shows. */
async function downloadAll() {
  const user = userEvent.setup();
  const files = savedFiles();
  for (const name of ['Download Markdown', 'Download HTML', 'Download CSV']) {
    await user.click(screen.getByRole('button', { name }));
  }
  await waitFor(() => expect([...files.keys()]).toEqual(['md', 'html', 'csv']));
  const html = new DOMParser().parseFromString(files.get('html') ?? '', 'text/html');
  return { md: files.get('md') ?? '', html, csv: csvRows(files.get('csv') ?? '') };
}

describe('a buffer over-run is said in words in every export, as the "Sprint facts" phase says it', () => {
  /** Sprint 7 reserved no buffer, and a 3-point interrupt used 3 points of it. */
  function overRun() {
    const s = sprint({ name: 'Sprint 7', startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
    const platform = team('Platform SRE', {
      sprints: [s],
      items: [item('Disk full on db-3', { sprintId: s.id, points: 3, unplanned: true, status: 'done' })],
    });
    return { platform, retro: { ...sampleRetro(), sprintId: s.id } };
  }

  it('writes the phase’s words beside the figure in the Markdown, HTML and CSV', async () => {
    const { platform, retro } = overRun();
    const phase = render(<FactsPhase team={platform} retro={retro} />);
    const shown = screen.getByText('Buffer used vs reserved').parentElement!;
    expect(within(shown).getByText('3 pts over the buffer reserved')).toBeInTheDocument();
    phase.unmount();

    render(<ExportBar team={platform} retro={retro} />);
    const { md, html, csv } = await downloadAll();
    expect(md).toContain('- Buffer used vs reserved: 3 pts of 0 pts (3 pts over the buffer reserved)');
    const dt = [...html.querySelectorAll('dt')].find((d) => d.textContent === 'Buffer used vs reserved');
    expect(dt?.nextElementSibling?.textContent).toBe('3 pts of 0 pts (3 pts over the buffer reserved)');
    expect(csv.find((r) => r.Kind === 'fact' && r.Type === 'Buffer used vs reserved')?.Text).toBe(
      '3 pts of 0 pts (3 pts over the buffer reserved)',
    );
  });
});

describe('earlier retros with one title are told apart, and an action without an owner is "Unassigned"', () => {
  const action = (id: string, text: string, extra: Partial<RetroAction> = {}): RetroAction => ({
    id,
    text,
    ownerId: null,
    dueDate: null,
    type: 'process',
    ticketKey: '',
    sourceId: null,
    status: 'open',
    reviews: [],
    createdAt: '2026-11-06T11:00:00.000Z',
    ...extra,
  });

  /** Two weekly retros, a week apart, each left an open action; Sprint 7's retro (after both) reviews them. */
  function twoWeeklies() {
    const first = buildRetro({
      title: 'Weekly retro',
      createdAt: '2026-11-06T10:00:00.000Z',
      actions: [action('a-1', 'Tune disk alert thresholds', { ownerId: 'm1' })],
    });
    const second = buildRetro({
      title: 'Weekly retro',
      createdAt: '2026-11-13T10:00:00.000Z',
      actions: [action('a-2', 'Write DNS failover runbook')],
    });
    const current = sampleRetro();
    const platform = team('Platform SRE', {
      members: [member('Ana', { id: 'm1' })],
      retros: [first, second, current],
      settings: { ...team('x').settings, timeZone: 'UTC' },
    });
    return { platform, current };
  }

  it('on the screen: each "From" names its retro by its day, and the owner is "Unassigned" as in the action list', () => {
    setScreenClock(() => new Date('2026-11-20T12:00:00.000Z'));
    const { platform, current } = twoWeeklies();
    render(<OpenActionsPhase team={platform} retro={current} />);
    const details = (text: string) =>
      within(screen.getByText(text).closest('li')!).getByText(/^From /).textContent ?? '';
    expect(details('Tune disk alert thresholds')).toBe('From Weekly retro (Fri 6 Nov) · Ana · Process');
    expect(details('Write DNS failover runbook')).toBe('From Weekly retro (Fri 13 Nov) · Unassigned · Process');
  });

  it('in the Markdown, HTML and CSV: the same names, with the year exports give a day', async () => {
    const { platform, current } = twoWeeklies();
    render(<ExportBar team={platform} retro={current} />);
    const { md, html, csv } = await downloadAll();
    const first =
      'Not reviewed: Tune disk alert thresholds (owner: Ana · Process) — from: Weekly retro (Fri 6 Nov 2026)';
    const second =
      'Not reviewed: Write DNS failover runbook (owner: Unassigned · Process) — from: Weekly retro (Fri 13 Nov 2026)';
    expect(md).toContain([`- ${first}`, `- ${second}`].join('\n'));
    const items = [...html.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(expect.arrayContaining([first, second]));
    expect(csv.filter((r) => r.Kind === 'earlier action').map((r) => [r.Text, r.From])).toEqual([
      ['Tune disk alert thresholds', 'Weekly retro (Fri 6 Nov 2026)'],
      ['Write DNS failover runbook', 'Weekly retro (Fri 13 Nov 2026)'],
    ]);
  });

  it('names this retro’s own action without an owner "Unassigned" in its action items too', async () => {
    const { platform, current } = twoWeeklies();
    const own = { ...current, actions: [action('own-1', 'Add a runbook link to every page')] };
    render(<ExportBar team={{ ...platform, retros: [...platform.retros.slice(0, 2), own] }} retro={own} />);
    const { md } = await downloadAll();
    expect(md).toContain('- [ ] Add a runbook link to every page (owner: Unassigned · Process)');
  });
});
