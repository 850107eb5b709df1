import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('write phase', () => {
  it('adds anonymous cards hidden until "Reveal cards", with no author stored', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('New card in Alerts'), 'Disk alerts are noise');
    await user.click(screen.getByRole('button', { name: 'Add card to Alerts' }));
    await screen.findByRole('article', { name: 'Hidden card' });
    expect(screen.queryByRole('article', { name: 'Disk alerts are noise' })).toBeNull();
    expect(screen.getByText(/^1 card · hidden until revealed/)).toBeInTheDocument();
    const stored = s.retro().cards[0]!;
    expect(stored.text).toBe('Disk alerts are noise');
    expect(Object.keys(stored)).not.toContain('authorId');

    await user.click(screen.getByRole('button', { name: 'Reveal cards' }));
    await screen.findByRole('article', { name: 'Disk alerts are noise' });
    expect(s.retro().revealed).toBe(true);
  });

  it('records the author only when one is picked', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('New card in Stories'), 'AC were vague');
    await user.selectOptions(screen.getByLabelText('Author for Stories'), 'Bo');
    await user.click(screen.getByRole('button', { name: 'Add card to Stories' }));
    await waitFor(() => expect(s.retro().cards[0]?.authorId).toBe(s.members.bo));
    // The next card is anonymous again unless an author is picked again.
    await waitFor(() => expect((screen.getByLabelText('Author for Stories') as HTMLSelectElement).value).toBe(''));
    await user.type(screen.getByLabelText('New card in Stories'), 'Second');
    await user.click(screen.getByRole('button', { name: 'Add card to Stories' }));
    await waitFor(() => expect(s.retro().cards).toHaveLength(2));
    expect(Object.keys(s.retro().cards[1]!)).not.toContain('authorId');
  });

  it('refuses empty and oversized cards with a message and stores nothing', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add card to Alerts' }));
    expect(await screen.findByText('Write something first: empty cards are not added.')).toBeInTheDocument();
    const box = screen.getByLabelText('New card in Alerts');
    await user.click(box);
    await user.paste('x'.repeat(501));
    expect(screen.getByText('501 / 500 — too long, shorten it to add the card')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add card to Alerts' }));
    expect(await screen.findByText('Card text is too long: use at most 500 characters.')).toBeInTheDocument();
    expect(s.retro().cards).toEqual([]);
  });

  it('R reveals the cards, but not while typing in a card', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const box = await screen.findByLabelText('New card in Alerts');
    await user.type(box, 'r');
    expect(s.retro().revealed).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Add card to Alerts' }));
    await screen.findByRole('article', { name: 'Hidden card' });
    await user.keyboard('r');
    await screen.findByRole('article', { name: 'r' });
    expect(s.retro().revealed).toBe(true);
  });
});

describe('editing a card', () => {
  it('is offered after the reveal and refuses empty text', async () => {
    const s = await renderRetro('write', {
      prepare: async (x) => {
        await x.backend.api.addRetroCard({
          teamId: x.teamId,
          retroId: x.retroId,
          columnId: 'alerts',
          text: 'Disk alrets',
        });
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('article', { name: 'Hidden card' });
    expect(screen.queryByRole('button', { name: /^Edit card/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reveal cards' }));
    await user.click(await screen.findByRole('button', { name: 'Edit card “Disk alrets”' }));
    const box = screen.getByLabelText('Edit card');
    await user.clear(box);
    await user.click(screen.getByRole('button', { name: 'Save card' }));
    expect(await screen.findByText('A card cannot be empty; delete it instead.')).toBeInTheDocument();
    // The box says so too: marked invalid, the message its description.
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('A card cannot be empty; delete it instead.');
    await user.type(box, 'Disk alerts');
    expect(box).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Save card' }));
    await screen.findByRole('article', { name: 'Disk alerts' });
    expect(s.retro().cards[0]?.text).toBe('Disk alerts');
  });
});
