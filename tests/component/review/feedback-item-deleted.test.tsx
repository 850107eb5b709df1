import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('feedback whose backlog item was deleted since', () => {
  it('reads the same on the screen and in the report: "a deleted item"', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.type(screen.getByLabelText('Feedback', { exact: true }), 'Cache the layers');
    await user.click(screen.getByRole('button', { name: 'Add feedback' }));
    await user.click(await screen.findByRole('button', { name: 'Make backlog item from “Cache the layers”' }));
    await screen.findByText('Made into backlog item “Cache the layers”');

    const made = (await backend.api.getTeam({ teamId: seeded.id })).items.find((i) => i.title === 'Cache the layers');
    await backend.api.deleteItem({ teamId: seeded.id, itemId: made!.id });
    await act(() => useAppStore.getState().selectTeam(seeded.id));

    const feedback = screen.getByRole('region', { name: 'Stakeholder feedback' });
    expect(await within(feedback).findByText('Made into a deleted item')).toBeInTheDocument();
    // The report's print copy (the HTML report's body) words it alike.
    const report = screen.getByRole('region', { name: 'Sprint report' });
    expect(report.querySelector('.review-print')).toHaveTextContent('Cache the layers → a deleted item');
  });
});
