import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('stakeholder feedback typed while the piece before it is being saved', () => {
  it('stays in the Feedback field as the next piece, and the piece sent is listed once', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    let answer: () => void = () => undefined;
    const saved = new Promise<void>((resolve) => (answer = resolve));
    const add = backend.api.addReviewFeedback.bind(backend.api);
    backend.api.addReviewFeedback = (input) => saved.then(() => add(input));
    const field = screen.getByLabelText('Feedback', { exact: true });
    await user.type(field, 'Cache the layers');
    await user.click(screen.getByRole('button', { name: 'Add feedback' }));
    // The next stakeholder speaks while the first piece is still on its way to the disk.
    await user.clear(field);
    await user.type(field, 'Show the hit ratio');
    answer();
    await screen.findByRole('button', { name: 'Remove feedback “Cache the layers”' });
    expect(field).toHaveValue('Show the hit ratio');
    const stored = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]?.feedback.map((f) => f.text);
    expect(stored).toEqual(['Cache the layers']);
  });

  it('is cleared once saved when nothing more was typed', async () => {
    const user = userEvent.setup();
    await openReview();
    const field = screen.getByLabelText('Feedback', { exact: true });
    await user.type(field, 'Cache the layers');
    await user.click(screen.getByRole('button', { name: 'Add feedback' }));
    await screen.findByRole('button', { name: 'Remove feedback “Cache the layers”' });
    expect(field).toHaveValue('');
  });
});
