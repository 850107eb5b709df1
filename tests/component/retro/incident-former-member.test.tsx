import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('the incident form: a commander who has left the team', () => {
  it('shows them as Former member, as the exports do, not as Not set, and a save keeps them', async () => {
    const s = await renderRetro('incident', {
      kind: 'postmortem',
      prepare: async (x) => {
        await x.backend.api.removeMember({ teamId: x.teamId, memberId: x.members.ana });
      },
    });
    const user = userEvent.setup();
    const commander = await screen.findByLabelText('Incident commander', {}, { timeout: 15_000 });
    expect(commander).toHaveDisplayValue('Former member');
    expect(screen.getByLabelText('Scribe')).toHaveDisplayValue('Not set');

    await user.type(screen.getByLabelText('Impact'), 'Lookups failed');
    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    await waitFor(() => expect(s.retro().incident?.impact).toBe('Lookups failed'));
    expect(s.retro().incident?.commanderId).toBe(s.members.ana);

    // Someone else picked, the choice is theirs.
    await user.selectOptions(commander, 'Bo');
    expect(commander).toHaveDisplayValue('Bo');
  });
});
