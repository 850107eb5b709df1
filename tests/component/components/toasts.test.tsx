import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Toasts } from '../../../renderer/components/Toasts';
import { useAppStore } from '../../../renderer/store';

afterEach(() => act(() => useAppStore.setState({ toasts: [] })));

const visible = () =>
  within(screen.getByRole('region', { name: 'Notifications' }))
    .getAllByRole('listitem')
    .filter((li) => !li.hidden)
    .map((li) => li.querySelector('.toast__message')?.textContent);

describe('the notifications slot', () => {
  // Synchronous throughout: the component files share one module state, so a stray toast from another file's
  // late api answer cannot land between two steps.
  it('keeps an error in view when a success arrives after it, and shows the success once the error is dismissed', () => {
    render(<Toasts />);
    act(() => {
      // A late toast of another file's may have arrived already: start from an empty slot.
      useAppStore.setState({ toasts: [] });
      useAppStore.getState().pushToast({ kind: 'error', message: 'The item could not be saved: the disk is full.' });
      useAppStore.getState().pushToast({ kind: 'success', message: 'Saved 1 point.' });
    });
    expect(visible()).toEqual(['The item could not be saved: the disk is full.']);
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss' }).find((b) => !b.closest('li')!.hidden)!);
    expect(visible()).toEqual(['Saved 1 point.']);
  });

  it('shows the newest message when none is an error', () => {
    render(<Toasts />);
    act(() => {
      useAppStore.setState({ toasts: [] });
      useAppStore.getState().pushToast({ kind: 'success', message: 'Saved 1 point.' });
      useAppStore.getState().pushToast({ kind: 'info', message: 'Deleted “Rotate certs”.' });
    });
    expect(visible()).toEqual(['Deleted “Rotate certs”.']);
  });
});
