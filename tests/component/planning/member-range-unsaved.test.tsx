import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Planning → Calendar over the seeded team (Ana and Bo, a sprint from Mon 2 Nov 2026), with one holiday. */
async function openCalendar() {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seedPlanning(b);
    const { teamId, sprintId } = seeded;
    await b.api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Armistice Day' } });
  });
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
  if (!seeded) throw new Error('not seeded');
  return {
    user,
    seeded,
    backend,
    off: screen.getByRole('region', { name: 'Time off' }),
    onCall: screen.getByRole('region', { name: 'On-call shifts' }),
  };
}

async function setDate(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await user.clear(field);
  await user.type(field, value);
}

/**
 * The time off and on-call forms (a member and dates) dropped what was set in them without a word when the
 * facilitator clicked another view or screen, or pressed Escape. They ask first, as the holiday form does, and go
 * at once when nothing was changed or all of it was added.
 */
describe('the time off and on-call forms keep what was set', { timeout: 30_000 }, () => {
  it('another view asks before time off set and not added goes; Keep editing keeps it to add', async () => {
    const { user, seeded, backend, off } = await openCalendar();
    await user.selectOptions(within(off).getByLabelText('Member'), 'Bo');
    await setDate(user, within(off).getByLabelText('From'), '2026-11-04');
    await setDate(user, within(off).getByLabelText('To'), '2026-11-05');

    await user.click(screen.getByRole('button', { name: 'Plan' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new time off?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Calendar' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(off).getByLabelText('Member')).toHaveDisplayValue('Bo');
    expect(within(off).getByLabelText('From')).toHaveValue('2026-11-04');
    expect(within(off).getByLabelText('To')).toHaveValue('2026-11-05');

    await user.click(within(off).getByRole('button', { name: 'Add time off' }));
    await waitFor(() =>
      expect(teamOf(backend, seeded.teamId)?.sprints[0]?.timeOff.map((t) => t.date)).toEqual([
        '2026-11-04',
        '2026-11-05',
      ]),
    );
    // Added (and listed): nothing is left to lose, and the views switch without a question.
    expect(await within(off).findByText(/^Bo off Thu 5 Nov/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(off).getByRole('button', { name: 'Add time off' })).not.toHaveAttribute('aria-busy'),
    );
    await user.click(screen.getByRole('button', { name: 'Plan' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Plan' })).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('another screen asks before an on-call shift set and not added goes; Discard changes goes there', async () => {
    const { user, seeded, backend, onCall } = await openCalendar();
    await setDate(user, within(onCall).getByLabelText('To'), '2026-11-08');

    useAppStore.getState().navigate('backlog');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new on-call shift?' });
    expect(useAppStore.getState().screen).toBe('planning');
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.onCall).toEqual([]);
  });

  it('Escape asks when something was set, and Discard changes puts the form back as it opened', async () => {
    const { user, off } = await openCalendar();
    await user.selectOptions(within(off).getByLabelText('Member'), 'Bo');
    await setDate(user, within(off).getByLabelText('From'), '2026-11-04');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new time off?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(off).getByLabelText('Member')).toHaveDisplayValue('Ana');
    expect(within(off).getByLabelText('From')).toHaveValue('2026-11-02');
    expect(within(off).getByLabelText('To')).toHaveValue('2026-11-02');
  });

  it('nothing set: another view, and the Edit of a holiday, go without a question', async () => {
    const { user, off } = await openCalendar();
    // An entry's Edit beside the form does not take it off the screen: what was set stays, with no question.
    await user.selectOptions(within(off).getByLabelText('Member'), 'Bo');
    const holidays = screen.getByRole('region', { name: 'Team holidays' });
    await user.click(within(holidays).getByRole('button', { name: /^Edit Holiday · Armistice Day/ }));
    await waitFor(() => expect(within(holidays).getByLabelText('Holiday date')).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(off).getByLabelText('Member')).toHaveDisplayValue('Bo');
    await user.click(within(holidays).getByRole('button', { name: 'Cancel' }));

    await user.selectOptions(within(off).getByLabelText('Member'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Plan' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Plan' })).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
