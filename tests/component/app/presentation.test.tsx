import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

/**
 * The browser's Fullscreen API as Chromium behaves: entering takes effect at once here, but leaving is only
 * done (fullscreenElement cleared, the event fired) when `finishLeaving` is called.
 */
function browserFullScreen() {
  const root = document.documentElement;
  let full: Element | null = null;
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => full });
  const requestFullscreen = vi.fn(async () => {
    full = root;
    document.dispatchEvent(new Event('fullscreenchange'));
  });
  root.requestFullscreen = requestFullscreen;
  document.exitFullscreen = vi.fn(async () => undefined);
  const finishLeaving = () => {
    full = null;
    document.dispatchEvent(new Event('fullscreenchange'));
  };
  return { requestFullscreen, finishLeaving };
}

describe('presentation mode', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'fullscreenElement');
    Reflect.deleteProperty(document, 'exitFullscreen');
    Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
  });

  it('stays on when turned off and on again before the browser has left full screen', async () => {
    const screenApi = browserFullScreen();
    await renderApp('backlog');
    const toggle = await screen.findByRole('button', { name: 'Presentation mode' });
    await userEvent.click(toggle);
    expect(screenApi.requestFullscreen).toHaveBeenCalledTimes(1);
    // Alt+P twice in quick succession: off, then on, while the browser is still leaving full screen.
    act(() => useAppStore.getState().setPresentation(false));
    act(() => useAppStore.getState().setPresentation(true));
    act(() => screenApi.finishLeaving());
    expect(useAppStore.getState().presentation).toBe(true);
    expect(document.documentElement.dataset.presentation).toBe('on');
    // And the page is asked for full screen again, since the mode is on.
    await waitFor(() => expect(screenApi.requestFullscreen).toHaveBeenCalledTimes(2));
    // Leaving full screen with Esc (not asked by Cadence) still ends presentation mode.
    act(() => screenApi.finishLeaving());
    expect(useAppStore.getState().presentation).toBe(false);
    expect(document.documentElement.dataset.presentation).toBe('off');
  });

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
