import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('sprint facts phase: a buffer used over what was reserved', () => {
  it('says so in words beside the figure, not by colour alone', async () => {
    // The seeded sprint reserved no buffer, and its 3-point interrupt used 3 points of it.
    await renderRetro('facts');
    const label = await screen.findByText('Buffer used vs reserved', {}, { timeout: 5000 });
    const fact = label.parentElement!;
    expect(within(fact).getByText('3 pts of 0 pts')).toBeInTheDocument();
    expect(within(fact).getByText('3 pts over the buffer reserved')).toBeInTheDocument();
  });
});
