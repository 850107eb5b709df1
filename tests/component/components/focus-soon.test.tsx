import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { byId, focusSoon } from '../../../renderer/components/focus-soon';

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

describe('focusSoon', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('moves the focus to the element once it is on the page, making a status line focusable', async () => {
    document.body.innerHTML = '<button id="action">Sync now</button>';
    document.getElementById('action')?.focus();
    focusSoon(byId('result', 'Done.'));
    await frames(2);
    document.body.insertAdjacentHTML('beforeend', '<p id="result" role="status">Done.</p>');
    await waitFor(() => expect(document.getElementById('result')).toHaveFocus());
    expect(document.getElementById('result')).toHaveAttribute('tabindex', '-1');
  });

  it('leaves the focus in a field that took it after the call', async () => {
    document.body.innerHTML = '<button id="action">Sync now</button><p id="result">Done.</p>';
    document.getElementById('action')?.focus();
    focusSoon(byId('result'));
    // A form opens and focuses its field before the next frame.
    document.body.insertAdjacentHTML('beforeend', '<input id="token" aria-label="New token">');
    document.getElementById('token')?.focus();
    await frames(3);
    expect(document.getElementById('token')).toHaveFocus();
  });

  it('still moves the focus from the field the action started in', async () => {
    document.body.innerHTML = '<input id="name" aria-label="Name"><p id="result">Saved.</p>';
    document.getElementById('name')?.focus();
    focusSoon(byId('result'));
    await waitFor(() => expect(document.getElementById('result')).toHaveFocus());
  });
});
