import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, GROUP_CARDS, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('vote phase: what a screen reader hears of the dots', () => {
  it("names each row's dots with who gave them and how many votes, and the ranking's counts as votes", async () => {
    await renderRetro('vote', { prepare: (x) => addCards(x, GROUP_CARDS).then(() => undefined) });
    const user = userEvent.setup();
    const add = await screen.findByRole('button', { name: 'Add vote to DNS outage' }, { timeout: 20_000 });
    await user.click(add);
    await user.click(add);
    const row = add.closest('li')!;
    expect(await within(row).findByRole('img', { name: 'Ana gave 2 votes' })).toHaveTextContent('●●');
    const quiet = screen.getByRole('button', { name: 'Add vote to Pager storm' }).closest('li')!;
    expect(within(quiet).getByRole('img', { name: 'Ana gave 0 votes' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'End voting and show results' }));
    const ranked = await screen.findByRole('list', { name: 'Topics by votes' });
    expect(within(within(ranked).getAllByRole('listitem')[0]!).getByRole('img', { name: '2 votes' })).toHaveTextContent(
      '2',
    );
  });
});
