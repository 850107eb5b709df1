import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { member, sprint, team } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

describe('the sprint goal on the review screen', () => {
  it('is shown as the Markdown it was written in, as planning and presenter mode show it', async () => {
    const s = sprint({
      name: 'Sprint 7',
      goal: 'Faster deploys:\n\n- **CI** under 10 min\n- no manual steps',
      startDate: '2026-11-16',
      endDate: '2026-11-27',
      state: 'active',
    });
    const seeded = team('Platform', { members: [member('Ana Ops')], sprints: [s] });
    await renderApp('review', async ({ store }) => {
      await store.mutate('workspace', (draft) => {
        draft.teams.push(seeded);
      });
    });
    await screen.findByRole('button', { name: 'Start review of Sprint 7' }, { timeout: 10_000 });
    const goal = screen.getByText('Sprint goal:').parentElement as HTMLElement;
    const points = within(goal).getAllByRole('listitem');
    expect(points.map((li) => li.textContent)).toEqual(['CI under 10 min', 'no manual steps']);
    expect(within(points[0] as HTMLElement).getByText('CI').tagName).toBe('STRONG');
    expect(goal).not.toHaveTextContent('**');
  });
});
