import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** The count changed elsewhere (another window, a sync pulled in): the screen reads the open team again. */
async function changedElsewhere(s: Seeded, participants: number) {
  await s.backend.api.updateRetroDetails({ teamId: s.teamId, retroId: s.retroId, participants });
  await act(() => useAppStore.getState().selectTeam(s.teamId));
}

describe('participants: the field follows the stored count until someone types in it', () => {
  it('shows a count changed elsewhere, and passing through the field does not write the old one back', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Participants', {}, { timeout: 5000 });
    expect(field).toHaveValue('2');

    await changedElsewhere(s, 9);
    await waitFor(() => expect(field).toHaveValue('9'));
    await user.click(field);
    await user.tab();
    expect(s.retro().participants).toBe(9);

    // What is typed is what is saved, and the field follows the stored count again after.
    await user.clear(field);
    await user.type(field, '7{Enter}');
    await waitFor(() => expect(s.retro().participants).toBe(7));
    await changedElsewhere(s, 11);
    await waitFor(() => expect(field).toHaveValue('11'));
  });
});
