import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ExportBar } from '../../../renderer/screens/retro/ExportBar';
import type { CadenceApi } from '../../../src/api/contract';
import type { RetroAction } from '../../../src/domain/retro/schema';
import { team } from '../../helpers/fixtures';
import { retro as buildRetro } from '../../unit/retro/build';
import { renderRetro, retroCreatedAt } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
});

/** The line under an earlier action in the "Open actions" phase: where it came from, its owner, type, carries. */
function detailsOf(text: string): string {
  const item = screen.getByText(text).closest('li')!;
  return within(item).getByText(/^From /).textContent ?? '';
}

describe('"carried N×" counts the retros that carried an action over before this one', () => {
  it('on the screen: this retro’s own Carry over, and a later retro’s, do not add to it', async () => {
    const user = userEvent.setup();
    await renderRetro('open_actions', {
      prepare: async (x) => {
        const sprint5 = await retroCreatedAt(x, 'Retro — Sprint 5', '2026-10-16T14:00:00.000Z');
        const sprint6 = await retroCreatedAt(x, 'Retro — Sprint 6', '2026-10-30T14:00:00.000Z');
        const later = await retroCreatedAt(x, 'Retro — Sprint 8', '2099-01-08T14:00:00.000Z');
        const add = (text: string) =>
          x.backend.api.addRetroAction({
            teamId: x.teamId,
            retroId: sprint5.id,
            action: { text, ownerId: null, dueDate: null, type: 'process', ticketKey: '', sourceId: null },
          });
        await add('Write DNS failover runbook');
        const made = await add('Tune disk alerts');
        const [runbook, alerts] = made.actions;
        // Sprint 6's retro carried the runbook over once; a later retro carried it over again.
        for (const retroId of [sprint6.id, later.id]) {
          await x.backend.api.reviewRetroAction({
            teamId: x.teamId,
            retroId,
            fromRetroId: sprint5.id,
            actionId: runbook!.id,
            outcome: 'carried',
          });
        }
        expect(alerts?.text).toBe('Tune disk alerts');
      },
    });

    await screen.findByText('Write DNS failover runbook', undefined, { timeout: 5000 });
    expect(detailsOf('Write DNS failover runbook')).toMatch(/· carried 1×$/);
    // Never carried over before this retro: no count at all.
    expect(detailsOf('Tune disk alerts')).not.toMatch(/carried/);

    // Carrying them over here is this retro's decision (its pressed button), not one more carry before it.
    for (const text of ['Write DNS failover runbook', 'Tune disk alerts']) {
      const carry = screen.getByRole('button', { name: `Carry over “${text}”` });
      await user.click(carry);
      await waitFor(() => expect(carry).toHaveAttribute('aria-pressed', 'true'));
    }
    expect(detailsOf('Write DNS failover runbook')).toMatch(/· carried 1×$/);
    expect(detailsOf('Tune disk alerts')).not.toMatch(/carried/);

    // The Markdown the export bar copies says the same.
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toContain('- Carried over: Write DNS failover runbook (owner: Unassigned · Process · carried 1×)');
    expect(markdown).toContain(
      '- Carried over: Tune disk alerts (owner: Unassigned · Process) — from: Retro — Sprint 5',
    );
  });

  it('in every export, of the retro that carried it and of the one after', async () => {
    const user = userEvent.setup();
    const files = new Map<string, string>();
    (window as { cadence?: unknown }).cadence = {};
    setApi({
      saveFile: async ({ suggestedName, content }: { suggestedName: string; content: string }) => {
        files.set(suggestedName.replace(/^.*\./, ''), content);
        return { path: `/home/sm/${suggestedName}` };
      },
    } as unknown as CadenceApi);

    const sprint6 = buildRetro({ title: 'Retro — Sprint 6', createdAt: '2026-10-30T14:00:00.000Z' });
    const sprint7 = buildRetro({ title: 'Retro — Sprint 7', createdAt: '2026-11-13T14:00:00.000Z' });
    const sprint8 = buildRetro({ title: 'Retro — Sprint 8', createdAt: '2026-11-27T14:00:00.000Z' });
    const runbook: RetroAction = {
      id: 'old-1',
      text: 'Write DNS failover runbook',
      ownerId: null,
      dueDate: null,
      type: 'process',
      ticketKey: '',
      sourceId: null,
      status: 'open',
      // Carried over by each of the three retros after the one that made it.
      reviews: [sprint6, sprint7, sprint8].map((r) => ({ retroId: r.id, outcome: 'carried', at: r.createdAt })),
      createdAt: '2026-10-16T15:00:00.000Z',
    };
    const sprint5 = buildRetro({
      title: 'Retro — Sprint 5',
      createdAt: '2026-10-16T14:00:00.000Z',
      actions: [runbook],
    });
    const platform = team('Platform SRE', { retros: [sprint5, sprint6, sprint7, sprint8] });

    const exportsOf = async (shown: typeof sprint7) => {
      files.clear();
      const { unmount } = render(<ExportBar team={platform} retro={shown} />);
      await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
      const markdown = await navigator.clipboard.readText();
      for (const name of ['Download HTML', 'Download CSV', 'Download JSON']) {
        await user.click(screen.getByRole('button', { name }));
      }
      await waitFor(() => expect(files.size).toBe(3));
      unmount();
      const html = new DOMParser().parseFromString(files.get('html') ?? '', 'text/html');
      const csv = Papa.parse<Record<string, string>>((files.get('csv') ?? '').replace(/^\uFEFF/, ''), {
        header: true,
      }).data;
      return {
        markdown: markdown.split('\n').find((l) => l.includes('Write DNS failover runbook')),
        html: [...html.querySelectorAll('li')].map((li) => li.textContent).find((t) => t?.includes('runbook')),
        csv: csv.find((r) => r.Kind === 'earlier action')?.['Times carried'],
        json: (JSON.parse(files.get('json') ?? '{}') as { openActions: { timesCarried: number }[] }).openActions[0]
          ?.timesCarried,
      };
    };

    // Sprint 7's retro: Sprint 6 carried it over before; its own carry and Sprint 8's are not counted.
    const seventh = await exportsOf(sprint7);
    const later = '; later, Retro — Sprint 8 carried it over';
    expect(seventh.markdown).toBe(
      `- Carried over: Write DNS failover runbook (owner: Unassigned · Process · carried 1×) — from: Retro — Sprint 5${later}`,
    );
    expect(seventh.html).toBe(
      `Carried over: Write DNS failover runbook (owner: Unassigned · Process · carried 1×) — from: Retro — Sprint 5${later}`,
    );
    expect(seventh.csv).toBe('1');
    expect(seventh.json).toBe(1);

    // Sprint 6's retro was the first to carry it over: nothing before it did.
    const sixth = await exportsOf(sprint6);
    expect(sixth.markdown).toBe(
      `- Carried over: Write DNS failover runbook (owner: Unassigned · Process) — from: Retro — Sprint 5${later}`,
    );
    expect(sixth.csv).toBe('0');
    expect(sixth.json).toBe(0);
  });
});
