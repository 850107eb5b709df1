import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('write phase: the Delete buttons of hidden cards', () => {
  it('name each hidden card by its place and column, so a screen reader can tell them apart', async () => {
    const s = await renderRetro('write', {
      prepare: (x) =>
        addCards(x, [
          ['alerts', 'Disk alerts are noise'],
          ['alerts', 'Pager at 3am'],
          ['stories', 'AC were vague'],
        ]).then(() => undefined),
    });
    const alerts = await screen.findByRole('region', { name: /^Alerts/ });
    const stories = screen.getByRole('region', { name: /^Stories/ });
    const deletes = [
      ...within(alerts).getAllByRole('button', { name: /^Delete/ }),
      ...within(stories).getAllByRole('button', { name: /^Delete/ }),
    ];
    const names = deletes.map((b) => b.textContent);
    expect(new Set(names).size).toBe(3);
    expect(within(alerts).getByRole('button', { name: 'Delete hidden card 2 in Alerts' })).toBeInTheDocument();
    expect(within(stories).getByRole('button', { name: 'Delete hidden card 1 in Stories' })).toBeInTheDocument();
    for (const text of ['Disk alerts are noise', 'Pager at 3am', 'AC were vague']) {
      expect(document.body.textContent).not.toContain(text);
    }

    // The one named is the one deleted: the second in Alerts, and no other.
    const user = userEvent.setup();
    await user.click(within(alerts).getByRole('button', { name: 'Delete hidden card 2 in Alerts' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete card' }));
    await vi.waitFor(() =>
      expect(s.retro().cards.map((c) => c.text)).toEqual(['Disk alerts are noise', 'AC were vague']),
    );
  });
});
