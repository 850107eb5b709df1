import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sprint } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { boardTeam, endedStandup, seedWith } from './seed';

describe('standup history without an active sprint', { timeout: 20_000 }, () => {
  it('does not call standups of an old sprint “of this sprint”, and says which sprint the last one was', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam({ active: false });
    const old = sprint({ name: 'Sprint 6', startDate: '2026-11-09', endDate: '2026-11-20', state: 'closed' });
    doc.sprints.push(old);
    doc.standups.push(
      endedStandup({ id: 'st-1', sprintId: old.id, sprintName: 'Sprint 6', date: '2026-11-19' }),
      endedStandup({ id: 'st-2', sprintId: old.id, sprintName: 'Sprint 6', date: '2026-11-20' }),
    );
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));

    expect(await screen.findByRole('region', { name: /^Last standup summary/ })).toHaveAccessibleName(/Sprint 6/);
    expect(screen.queryByText(/Standups of this sprint/)).toBeNull();
    const history = screen.getByRole('table', { name: /standups/i });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
  });
});
