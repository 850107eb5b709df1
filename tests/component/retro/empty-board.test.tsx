import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const NONE = /No cards yet\. Go back to Write to add some\./;

describe('a retro with no cards', () => {
  it('says so in the Group phase', async () => {
    await renderRetro('group');
    expect(await screen.findByText(NONE, {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('says so in the Vote phase, before and after voting ends', async () => {
    await renderRetro('vote');
    const user = userEvent.setup();
    expect(await screen.findByText(NONE, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Topics to vote on' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'End voting and show results' }));
    await screen.findByRole('button', { name: 'Reopen voting' });
    expect(screen.getByText(NONE)).toBeInTheDocument();
  });
});
