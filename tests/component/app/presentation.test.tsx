import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('presentation mode', () => {
  it('puts the desktop window in full screen through the desktop app, and takes it out again', async () => {
    const asked: boolean[] = [];
    await renderApp('backlog', async (b) => {
      b.ctx.transport = 'electron';
      b.ctx.shell.setFullScreen = async (on) => {
        asked.push(on);
        return on;
      };
    });
    const toggle = await screen.findByRole('button', { name: 'Presentation mode' });
    await userEvent.click(toggle);
    await waitFor(() => expect(asked.at(-1)).toBe(true));
    expect(document.documentElement.dataset.presentation).toBe('on');
    await userEvent.click(screen.getByRole('button', { name: 'Exit presentation' }));
    await waitFor(() => expect(asked.at(-1)).toBe(false));
    expect(document.documentElement.dataset.presentation).toBe('off');
  });

  it('keeps the larger type when the window cannot go full screen', async () => {
    await renderApp('backlog', async (b) => {
      b.ctx.transport = 'electron';
      b.ctx.shell.setFullScreen = async () => {
        throw new Error('no window');
      };
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Presentation mode' }));
    expect(document.documentElement.dataset.presentation).toBe('on');
    expect(screen.getByRole('button', { name: 'Exit presentation' })).toHaveAttribute('aria-pressed', 'true');
  });
});
