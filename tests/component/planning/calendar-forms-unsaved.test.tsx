import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Planning → Calendar over the seeded team, with one holiday and one change window in the sprint. */
async function openCalendar() {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seedPlanning(b);
    const { teamId, sprintId } = seeded;
    await b.api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Armistice Day' } });
    await b.api.addChangeWindow({
      teamId,
      sprintId,
      window: {
        name: 'Thu window',
        kind: 'window',
        start: '2026-11-05T22:00:00.000Z',
        end: '2026-11-06T02:00:00.000Z',
      },
    });
  });
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
  if (!seeded) throw new Error('not seeded');
  return {
    user,
    seeded,
    backend,
    holidays: screen.getByRole('region', { name: 'Team holidays' }),
    windows: screen.getByRole('region', { name: 'Change windows and freezes' }),
  };
}

/**
 * The Calendar tab's holiday and change window forms dropped what was typed without a word: a click on another
 * view or screen, Escape, or an edit's Cancel. They ask first, as the sprint form does, and go at once when
 * nothing was typed.
 */
describe("the team calendar's forms keep what was typed", { timeout: 30_000 }, () => {
  it('another view asks before a half-typed holiday goes; Keep editing keeps it to add', async () => {
    const { user, seeded, backend, holidays } = await openCalendar();
    await user.type(within(holidays).getByLabelText('Holiday name'), 'Founders Day');

    await user.click(screen.getByRole('button', { name: 'Plan' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new holiday?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(holidays).getByLabelText('Holiday name')).toHaveValue('Founders Day');
    await user.click(within(holidays).getByRole('button', { name: 'Add holiday' }));
    await waitFor(() =>
      expect(teamOf(backend, seeded.teamId)?.calendar.holidays.map((h) => h.name)).toContain('Founders Day'),
    );

    // Added: the form is empty again, and the views switch without a question.
    await waitFor(() => expect(within(holidays).getByLabelText('Holiday name')).toHaveValue(''));
    await user.click(screen.getByRole('button', { name: 'Plan' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Plan' })).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('another screen asks before a half-typed change window goes; Discard changes goes there', async () => {
    const { user, windows } = await openCalendar();
    await user.type(within(windows).getByLabelText('Window name'), 'Sat freeze');

    useAppStore.getState().navigate('backlog');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new change window?' });
    expect(useAppStore.getState().screen).toBe('planning');
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
  });

  it('Escape in the add form asks; Discard changes empties it', async () => {
    const { user, holidays } = await openCalendar();
    const name = within(holidays).getByLabelText('Holiday name');
    await user.type(name, 'Founders Day');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new holiday?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(holidays).getByLabelText('Holiday name')).toHaveValue('');
  });

  it("an edit's Cancel and Escape ask when the entry was changed, and close at once when not", async () => {
    const { user, seeded, backend, holidays } = await openCalendar();
    const edit = within(holidays).getByRole('button', { name: /^Edit Holiday · Armistice Day/ });
    await user.click(edit);
    const name = await within(holidays).findByDisplayValue('Armistice Day');
    await user.clear(name);
    await user.type(name, 'Remembrance Day');
    await user.click(within(holidays).getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the holiday “Armistice Day”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(holidays).getByDisplayValue('Remembrance Day')).toBeInTheDocument();

    within(holidays).getByDisplayValue('Remembrance Day').focus();
    await user.keyboard('{Escape}');
    const again = await screen.findByRole('dialog', { name: 'Discard your changes to the holiday “Armistice Day”?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() =>
      expect(within(holidays).getByRole('button', { name: /^Edit Holiday · Armistice Day/ })).toHaveFocus(),
    );
    expect(teamOf(backend, seeded.teamId)?.calendar.holidays.map((h) => h.name)).toEqual(['Armistice Day']);

    // Nothing changed: Escape closes the edit at once.
    await user.click(within(holidays).getByRole('button', { name: /^Edit Holiday · Armistice Day/ }));
    // The edit form takes the focus as it opens; Escape is pressed there.
    await waitFor(() => expect(within(holidays).getByLabelText('Holiday date')).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(within(holidays).getByRole('button', { name: /^Edit Holiday · Armistice Day/ })).toHaveFocus(),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a view switch during the edit of a window asks for the freeze typed into its form', async () => {
    const { user, windows } = await openCalendar();
    await user.click(within(windows).getByRole('button', { name: /^Edit Change window · Thu window/ }));
    const name = await within(windows).findByDisplayValue('Thu window');
    await user.selectOptions(within(windows).getByLabelText('Kind'), 'freeze');
    await user.type(name, ' moved');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    await screen.findByRole('dialog', { name: 'Discard your changes to the change window “Thu window”?' });
  });

  it("another entry's Edit asks before the open edit's changes go, and leaves a half-typed new holiday be", async () => {
    const { user, holidays, windows } = await openCalendar();
    await user.type(within(holidays).getByLabelText('Holiday name'), 'Founders Day');
    await user.click(within(holidays).getByRole('button', { name: /^Edit Holiday · Armistice Day/ }));
    const name = await within(holidays).findByDisplayValue('Armistice Day');
    await user.clear(name);
    await user.type(name, 'Remembrance Day');

    await user.click(within(windows).getByRole('button', { name: /^Edit Change window · Thu window/ }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the holiday “Armistice Day”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(holidays).getByDisplayValue('Remembrance Day')).toBeInTheDocument();

    await user.click(within(windows).getByRole('button', { name: /^Edit Change window · Thu window/ }));
    const again = await screen.findByRole('dialog', { name: 'Discard your changes to the holiday “Armistice Day”?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(await within(windows).findByDisplayValue('Thu window')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The window's edit done, the new holiday typed before is there as it was.
    await user.click(within(windows).getByRole('button', { name: 'Cancel' }));
    expect(await within(holidays).findByLabelText('Holiday name')).toHaveValue('Founders Day');
  });
});
