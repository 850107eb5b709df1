import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const ASKS = 'Discard your changes to the notes on “Disk alerts are noise”?';
const topicOne = /Topic 1 of 2: Disk alerts are noise/;

describe('discuss phase: notes whose save was refused, and Next topic pressed again', () => {
  it('asks before dropping them, keeps them on Keep editing, and steps once they are discarded', async () => {
    const s = await renderRetro('discuss', {
      prepare: (x) =>
        addCards(x, [
          ['alerts', 'Disk alerts are noise'],
          ['interrupts', 'DNS ate two days'],
        ]).then(() => undefined),
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: topicOne }, { timeout: 15000 });
    // A pasted incident log longer than notes may be.
    const log = 'pager: db-3 disk 97%\n'.repeat(1000);
    const box = screen.getByLabelText('Notes on this topic');
    await user.click(box);
    fireEvent.change(box, { target: { value: log } });
    const next = screen.getByRole('button', { name: 'Next topic' });
    await user.click(next);
    expect(await screen.findByText(/too long/i)).toBeInTheDocument();

    // The second press finds the notes refused, not on their way: it asks, as for any typed words.
    await user.click(next);
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(screen.getByRole('heading', { level: 4, name: topicOne })).toBeInTheDocument();
    expect(screen.getByLabelText('Notes on this topic')).toHaveValue(log);

    await user.click(next);
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Discard changes' }),
    );
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 2: DNS ate two days/ });
    expect(s.retro().notes).toEqual([]);
  });

  it('moves on without a question once the notes are saved', async () => {
    const s = await renderRetro('discuss', {
      prepare: (x) =>
        addCards(x, [
          ['alerts', 'Disk alerts are noise'],
          ['interrupts', 'DNS ate two days'],
        ]).then(() => undefined),
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: topicOne }, { timeout: 15000 });
    await user.type(screen.getByLabelText('Notes on this topic'), 'Silence the disk alert below 95%');
    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 2: DNS ate two days/ });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(s.retro().notes.map((n) => n.notes)).toEqual(['Silence the disk alert below 95%']);
  });
});
