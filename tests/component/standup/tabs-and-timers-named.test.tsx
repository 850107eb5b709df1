import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Every tab that names the panel it controls names one on the page (a reference to nothing is an ARIA error). */
function expectTabsControlPanelsOnPage() {
  for (const tab of screen.getAllByRole('tab')) {
    const controls = tab.getAttribute('aria-controls');
    if (controls === null) continue;
    expect(document.getElementById(controls), `${tab.textContent ?? ''} controls #${controls}`).not.toBeNull();
  }
  const selected = screen.getByRole('tab', { selected: true });
  expect(screen.getByRole('tabpanel')).toHaveAttribute('id', selected.getAttribute('aria-controls'));
}

describe('the standup screen for assistive technology', { timeout: 30_000 }, () => {
  it('names both timers of a running standup', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    expect(screen.getByRole('timer', { name: 'Time left for this speaker' })).toHaveTextContent(/^1:[23]\d$/);
    expect(screen.getByRole('timer', { name: 'Standup time left' })).toHaveTextContent(/^1[45]:\d\d$/);
  });

  it('points each tab only at a panel on the page, on either tab', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    const board = await screen.findByRole('tab', { name: 'Board' }, { timeout: 10_000 });
    expect(board).toHaveAttribute('aria-selected', 'true');
    expectTabsControlPanelsOnPage();
    await user.click(screen.getByRole('tab', { name: /Standup timer/ }));
    expectTabsControlPanelsOnPage();
  });
});
