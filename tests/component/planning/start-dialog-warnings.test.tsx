import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { itemFields, seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * The Plan tab lists its warnings below the board; a scrum master who presses Start sprint at the top of the page
 * never scrolls there. The Start dialog names them, in short lines, so starting with them is a decision.
 */
describe('the Start sprint dialog and the plan’s warnings', { timeout: 30_000 }, () => {
  it('names the items not ready, the change window missing and the items with no estimate', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      for (const id of Object.values(items)) await b.api.planItem({ teamId, sprintId, itemId: id });
    });
    // The Plan tab counts three: "Upgrade Postgres" not ready, "Patch kernels" without a window, one unestimated.
    expect(await screen.findByText(/below the board/, {}, { timeout: 10_000 })).toHaveTextContent(
      '3 warnings below the board',
    );

    await user.click(screen.getByRole('button', { name: /^Start sprint/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    expect(dialog).toHaveTextContent('3 warnings');
    const list = within(dialog).getByRole('list', { name: 'Warnings before starting' });
    const lines = within(list).getAllByRole('listitem');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveTextContent(/not ready.*“Upgrade Postgres”/i);
    expect(lines[1]).toHaveTextContent(/change window.*“Patch kernels”/i);
    expect(lines[2]).toHaveTextContent('1 item has no estimate and counts as 0 points.');
    expect(within(dialog).getByRole('button', { name: 'Start sprint' })).toBeEnabled();
  });

  it('says the items not ready in one line, naming a few and counting the rest', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId } = await seedPlanning(b);
      for (const n of [1, 2, 3, 4, 5]) {
        const item = await b.api.createItem({ teamId, item: { ...itemFields(`Runbook ${n}`, 1), description: '' } });
        await b.api.planItem({ teamId, sprintId, itemId: item.id });
      }
    });
    expect(await screen.findByText(/below the board/, {}, { timeout: 10_000 })).toHaveTextContent(
      '5 warnings below the board',
    );

    await user.click(screen.getByRole('button', { name: /^Start sprint/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    expect(dialog).toHaveTextContent('5 warnings');
    const lines = within(within(dialog).getByRole('list', { name: 'Warnings before starting' })).getAllByRole(
      'listitem',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveTextContent(/5 items are not ready.*“Runbook 1”, “Runbook 2”, “Runbook 3” and 2 more/);
  });

  it('shows no list when the plan has nothing to check', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
    });
    expect(await screen.findByText(/still plannable/, {}, { timeout: 10_000 })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /^Start sprint/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    expect(within(dialog).queryByRole('list', { name: 'Warnings before starting' })).toBeNull();
    expect(dialog).not.toHaveTextContent(/warning/i);
  });
});
