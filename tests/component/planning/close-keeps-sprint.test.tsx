import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Closing a sprint shows its result: the next planned sprint must not take its place under the focus. */
describe('closing a sprint while the next one is planned', { timeout: 30_000 }, () => {
  it('keeps the closed sprint on screen, its result shown and its status line focused', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      });
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.updateItem({ teamId, itemId: items['Rotate certificates']!, changes: { status: 'done' } });
    });
    await user.click(await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });
    await user.click(within(dialog).getByRole('button', { name: 'Close sprint' }));

    expect(await screen.findByText('Sprint 1 closed; its result feeds the velocity.')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Result' })).toHaveTextContent(
      'Completed 8 of 8 committed points',
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Sprint 1' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprint' })).toHaveDisplayValue(/^Sprint 1 \(closed/);
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/^Closed/));
  });
});
