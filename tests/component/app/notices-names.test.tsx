import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { StoreNotice } from '../../../src/services/store';
import { renderApp } from '../render-app';

/** Two team files that did not load at the start, each opened from a backup: a notice each. */
const TWO_NOTICES: StoreNotice[] = [
  {
    kind: 'recovered',
    message:
      'The file of team “Platform” could not be read (the file is not valid JSON). Cadence opened that team from the newest good backup, from today at 09:10.',
  },
  {
    kind: 'recovered',
    message:
      'The file of team “Network” could not be read (the file is empty). Cadence opened that team from the newest good backup, from today at 09:10.',
  },
];

async function showNotices(notices: StoreNotice[]): Promise<HTMLElement> {
  await waitFor(() => expect(useAppStore.getState().status).not.toBeNull());
  act(() => useAppStore.setState((s) => ({ status: { ...s.status!, notices } })));
  return screen.findByRole('region', { name: 'Data notices' });
}

/**
 * Each start-up notice has its own backups folder path and See all backups: with several, a screen reader's list of
 * buttons (or a voice command) tells them apart by the notice each belongs to.
 */
describe('start-up notices: the controls of several', () => {
  it('names each notice’s controls after that notice', async () => {
    await renderApp('backlog');
    const region = await showNotices(TWO_NOTICES);

    for (const team of ['Platform', 'Network']) {
      // getByRole finds one control by each name, or fails: no two notices' controls share a name.
      const about = `.*team “${team}” could not be read`;
      expect(within(region).getByRole('button', { name: new RegExp(`^See all backups${about}`) })).toBeVisible();
      expect(within(region).getByRole('button', { name: new RegExp(`^Copy path${about}`) })).toBeVisible();
      expect(within(region).getByRole('textbox', { name: new RegExp(`^Backups folder${about}`) })).toBeVisible();
    }
    expect(within(region).getAllByRole('button', { name: /^See all backups/ })).toHaveLength(2);
  });

  it('goes to the backups from the second notice’s button, found by its name', async () => {
    await renderApp('backlog');
    const region = await showNotices(TWO_NOTICES);
    await userEvent.click(within(region).getByRole('button', { name: /^See all backups .*Network/ }));
    expect(await screen.findByRole('heading', { name: 'Data & backups', level: 2 })).toBeInTheDocument();
  });

  it('names the controls after the whole team name, even one that holds a colon or a full stop', async () => {
    await renderApp('backlog');
    const notices: StoreNotice[] = ['Ops: EU', 'Ops. US'].map((team) => ({
      kind: 'recovered',
      message: `The file of team “${team}” could not be read (the file is empty). Cadence opened that team from the newest good backup, from today at 09:10.`,
    }));
    const region = await showNotices(notices);
    for (const team of ['Ops: EU', 'Ops. US']) {
      expect(
        within(region).getByRole('button', { name: `See all backups (The file of team “${team}” could not be read)` }),
      ).toBeVisible();
    }
  });

  it('keeps the short names when there is one notice', async () => {
    await renderApp('backlog');
    const region = await showNotices(TWO_NOTICES.slice(0, 1));
    expect(within(region).getByRole('button', { name: 'See all backups' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Copy path' })).toBeInTheDocument();
  });
});
