import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Toasts } from '../../../renderer/components/Toasts';
import { useAppStore } from '../../../renderer/store';
import type { Toast } from '../../../renderer/store/slices/ui';

afterEach(() => act(() => useAppStore.setState({ toasts: [] })));

const visible = () =>
  within(screen.getByRole('region', { name: 'Notifications' }))
    .getAllByRole('listitem')
    .filter((li) => !li.hidden)
    .map((li) => li.querySelector('.toast__message')?.textContent);

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
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss' }).find((b) => !b.closest('li')!.hidden)!);
    expect(visible()).toEqual(['Saved 1 point.']);
  });

  it('shows the newest message when none is an error', () => {
    slotWith({ kind: 'success', message: 'Saved 1 point.' }, { kind: 'info', message: 'Deleted “Rotate certs”.' });
    expect(visible()).toEqual(['Deleted “Rotate certs”.']);
  });
});
