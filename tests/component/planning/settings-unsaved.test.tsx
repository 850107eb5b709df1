import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openPlanning, teamOf } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * Planning → Settings is one of the screen's views: a buffer % typed there and not saved was dropped without a
 * word by a click on Plan (to see what it does to capacity) or on another screen. It asks first, as the Team
 * screen's Sprint settings do.
 */
describe('planning settings typed and not saved', { timeout: 30_000 }, () => {
  it('another view asks first, and Keep editing keeps the value to save', async () => {
    const user = userEvent.setup({ delay: null });
    const { seeded, backend } = await openPlanning();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const buffer = () => screen.getByRole('textbox', { name: 'Interrupt buffer (%)' });
    await user.clear(buffer());
    await user.type(buffer(), '25');

    await user.click(screen.getByRole('button', { name: 'Plan' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the planning settings?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(buffer()).toHaveValue('25');
    await user.click(screen.getByRole('button', { name: 'Save planning settings' }));
    await screen.findByText('Planning settings saved.');
    expect(teamOf(backend, seeded.teamId)?.settings.bufferPercent).toBe(25);

    // Saved: the views switch without a question.
    await user.click(screen.getByRole('button', { name: 'Plan' }));
    expect(await screen.findByRole('region', { name: 'Capacity' })).toBeInTheDocument();
  });

  it('another screen asks first, and Discard changes goes there with the stored value kept', async () => {
    const user = userEvent.setup({ delay: null });
    const { seeded, backend } = await openPlanning();
    const before = teamOf(backend, seeded.teamId)?.settings.onCallLoadPercent;
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const load = screen.getByRole('textbox', { name: 'On-call load (%)' });
    await user.clear(load);
    await user.type(load, '80');

    useAppStore.getState().navigate('backlog');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the planning settings?' });
    expect(useAppStore.getState().screen).toBe('planning');
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
    expect(teamOf(backend, seeded.teamId)?.settings.onCallLoadPercent).toBe(before);
  });
});
