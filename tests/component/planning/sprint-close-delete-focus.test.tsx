import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { openPlanning, seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** The Close sprint and Delete sprint buttons go away with what they did: focus must not drop to the page. */
describe('focus after closing or deleting a sprint', { timeout: 30_000 }, () => {
  it('after Close sprint the closed sprint’s status line has the focus', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
    });
    await user.click(await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });
    await user.click(within(dialog).getByRole('button', { name: 'Close sprint' }));
    expect(await screen.findByText('Closed', { selector: '.state-badge' })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/^Closed/));
  });

  it('after Delete sprint the button to create a sprint has the focus when none is left', async () => {
    const user = userEvent.setup();
    await openPlanning();
    await user.click(await screen.findByRole('button', { name: 'Delete sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Sprint 1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete sprint' }));
    const create = await screen.findByRole('button', { name: 'Create the first sprint' });
    await waitFor(() => expect(create).toHaveFocus());
  });
});
