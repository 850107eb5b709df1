import { screen } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { fakeRoom, joinedAs, view } from './fake-room';

let room = fakeRoom();
afterEach(() => room.unmount());

// An emoji straddles the 40th UTF-16 unit, where the phone cuts a card's text in its buttons' names.
const TEXT = `${'x'.repeat(39)}🔥 pager storm all night`;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const focus: RetroFocus = {
  kind: 'retro',
  retroId: 'retro-1',
  title: 'Sprint 12 retro',
  phase: 'write',
  phaseName: 'Write',
  columns: [{ id: 'badly', title: 'Went badly', prompt: 'What slowed us down?' }],
  revealed: false,
  cards: [{ id: 'card-1', columnId: 'badly', text: TEXT, mine: true }],
  counts: { badly: 1 },
  checkIn: null,
  voting: null,
};

describe('own card on a phone with a long text', () => {
  it('names its Edit and Delete buttons with the text cut between whole characters', async () => {
    joinedAs();
    room = fakeRoom();
    room.mount();
    room.socket().open();
    room.socket().receive(view(focus));
    await screen.findByRole('heading', { name: 'Sprint 12 retro' });
    for (const verb of ['Edit', 'Delete']) {
      const name = screen.getByRole('button', { name: new RegExp(`^${verb} card “x+`) }).getAttribute('aria-label')!;
      expect(name).not.toMatch(LONE_SURROGATE);
      expect(name.endsWith('…”')).toBe(true);
    }
  });
});
