import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { sprint } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** The sprint closes and the next one starts while the standup runs (in another window): its summary still shows. */
describe('a standup that runs while the sprint changes', { timeout: 20_000 }, () => {
  it('shows its summary, with the focus on it, when it ends', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const next = sprint({ name: 'Sprint 8', startDate: '2026-12-07', endDate: '2026-12-18', state: 'planned' });
    doc.sprints.push(next);
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });

    await backend.api.closeSprint({ teamId: doc.id, sprintId: doc.sprints[0]!.id, incompleteTo: 'next_sprint' });
    await backend.api.startSprint({ teamId: doc.id, sprintId: next.id });
    await act(() => useAppStore.getState().selectTeam(doc.id));

    await user.click(screen.getByRole('button', { name: /End standup/ }));
    const confirm = await screen.findByRole('dialog', { name: 'End standup now?' });
    await user.click(within(confirm).getByRole('button', { name: 'End standup' }));
    const summary = await screen.findByRole('region', { name: /^Last standup summary of .*\(Sprint 7\)$/ });
    await waitFor(() => expect(summary).toHaveFocus());
  });
});
