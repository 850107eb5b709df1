import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Modal } from '../../../renderer/components/Modal';
import { Toasts } from '../../../renderer/components/Toasts';
import { useAppStore } from '../../../renderer/store';
import type { Toast } from '../../../renderer/store/slices/ui';

afterEach(() => act(() => useAppStore.setState({ toasts: [] })));

/** The words the slot shows (one message at a time). */
const visible = () =>
  [...screen.getByRole('region', { name: 'Notifications' }).querySelectorAll('.toast__message')].map(
    (message) => message.textContent,
  );

/**
 * The slot, holding these messages pushed in this order. Synchronous: the component files share one module
 * state, so the slot is emptied and filled in one step, and nothing from another file lands between.
 */
function slotWith(...toasts: Omit<Toast, 'id'>[]) {
  render(<Toasts />);
  act(() => {
    useAppStore.setState({ toasts: [] });
    for (const toast of toasts) useAppStore.getState().pushToast(toast);
  });
}

describe('the notifications slot', () => {
  it('keeps an error in view when a success arrives after it, and shows the success once the error is dismissed', () => {
    slotWith(
      { kind: 'error', message: 'The item could not be saved: the disk is full.' },
      { kind: 'success', message: 'Saved 1 point.' },
    );
    expect(visible()).toEqual(['The item could not be saved: the disk is full.']);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(visible()).toEqual(['Saved 1 point.']);
  });

  it('shows the newest message when none is an error', () => {
    slotWith({ kind: 'success', message: 'Saved 1 point.' }, { kind: 'info', message: 'Deleted “Rotate certs”.' });
    expect(visible()).toEqual(['Deleted “Rotate certs”.']);
  });

  describe('a message longer than the slot’s two lines', () => {
    const LONG =
      'The new dates leave Bjorn’s time off (3 days) and Ana’s on-call shift outside Sprint 12. They keep their dates and are not counted; the Calendar tab lists them, to remove if they no longer apply.';
    /** jsdom lays nothing out: the message's box is given the heights Chromium measures for a cut message. */
    function laidOut(full: number, shown: number) {
      vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
        return this.classList.contains('toast__message') ? full : 0;
      });
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
        return this.classList.contains('toast__message') ? shown : 0;
      });
    }
    afterEach(() => vi.restoreAllMocks());

    it('offers Read all, which shows it whole and keeps it until it is closed', async () => {
      laidOut(80, 40);
      vi.useFakeTimers({ shouldAdvanceTime: true });
      try {
        slotWith({ kind: 'info', message: LONG });
        const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
        const read = screen.getByRole('button', { name: 'Read all' });
        expect(read).toHaveAttribute('aria-expanded', 'false');
        await user.click(read);
        const less = screen.getByRole('button', { name: 'Show less' });
        expect(less).toHaveAttribute('aria-expanded', 'true');
        expect(document.getElementById(less.getAttribute('aria-controls')!)).toHaveTextContent(LONG);
        expect(less.closest('.toast')).toHaveClass('toast--open');
        // Opened, it outlives its time even once the focus has left it.
        act(() => less.blur());
        act(() => vi.advanceTimersByTime(60_000));
        expect(visible()).toEqual([LONG]);
        await user.click(less);
        expect(screen.getByRole('button', { name: 'Read all' }).closest('.toast')).not.toHaveClass('toast--open');
        act(() => screen.getByRole('button', { name: 'Read all' }).blur());
        act(() => vi.advanceTimersByTime(10_000));
        expect(visible()).toEqual([]);
      } finally {
        vi.useRealTimers();
      }
    });

    it('announces the words alone: Read all and the other buttons are outside the live region', async () => {
      laidOut(80, 40);
      slotWith({ kind: 'info', message: LONG, undo: { label: 'Undo move', run: vi.fn() } });
      const live = screen.getByText(LONG).closest('[aria-live="polite"]');
      expect(live).toHaveTextContent(LONG);
      for (const name of ['Read all', 'Undo move', 'Dismiss']) {
        expect(live).not.toContainElement(screen.getByRole('button', { name }));
      }
      // Opening the message changes the button, not what the live region says.
      await userEvent.setup().click(screen.getByRole('button', { name: 'Read all' }));
      expect(live).not.toContainElement(screen.getByRole('button', { name: 'Show less' }));
      expect(live).toHaveTextContent(LONG);
    });

    it('offers nothing more for a message that fits', () => {
      laidOut(40, 40);
      slotWith({ kind: 'info', message: 'Moved.' });
      expect(screen.queryByRole('button', { name: 'Read all' })).toBeNull();
    });
  });

  describe('while a dialog is open (the page behind it is made inert)', () => {
    /** The app's page as index.html holds it (the slot in its header), with a dialog over it. */
    function pageUnderDialog() {
      const root = document.body.appendChild(document.createElement('div'));
      root.id = 'root';
      const page = (dialog: boolean) => (
        <>
          <header>
            <Toasts />
          </header>
          <main id="main" tabIndex={-1}>
            <button type="button">Edit Rotate certs</button>
          </main>
          {dialog ? (
            <Modal title="Edit item" onClose={() => undefined}>
              <button type="button">Save</button>
            </Modal>
          ) : null}
        </>
      );
      const { rerender } = render(page(true), { container: root });
      return { root, close: () => rerender(page(false)) };
    }

    it('announces a message raised from the dialog: its live region is left out of what is made inert', async () => {
      const { root, close } = pageUnderDialog();
      await act(async () => {
        useAppStore.setState({ toasts: [] });
        useAppStore.getState().pushToast({ kind: 'error', message: 'The item could not be saved: the disk is full.' });
      });
      const live = screen.getByText('The item could not be saved: the disk is full.').closest('[aria-live="polite"]');
      expect(live).toHaveTextContent('The item could not be saved: the disk is full.');
      expect(live?.closest('[inert], [aria-hidden="true"]')).toBeNull();
      // The rest of the page, the message's own buttons too, stays out of reach until the dialog closes.
      expect(screen.getByRole('button', { name: 'Edit Rotate certs' }).closest('[inert]')).not.toBeNull();
      expect(screen.getByRole('button', { name: 'Dismiss' }).closest('[inert]')).not.toBeNull();
      close();
      expect(root.querySelector('[inert]')).toBeNull();
      expect(root).not.toHaveAttribute('inert');
    });
  });

  describe('keyboard use', () => {
    /** The slot beside a button the person was on before they went to the notification. */
    function pageWith(toast: Omit<Toast, 'id'>) {
      render(
        <>
          <main id="main" tabIndex={-1}>
            <button type="button">Edit Rotate certs</button>
          </main>
          <Toasts />
        </>,
      );
      act(() => {
        useAppStore.setState({ toasts: [] });
        useAppStore.getState().pushToast(toast);
      });
      return screen.getByRole('button', { name: 'Edit Rotate certs' });
    }

    it.each([['Undo delete'], ['Dismiss']])(
      'gives the focus back to where it came from when %s takes the notification away',
      async (name) => {
        const run = vi.fn();
        const before = pageWith({
          kind: 'info',
          message: 'Deleted “Rotate certs”.',
          undo: { label: 'Undo delete', run },
        });
        const user = userEvent.setup();
        before.focus();
        await user.tab();
        if (name === 'Dismiss') await user.tab();
        expect(screen.getByRole('button', { name })).toHaveFocus();
        await user.keyboard('{Enter}');
        expect(visible()).toEqual([]);
        expect(before).toHaveFocus();
        expect(run).toHaveBeenCalledTimes(name === 'Undo delete' ? 1 : 0);
      },
    );

    describe('Ctrl+Z', () => {
      const deleted = (run: () => void): Omit<Toast, 'id'> => ({
        kind: 'info',
        message: 'Deleted “Rotate certs”.',
        undo: { label: 'Undo delete', run },
      });

      it.each([['{Control>}z{/Control}'], ['{Meta>}z{/Meta}']])(
        'runs the shown message’s Undo (%s) and leaves the focus where it was',
        async (keys) => {
          const run = vi.fn();
          const before = pageWith(deleted(run));
          const user = userEvent.setup();
          before.focus();
          await user.keyboard(keys);
          expect(run).toHaveBeenCalledTimes(1);
          expect(visible()).toEqual([]);
          expect(before).toHaveFocus();
        },
      );

      it('names its key on the button', () => {
        pageWith(deleted(vi.fn()));
        const button = screen.getByRole('button', { name: 'Undo delete' });
        expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+Z Meta+Z');
        expect(button).toHaveTextContent('Undo delete Ctrl+Z');
      });

      it('leaves a text field its own undo, and a page under a dialog as it is', async () => {
        const run = vi.fn();
        render(
          <>
            <label>
              Title <input defaultValue="Rotate certs" />
            </label>
            <div role="dialog" aria-modal="true" aria-label="Edit item">
              <button type="button">Save</button>
            </div>
            <Toasts />
          </>,
        );
        act(() => {
          useAppStore.setState({ toasts: [] });
          useAppStore.getState().pushToast(deleted(run));
        });
        const user = userEvent.setup();
        await user.click(screen.getByRole('textbox', { name: 'Title' }));
        await user.keyboard('{Control>}z{/Control}');
        await user.click(screen.getByRole('button', { name: 'Save' }));
        await user.keyboard('{Control>}z{/Control}');
        expect(run).not.toHaveBeenCalled();
        expect(visible()).toEqual(['Deleted “Rotate certs”.']);
      });

      it('does nothing while an error is shown over the message that offers Undo', async () => {
        const run = vi.fn();
        pageWith(deleted(run));
        act(() => {
          useAppStore.getState().pushToast({ kind: 'error', message: 'The disk is full.' });
        });
        const user = userEvent.setup();
        await user.keyboard('{Control>}z{/Control}');
        expect(run).not.toHaveBeenCalled();
        expect(visible()).toEqual(['The disk is full.']);
      });
    });

    it('does not run out while the focus is on it, and runs out once the focus leaves', () => {
      vi.useFakeTimers();
      try {
        const before = pageWith({ kind: 'success', message: 'Saved 1 point.' });
        act(() => screen.getByRole('button', { name: 'Dismiss' }).focus());
        act(() => vi.advanceTimersByTime(60_000));
        expect(visible()).toEqual(['Saved 1 point.']);
        act(() => before.focus());
        act(() => vi.advanceTimersByTime(4_000));
        expect(visible()).toEqual([]);
      } finally {
        vi.useRealTimers();
      }
    });

    it('keeps a success that offers Undo as long as any offer, not the few seconds of a plain success', () => {
      vi.useFakeTimers();
      try {
        pageWith({
          kind: 'success',
          message: 'Added 3 days off from team.ics.',
          undo: { label: 'Undo import', run: vi.fn() },
        });
        act(() => vi.advanceTimersByTime(5_000));
        expect(screen.getByRole('button', { name: 'Undo import' })).toBeInTheDocument();
        act(() => vi.advanceTimersByTime(5_000));
        expect(visible()).toEqual([]);
      } finally {
        vi.useRealTimers();
      }
    });

    it('sends the focus to the page when the place it came from is gone', async () => {
      render(
        <>
          <main id="main" tabIndex={-1} />
          <Toasts />
        </>,
      );
      act(() => {
        useAppStore.setState({ toasts: [] });
        useAppStore.getState().pushToast({ kind: 'info', message: 'Moved.' });
      });
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(screen.getByRole('main')).toHaveFocus();
    });
  });
});
