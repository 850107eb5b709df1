import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('postmortem timeline: a refused event’s message', () => {
  it('goes once the person types in the field it is about (Add event), as in every other form', async () => {
    await renderRetro('timeline', { kind: 'postmortem' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add event' }, { timeout: 20_000 }));
    const event = screen.getByLabelText('Event');
    expect(await screen.findByRole('alert')).toHaveTextContent('Describe what happened.');
    await waitFor(() => expect(event).toHaveFocus());

    await user.type(event, 'Paged');
    expect(event).not.toHaveAttribute('aria-invalid', 'true');
    expect(event).not.toHaveAccessibleDescription();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
