import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

// Two cards alike in their first 40 characters, as two people write about the same alert.
const FIRST = 'Disk alerts on the build hosts page us at 3am for nothing';
const SECOND = 'Disk alerts on the build hosts page us at 3am and wake the whole team';

describe('group phase: cards with long texts', () => {
  it('names each card’s controls with its whole text, so two alike at the start are told apart', async () => {
    await renderRetro('group', {
      prepare: (x) =>
        addCards(x, [
          ['alerts', FIRST],
          ['alerts', SECOND],
        ]).then(() => undefined),
    });
    expect(await screen.findByRole('button', { name: `Drag card “${FIRST}”` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Drag card “${SECOND}”` })).toBeInTheDocument();
    expect(screen.getByLabelText(`Group “${SECOND}” with`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Group “${SECOND}”` })).toBeInTheDocument();
  });
});
