import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
  it('keeps an error in view when a success arrives after it, and shows the success once the error is dismissed', async () => {
    const user = userEvent.setup();
    render(<Toasts />);
    act(() => {
      useAppStore.getState().pushToast({ kind: 'error', message: 'The item could not be saved: the disk is full.' });
      useAppStore.getState().pushToast({ kind: 'success', message: 'Saved 1 point.' });
    });
    expect(visible()).toEqual(['The item could not be saved: the disk is full.']);
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' }).find((b) => !b.closest('li')!.hidden)!);
    expect(visible()).toEqual(['Saved 1 point.']);
  });

  it('shows the newest message when none is an error', () => {
    render(<Toasts />);
    act(() => {
      useAppStore.getState().pushToast({ kind: 'success', message: 'Saved 1 point.' });
      useAppStore.getState().pushToast({ kind: 'info', message: 'Deleted “Rotate certs”.' });
    });
    expect(visible()).toEqual(['Deleted “Rotate certs”.']);
  });
});
