import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * Time off or a shift that runs past the sprint's last day is refused (the sprint is Mon 2 Nov – Fri 13 Nov). The
 * refusal was said under From, the field that was right, and To, the one to change, looked fine.
 */
describe('a range that runs past the sprint', { timeout: 30_000 }, () => {
  async function openCalendar() {
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    if (!seeded) throw new Error('not seeded');
    return { user, seeded, backend };
  }

  it('is refused at To when To is after the last day', async () => {
    const { user, seeded, backend } = await openCalendar();
    const onCall = screen.getByRole('region', { name: 'On-call shifts' });
    await user.clear(within(onCall).getByLabelText('From'));
    await user.type(within(onCall).getByLabelText('From'), '2026-11-12');
    await user.clear(within(onCall).getByLabelText('To'));
    await user.type(within(onCall).getByLabelText('To'), '2026-11-18');
    await user.click(within(onCall).getByRole('button', { name: 'Add on-call shift' }));

    const to = within(onCall).getByLabelText('To');
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
    expect(to).toHaveAccessibleDescription(/must fall inside the sprint/);
    expect(within(onCall).getByLabelText('From')).toHaveAttribute('aria-invalid', 'false');
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.onCall).toEqual([]);
  });

  it('is refused at From when From is before the first day', async () => {
    const { user, seeded, backend } = await openCalendar();
    const off = screen.getByRole('region', { name: 'Time off' });
    await user.clear(within(off).getByLabelText('From'));
    await user.type(within(off).getByLabelText('From'), '2026-10-30');
    await user.clear(within(off).getByLabelText('To'));
    await user.type(within(off).getByLabelText('To'), '2026-11-03');
    await user.click(within(off).getByRole('button', { name: 'Add time off' }));

    const from = within(off).getByLabelText('From');
    await waitFor(() => expect(from).toHaveAttribute('aria-invalid', 'true'));
    expect(from).toHaveAccessibleDescription(/must fall inside the sprint/);
    expect(within(off).getByLabelText('To')).toHaveAttribute('aria-invalid', 'false');
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.timeOff).toEqual([]);
  });
});
