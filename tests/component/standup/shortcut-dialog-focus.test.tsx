import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** A click on blank page background: nothing has the focus. */
function focusNothing(): void {
  (document.activeElement as HTMLElement | null)?.blur();
  expect(document.activeElement).toBe(document.body);
}

describe('a dialog opened by its key with nothing focused', { timeout: 20_000 }, () => {
  it('gives the focus to the Log interrupt button when closed by Escape or Cancel, not to the page', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    const button = await screen.findByRole('button', { name: /^Log interrupt/ }, { timeout: 10_000 });

    focusNothing();
    await user.keyboard('i');
    await screen.findByRole('dialog', { name: 'Log interrupt' }, { timeout: 10_000 });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log interrupt' })).toBeNull());
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement).toBe(button);

    focusNothing();
    await user.keyboard('I');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }, { timeout: 10_000 }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log interrupt' })).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('gives the focus to the Keyboard shortcuts button after the ? list, from any screen', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await screen.findByRole('button', { name: /^Log interrupt/ }, { timeout: 10_000 });
    focusNothing();
    await user.keyboard('?');
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 10_000 });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
  });

  it('gives the focus to the capture button after U during a running standup', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    // Start standup hands the focus to the timer a few frames later: only then is nothing focused for good.
    await waitFor(() => expect(document.activeElement?.id).toBe('standup-timer'));
    focusNothing();
    await user.keyboard('u');
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Note update/ }));
  });
});
