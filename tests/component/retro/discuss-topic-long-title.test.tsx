import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const LONG = 'Paging at 3am for disk alerts on hosts that auto-heal within five minutes anyway';

describe('discuss phase: a topic with a long title', () => {
  it('names its button with the whole title, as the heading beside it has it', async () => {
    await renderRetro('discuss', { prepare: (x) => addCards(x, [['alerts', LONG]]).then(() => undefined) });
    const topics = await screen.findByRole('navigation', { name: 'Topics' });
    const button = within(topics).getByRole('button', { name: `0 votes ${LONG}` });
    expect(button).toHaveAttribute('title', LONG);
    expect(screen.getByRole('heading', { name: `Topic 1 of 1: ${LONG} (0 votes)` })).toBeInTheDocument();
  });
});
