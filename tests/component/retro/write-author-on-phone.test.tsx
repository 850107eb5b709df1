import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { RoomStatus } from '../../../src/api/contract/room';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('write phase: the author picked for a new card joins the room on their phone', () => {
  it('adds the card as the screen shows it, anonymous, not signed with their name', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('New card in Alerts'), 'Disk alerts are noise');
    await user.selectOptions(screen.getByLabelText('Author for Alerts'), 'Bo');

    // Bo joins from their phone: the screen no longer writes cards for them.
    const room: RoomStatus = {
      teamId: s.teamId,
      focus: { kind: 'retro', retroId: s.retroId },
      joinUrl: 'http://127.0.0.2:40000/j',
      code: 'ABCD',
      qrSvg: '<svg/>',
      address: '127.0.0.2',
      port: 40000,
      secure: false,
      locked: false,
      guestsAllowed: false,
      people: [
        {
          personId: s.members.bo,
          name: 'Bo',
          guest: false,
          connected: true,
          done: false,
          takesBack: { votes: 0, dots: 0, answers: 0 },
        },
      ],
      progress: { done: 0, total: 1, label: '' },
    };
    act(() => useAppStore.setState({ room }));
    await waitFor(() => expect(screen.getByLabelText('Author for Alerts')).toHaveDisplayValue('Anonymous'));

    await user.click(screen.getByRole('button', { name: 'Add card to Alerts' }));
    await waitFor(() => expect(s.retro().cards).toHaveLength(1));
    expect(Object.keys(s.retro().cards[0]!)).not.toContain('authorId');
    act(() => useAppStore.setState({ room: null }));
  });
});
