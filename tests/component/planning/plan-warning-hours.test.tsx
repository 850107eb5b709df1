import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * An interrupt sized in hours, sent back to the backlog at the close and planned again as planned work, shows its
 * hours on its card. The plan's warning does not call that "no estimate": it says the hours do not count as
 * committed points, and names the item, so the team knows what to estimate.
 */
describe('a planned item sized in hours only', { timeout: 30_000 }, () => {
  it('is named in the warnings as sized in hours, not as having no estimate', async () => {
    const user = userEvent.setup();
    let nextId = '';
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      const { item } = await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Flaky backup job', severity: 'sev2', hours: 12 },
      });
      const next = await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      });
      nextId = next.sprints.find((s) => s.name === 'Sprint 2')!.id;
      await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog', unplannedTo: { [item.id]: 'backlog' } });
      await b.api.planItem({ teamId, sprintId: nextId, itemId: item.id });
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sprint' }, { timeout: 10_000 }), nextId);

    const card = within(await screen.findByRole('list', { name: 'Items in Sprint 2' })).getByText('Flaky backup job');
    expect(card.closest('li')).toHaveTextContent('12 h');
    const warnings = within(screen.getByRole('list', { name: 'Planning warnings' })).getAllByRole('listitem');
    const texts = warnings.map((w) => w.textContent);
    expect(texts.some((t) => /no estimate/.test(t ?? ''))).toBe(false);
    expect(texts).toContain(
      '“Flaky backup job” is sized in hours only (12 h): planned work is committed in points, so it counts as 0 points. Estimate it in points.',
    );
  });
});
