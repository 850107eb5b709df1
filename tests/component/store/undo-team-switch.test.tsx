import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Toasts } from '../../../renderer/components/Toasts';
import { useAppStore } from '../../../renderer/store';
import { item, member, team } from '../../helpers/fixtures';
import { resetStore, storeOverApi } from './store-over-api';

/**
 * An offer to undo belongs to the team it was made in: after a switch to another team it is not on show,
 * so Ctrl+Z there cannot change (or fail to change) a team nobody is looking at. Back in its own team, it
 * is offered again while it lasts.
 */

const alpha = team('Alpha', { members: [member('Ada')], items: [item('Patch hosts'), item('Tune alerts')] });
const bravo = team('Bravo', { members: [member('Bo')], items: [item('Rotate keys')] });

const state = () => useAppStore.getState();

/** The words the slot shows (one message at a time). */
const visible = () =>
  [...screen.getByRole('region', { name: 'Notifications' }).querySelectorAll('.toast__message')].map(
    (message) => message.textContent,
  );

async function openAlphaWithSlot() {
  localStorage.setItem('cadence.lastTeam', alpha.id);
  const backend = await storeOverApi([structuredClone(alpha), structuredClone(bravo)]);
  act(() => useAppStore.setState({ toasts: [] }));
  render(
    <>
      <main id="main" tabIndex={-1}>
        <button type="button">Somewhere on the page</button>
      </main>
      <Toasts />
    </>,
  );
  return backend;
}

afterEach(() => {
  act(() => useAppStore.setState({ toasts: [] }));
  resetStore();
});

describe('Undo after a team switch', () => {
  it('a deleted item’s Undo is not offered in another team, and Ctrl+Z there leaves the first team alone', async () => {
    const backend = await openAlphaWithSlot();
    const patch = alpha.items[0]!;
    await act(() => state().deleteItem(patch.id));
    expect(visible()).toEqual(['Deleted “Patch hosts”.']);

    await act(() => state().selectTeam(bravo.id));
    expect(visible()).toEqual([]);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Somewhere on the page' }).focus();
    await user.keyboard('{Control>}z{/Control}');
    expect((await backend.api.getTeam({ teamId: alpha.id })).items.map((i) => i.title)).toEqual(['Tune alerts']);

    // Back in Alpha, the offer is there again and undoes there, on screen.
    await act(() => state().selectTeam(alpha.id));
    expect(visible()).toEqual(['Deleted “Patch hosts”.']);
    await user.keyboard('{Control>}z{/Control}');
    await expect.poll(() => state().team?.items.map((i) => i.title)).toEqual(['Patch hosts', 'Tune alerts']);
  });

  it('an Undo pushed by a screen (a calendar import) belongs to the team open when it was pushed', async () => {
    await openAlphaWithSlot();
    act(() => {
      state().pushToast({
        kind: 'success',
        message: 'Added 2 days off.',
        undo: { label: 'Undo import', run: () => {} },
      });
    });
    expect(screen.getByRole('button', { name: 'Undo import' })).toBeVisible();
    await act(() => state().selectTeam(bravo.id));
    expect(visible()).toEqual([]);
    await act(() => state().selectTeam(alpha.id));
    expect(visible()).toEqual(['Added 2 days off.']);
  });

  it('a message about no team in particular (an error) stays on show across a switch', async () => {
    await openAlphaWithSlot();
    act(() => state().reportError(new Error('The data folder is read-only.')));
    await act(() => state().selectTeam(bravo.id));
    expect(visible()).toEqual(['The data folder is read-only.']);
  });
});
