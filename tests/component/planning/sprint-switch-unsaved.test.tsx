import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Planning → Calendar over the seeded team, with a second sprint after Sprint 1. */
async function openCalendar() {
  await renderApp('planning', async (b) => {
    const { teamId } = await seedPlanning(b);
    await b.api.createSprint({
      teamId,
      sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
    });
  });
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
  return { user, picker: screen.getByRole('combobox', { name: 'Sprint' }) };
}

const optionOf = (picker: HTMLElement, name: string) =>
  within(picker).getByRole<HTMLOptionElement>('option', { name: new RegExp(`^${name} `) });

/**
 * The sprint picker redraws the Calendar tab for the sprint picked: a holiday half typed there, or an entry's edit,
 * went without a word. The picker asks first, as the view buttons do, and switches at once when nothing was typed.
 */
describe("the sprint picker and the calendar's forms", { timeout: 30_000 }, () => {
  it('asks before a half-typed holiday goes; Keep editing stays on the sprint with the text', async () => {
    const { user, picker } = await openCalendar();
    const holidays = screen.getByRole('region', { name: 'Team holidays' });
    await user.type(within(holidays).getByLabelText('Holiday name'), 'Founders Day');

    await user.selectOptions(picker, optionOf(picker, 'Sprint 2'));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new holiday?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(optionOf(picker, 'Sprint 1').selected).toBe(true);
    expect(within(screen.getByRole('region', { name: 'Team holidays' })).getByLabelText('Holiday name')).toHaveValue(
      'Founders Day',
    );

    // Discarded: the picker goes on to Sprint 2.
    await user.selectOptions(picker, optionOf(picker, 'Sprint 2'));
    const again = await screen.findByRole('dialog', { name: 'Discard your changes to the new holiday?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(optionOf(picker, 'Sprint 2').selected).toBe(true));
    expect(within(screen.getByRole('region', { name: 'Team holidays' })).getByLabelText('Holiday name')).toHaveValue(
      '',
    );
  });

  it('switches at once when nothing was typed', async () => {
    const { user, picker } = await openCalendar();
    await user.selectOptions(picker, optionOf(picker, 'Sprint 2'));
    await waitFor(() => expect(optionOf(picker, 'Sprint 2').selected).toBe(true));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
