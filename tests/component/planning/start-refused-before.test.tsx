import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * A sprint that cannot start (nothing planned into it, or another sprint still active) says so beside its Start
 * button, before the scrum master presses it in front of the team: the button stays reachable, names the reason,
 * and opens no dialog that would only refuse.
 */
describe('Start sprint when the sprint cannot start', { timeout: 30_000 }, () => {
  it('says an empty sprint needs an item before the button is pressed', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      await seedPlanning(b);
    });
    const start = await screen.findByRole('button', { name: /^Start sprint/ }, { timeout: 10_000 });
    expect(start).toHaveAttribute('aria-disabled', 'true');
    expect(start).toHaveAccessibleDescription('Plan at least one item into the sprint before starting it.');
    expect(screen.getByText('Plan at least one item into the sprint before starting it.')).toBeVisible();

    await user.click(start);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(start).toHaveFocus();
  });

  it('says which sprint is still active', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      const next = await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      });
      const nextId = next.sprints.find((s) => s.name === 'Sprint 2')!.id;
      await b.api.planItem({ teamId, sprintId: nextId, itemId: items['Patch kernels']! });
    });
    const picker = await screen.findByRole('combobox', { name: 'Sprint' }, { timeout: 10_000 });
    const option = screen.getByRole('option', { name: /^Sprint 2/ }) as HTMLOptionElement;
    await userEvent.setup().selectOptions(picker, option.value);

    const start = await screen.findByRole('button', { name: /^Start sprint/ });
    expect(start).toHaveAttribute('aria-disabled', 'true');
    expect(start).toHaveAccessibleDescription('“Sprint 1” is still active. Close it before starting “Sprint 2”.');
  });

  it('leaves the button on when the sprint can start', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
    });
    const start = await screen.findByRole('button', { name: /^Start sprint/ }, { timeout: 10_000 });
    expect(start).not.toHaveAttribute('aria-disabled');
    await userEvent.setup().click(start);
    expect(await screen.findByRole('dialog', { name: 'Start Sprint 1' })).toBeVisible();
  });
});
