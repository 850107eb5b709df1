import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';
import { itemFields, seedPlanning, teamOf, type Seeded } from './seed';

// Every action writes the data file for real; on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

/** Sprint 1 (2–13 Nov), Sprint 2 (16–27 Nov), and a freeze from 12 to 18 Nov entered from Sprint 1. */
async function twoSprintsAndAFreeze(b: InProcessApi) {
  const seeded = await seedPlanning(b);
  const ref = { teamId: seeded.teamId };
  const next = await b.api.createSprint({
    ...ref,
    sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
  });
  await b.api.addChangeWindow({
    ...ref,
    sprintId: seeded.sprintId,
    window: {
      name: 'Audit freeze',
      kind: 'freeze',
      start: '2026-11-12T00:00:00.000Z',
      end: '2026-11-19T00:00:00.000Z',
    },
  });
  return { seeded, sprint2: next.sprints[0]!.id };
}

async function open(seed: (b: InProcessApi) => Promise<{ seeded: Seeded; sprint2?: string }>) {
  let seeded: { seeded: Seeded; sprint2?: string } | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seed(b);
  });
  await screen.findByRole('heading', { name: 'Sprint planning' }, { timeout: 10_000 });
  if (!seeded) throw new Error('not seeded');
  return { ...seeded, backend };
}

describe("the team's calendar on the planning screen", { timeout: 30_000 }, () => {
  it('shows a freeze over two sprints in both, warns of the days the freeze covers in the second, and edits it once', async () => {
    const user = userEvent.setup();
    const { seeded, sprint2, backend } = await open(async (b) => {
      const two = await twoSprintsAndAFreeze(b);
      await b.api.planItem({
        teamId: two.seeded.teamId,
        sprintId: two.sprint2,
        itemId: two.seeded.items['Patch kernels']!,
      });
      return two;
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprint' }), sprint2!);
    const warnings = await screen.findByRole('list', { name: 'Planning warnings' });
    expect(
      within(warnings).getByText(
        /“Patch kernels” needs a change, but 3 working days of this sprint \(Mon 16 Nov – Wed 18 Nov( 2026)?\) fall in the freeze “Audit freeze”/,
      ),
    ).toBeVisible();
    expect(within(warnings).queryByText(/needs a change window, but this sprint has none/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Calendar' }));
    const windows = screen.getByRole('region', { name: 'Change windows and freezes' });
    expect(
      within(windows).getByText(
        'Change freeze · Audit freeze · Thu 12 Nov 00:00 UTC – Thu 19 Nov 00:00 UTC · also in Sprint 1',
      ),
    ).toBeVisible();

    await user.click(within(windows).getByRole('button', { name: /^Edit Change freeze · Audit freeze/ }));
    const name = within(windows).getByLabelText('Window name');
    // The edit form takes the focus, and the entry's Edit button gets it back after the save.
    await waitFor(() => expect(name).toHaveFocus());
    await user.clear(name);
    await user.type(name, 'SOX audit freeze');
    await user.click(within(windows).getByRole('button', { name: 'Save window' }));
    expect(
      await within(windows).findByText(/^Change freeze · SOX audit freeze · .* · also in Sprint 1$/),
    ).toBeVisible();
    await waitFor(() =>
      expect(within(windows).getByRole('button', { name: /^Edit Change freeze · SOX audit freeze/ })).toHaveFocus(),
    );
    const stored = teamOf(backend, seeded.teamId)!.calendar.changeWindows;
    expect(stored.map((w) => w.name)).toEqual(['SOX audit freeze']);

    // The same entry, seen from Sprint 1.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprint' }), seeded.sprintId);
    await user.click(screen.getByRole('button', { name: 'Calendar' }));
    const first = screen.getByRole('region', { name: 'Change windows and freezes' });
    expect(within(first).getByText(/^Change freeze · SOX audit freeze · .* · also in Sprint 2$/)).toBeVisible();
    await user.click(within(first).getByRole('button', { name: /^Remove Change freeze · SOX audit freeze/ }));
    expect(await within(first).findByText('No change window or freeze in this sprint.')).toBeVisible();
    expect(teamOf(backend, seeded.teamId)!.calendar.changeWindows).toEqual([]);
  });

  it('warns when more items need a change window than the windows take, at the limit the team sets', async () => {
    const user = userEvent.setup();
    await open(async (b) => {
      const seeded = await seedPlanning(b);
      const ref = { teamId: seeded.teamId, sprintId: seeded.sprintId };
      await b.api.addChangeWindow({
        ...ref,
        window: {
          name: 'Thu night',
          kind: 'window',
          start: '2026-11-05T22:00:00.000Z',
          end: '2026-11-06T02:00:00.000Z',
        },
      });
      await b.api.planItem({ ...ref, itemId: seeded.items['Patch kernels']! });
      for (const title of ['Swap disks', 'Reboot routers', 'Rotate HSM keys']) {
        const item = await b.api.createItem({
          teamId: seeded.teamId,
          item: itemFields(title, 1, { needsChangeWindow: true }),
        });
        await b.api.planItem({ ...ref, itemId: item.id });
      }
      return { seeded };
    });
    const warnings = await screen.findByRole('list', { name: 'Planning warnings' });
    expect(
      within(warnings).getByText(/^4 items need a change window; the sprint's 1 window takes 2 \(2 per window\)/),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const limit = screen.getByLabelText('Items per change window');
    expect(limit).toHaveValue('2');
    await user.clear(limit);
    await user.type(limit, '4');
    await user.click(screen.getByRole('button', { name: 'Save planning settings' }));
    await screen.findByText('Planning settings saved.');
    expect(screen.queryByText(/items need a change window/)).toBeNull();
  });
});
