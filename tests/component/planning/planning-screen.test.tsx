import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openPlanning as open, teamOf } from './seed';

// Every action writes the data file for real; on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

describe('planning screen', { timeout: 30_000 }, () => {
  it('shows every term of the capacity formula with its numbers', async () => {
    await open();
    // Ana 10 person-days, Bo 10 × 0.5 = 5 → 15; starting 1.0 → 15 forecast; 20% → 3 buffer; 12 plannable.
    expect(await screen.findByText('15 person-days × 1 =', { exact: false })).toBeInTheDocument();
    const capacity = screen.getByRole('region', { name: 'Capacity' });
    expect(within(capacity).getByRole('row', { name: /^Bo 10 0 0 10 0/ })).toHaveTextContent('× 0.5');
    expect(within(capacity).getByText(/20% × 15 =/)).toHaveTextContent('3 points');
    expect(within(capacity).getByText(/15 − 3 =/)).toHaveTextContent('12 points');
    expect(within(capacity).getByText(/starting value/)).toBeInTheDocument();
  });

  it('plans items with buttons, updates the meter and warns about over-commitment and change windows', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open();
    expect(await screen.findByText(/Committed/)).toHaveTextContent('Committed 0 of 12 plannable points');

    await user.click(screen.getByRole('button', { name: 'Add Rotate certificates to the sprint' }));
    expect(await screen.findByText(/4 points still plannable/)).toBeInTheDocument();
    expect(
      teamOf(backend, seeded.teamId)?.items.find((i) => i.id === seeded.items['Rotate certificates'])?.sprintId,
    ).toBe(seeded.sprintId);
    // Focus goes to the next backlog row's button, so Enter carries on down the list.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add Patch kernels to the sprint' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Add Patch kernels to the sprint' }));
    expect(await screen.findByText(/Over-committed by 1 point:/)).toBeInTheDocument();
    const warnings = screen.getByRole('list', { name: 'Planning warnings' });
    expect(
      within(warnings).getByText(/“Patch kernels” needs a change window, but this sprint has none/),
    ).toBeInTheDocument();
    expect(screen.getByText('1 warning below the board: check it before starting.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add Upgrade Postgres to the sprint' }));
    expect(
      await within(warnings).findByText(
        '“Upgrade Postgres” is not ready: Definition of Ready not met yet: “Estimated by the team”.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('3 warnings below the board: check them before starting.')).toBeInTheDocument();
    // The last one: the sprint list's heading takes the focus.
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Sprint 1 3 items/ })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Remove Patch kernels from the sprint' }));
    expect(await screen.findByText(/4 points still plannable/)).toBeInTheDocument();
    expect(screen.queryByText(/needs a change window/)).not.toBeInTheDocument();
    // Focus goes to the next sprint card's button, so Enter carries on down the sprint's list too.
    const removing = (title: string) => screen.getByRole('button', { name: `Remove ${title} from the sprint` });
    await waitFor(() => expect(removing('Upgrade Postgres')).toHaveFocus());
    await user.click(removing('Upgrade Postgres'));
    // The list's last card gone: the card before it.
    await waitFor(() => expect(removing('Rotate certificates')).toHaveFocus());
    await user.click(removing('Rotate certificates'));
    // Nothing left in the sprint: the backlog's heading, where the cards went.
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Backlog \d+ items/, level: 3 })).toHaveFocus());
  });

  it('creates a sprint from the form, refusing an end before the start', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open();
    await user.click(screen.getByRole('button', { name: 'New sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'New sprint' });
    expect(within(dialog).getByLabelText('Sprint name')).toHaveValue('Sprint 2');
    await user.clear(within(dialog).getByLabelText('Start date'));
    await user.type(within(dialog).getByLabelText('Start date'), '2026-11-20');
    await user.clear(within(dialog).getByLabelText('End date'));
    await user.type(within(dialog).getByLabelText('End date'), '2026-11-16');
    await user.click(within(dialog).getByRole('button', { name: 'Create sprint' }));
    expect(within(dialog).getByText('The sprint must end on or after its start date.')).toBeInTheDocument();

    // Overlapping Sprint 1 is refused by the api, shown in the form.
    await user.clear(within(dialog).getByLabelText('Start date'));
    await user.type(within(dialog).getByLabelText('Start date'), '2026-11-10');
    await user.clear(within(dialog).getByLabelText('End date'));
    await user.type(within(dialog).getByLabelText('End date'), '2026-11-20');
    await user.click(within(dialog).getByRole('button', { name: 'Create sprint' }));
    expect(await within(dialog).findByText(/overlap “Sprint 1”/)).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('Start date'));
    await user.type(within(dialog).getByLabelText('Start date'), '2026-11-16');
    await user.click(within(dialog).getByRole('button', { name: 'Create sprint' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Sprint' })).toHaveDisplayValue(/Sprint 2/));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sprint 2', level: 3 })).toHaveFocus());
    expect(teamOf(backend, seeded.teamId)?.sprints.map((s) => s.name)).toEqual(['Sprint 1', 'Sprint 2']);
  });

  it('starts the sprint, then asks for a reason and logs the scope change', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open();
    await user.click(await screen.findByRole('button', { name: 'Add Rotate certificates to the sprint' }));
    await screen.findByText(/4 points still plannable/);
    await user.click(screen.getByRole('button', { name: 'Start sprint' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Start Sprint 1' })).getByRole('button', { name: 'Start sprint' }),
    );
    expect(await screen.findByRole('button', { name: 'Close sprint' })).toBeInTheDocument();
    // The Start button is gone: the sprint's status line has the focus, not the page.
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/^Active/));
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.commitment).toMatchObject({
      committedPoints: 8,
      plannablePoints: 12,
    });

    await user.click(screen.getByRole('button', { name: 'Add Patch kernels to the sprint' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Add item' }));
    expect(within(dialog).getByText('Reason cannot be empty.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Reason'), 'Security advisory');
    await user.click(within(dialog).getByLabelText(/^Unplanned/));
    await user.click(within(dialog).getByRole('button', { name: 'Add item' }));
    const log = await screen.findByRole('region', { name: 'Scope changes since the start' });
    expect(
      within(log).getByRole('row', { name: /Patch kernels Added – → 5 Unplanned Security advisory/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Interrupt buffer: 5 of 3 points used/)).toBeInTheDocument();

    // Taking a card out of the started sprint asks too; then the next card of the sprint's list has the focus.
    await user.click(screen.getByRole('button', { name: 'Remove Rotate certificates from the sprint' }));
    const out = screen.getByRole('dialog');
    await user.type(within(out).getByLabelText('Reason'), 'Moved to the next sprint');
    await user.click(within(out).getByLabelText(/^Planned/));
    await user.click(within(out).getByRole('button', { name: 'Remove item' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove Patch kernels from the sprint' })).toHaveFocus(),
    );
  });

  it('refuses an on-call shift outside the sprint, and saves one inside', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open();
    await user.click(await screen.findByRole('button', { name: 'Calendar' }));
    const oncall = screen.getByRole('region', { name: 'On-call shifts' });
    await user.selectOptions(within(oncall).getByLabelText('Member'), 'Ana');
    await user.clear(within(oncall).getByLabelText('To'));
    await user.type(within(oncall).getByLabelText('To'), '2026-11-30');
    await user.click(within(oncall).getByRole('button', { name: 'Add on-call shift' }));
    expect(await within(oncall).findByText(/must fall inside the sprint/)).toBeInTheDocument();
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.onCall).toEqual([]);

    await user.clear(within(oncall).getByLabelText('To'));
    await user.type(within(oncall).getByLabelText('To'), '2026-11-06');
    await user.click(within(oncall).getByRole('button', { name: 'Add on-call shift' }));
    expect(await within(oncall).findByText('Ana on call Mon 2 Nov – Fri 6 Nov')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Plan' }));
    // Ana 10 − 5 × 50% = 7.5; + Bo 5 = 12.5 person-days.
    expect(await screen.findByText('12.5 person-days × 1 =', { exact: false })).toBeInTheDocument();
  });

  it('refuses a buffer outside 0–90% in the planning settings', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const buffer = screen.getByLabelText('Interrupt buffer (%)');
    await user.clear(buffer);
    await user.type(buffer, '95');
    await user.click(screen.getByRole('button', { name: 'Save planning settings' }));
    expect(screen.getByText('Interrupt buffer must be between 0% and 90%.')).toBeInTheDocument();
    expect(teamOf(backend, seeded.teamId)?.settings.bufferPercent).toBe(20);
    await user.clear(buffer);
    await user.type(buffer, '30');
    await user.click(screen.getByRole('button', { name: 'Save planning settings' }));
    expect(await screen.findByText('Planning settings saved.')).toBeInTheDocument();
    expect(teamOf(backend, seeded.teamId)?.settings.bufferPercent).toBe(30);
  });

  it('closes the sprint, moving unfinished items to the backlog, and shows it in the velocity table', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await open();
    for (const title of ['Rotate certificates', 'Patch kernels']) {
      await user.click(await screen.findByRole('button', { name: `Add ${title} to the sprint` }));
      await screen.findByRole('button', { name: `Remove ${title} from the sprint` });
    }
    await user.click(screen.getByRole('button', { name: 'Start sprint' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Start sprint' }));
    await backend.api.updateItem({
      teamId: seeded.teamId,
      itemId: seeded.items['Rotate certificates']!,
      changes: { status: 'done' },
    });
    await user.click(await screen.findByRole('button', { name: 'Close sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });
    expect(within(dialog).getByLabelText(/The next sprint \(create it first\)/)).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Close sprint' }));
    expect(await screen.findByText('Closed', { selector: '.state-badge' })).toBeInTheDocument();
    const team = teamOf(backend, seeded.teamId);
    expect(team?.sprints[0]?.result).toMatchObject({ completedPlannedPoints: 8, incompleteTo: 'backlog' });
    expect(team?.items.find((i) => i.id === seeded.items['Patch kernels'])?.sprintId).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Velocity' }));
    const table = await screen.findByRole('table', { name: 'Velocity history in points' });
    expect(within(table).getByRole('row', { name: /Sprint 1 13 8 0 3 0 0.53/ })).toBeInTheDocument();
    // One closed sprint, and capacity averages over the team's window (3 by default), each said as it is.
    expect(screen.getByRole('heading', { name: 'Velocity: 1 closed sprint' })).toBeInTheDocument();
    expect(screen.getByText(/Capacity uses the average of the last 3 closed sprints/)).toBeInTheDocument();
  });
});
