import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

/**
 * Copy path (browser mode) copies the backups folder's path every time it is pressed, so its name says that after a
 * copy too; the notification says the path was copied.
 */
describe('Backups folder: Copy path', () => {
  it('copies the path, says so, and keeps the name that says what it does', async () => {
    const copied: string[] = [];
    const backend = await renderApp('data');
    // After user-event's setup, which puts a clipboard of its own on the page.
    const user = userEvent.setup();
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
    });
    const button = await screen.findByRole('button', { name: 'Copy path' });

    await user.click(button);

    expect(await screen.findByText('Backups folder path copied.')).toBeInTheDocument();
    expect(copied).toEqual([backend.store.backups.folder]);
    expect(button).toHaveAccessibleName('Copy path');
    expect(button).toHaveFocus();
  });
});
