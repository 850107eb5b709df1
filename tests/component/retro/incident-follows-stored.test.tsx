import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { IncidentFields } from '../../../src/domain/retro/schema';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** The incident changed elsewhere (another window, a sync pulled in): the screen reads the open team again. */
async function changedElsewhere(s: Seeded, changes: Partial<IncidentFields>) {
  const incident = { ...s.retro().incident!, ...changes };
  await s.backend.api.updateIncident({ teamId: s.teamId, retroId: s.retroId, incident });
  await act(() => useAppStore.getState().selectTeam(s.teamId));
}

describe('the incident form follows the stored incident until someone edits it', () => {
  it('shows an incident changed elsewhere, and Save then does not write the old details back', async () => {
    const s = await renderRetro('incident', { kind: 'postmortem' });
    const user = userEvent.setup();
    const impact = await screen.findByLabelText('Impact', {}, { timeout: 20_000 });
    expect(impact).toHaveValue('');

    await changedElsewhere(s, { impact: 'DNS lookups failed for 40 minutes', severity: 'sev1' });
    await waitFor(() => expect(screen.getByLabelText('Impact')).toHaveValue('DNS lookups failed for 40 minutes'));
    expect(screen.getByLabelText('Severity')).toHaveValue('sev1');

    // An edit here starts from what is stored now, and is what is saved.
    await user.clear(screen.getByLabelText('Services affected'));
    await user.type(screen.getByLabelText('Services affected'), 'dns, api-gateway');
    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(s.retro().incident).toMatchObject({
      severity: 'sev1',
      impact: 'DNS lookups failed for 40 minutes',
      services: ['dns', 'api-gateway'],
    });

    // Saved, the form follows the stored incident again.
    await changedElsewhere(s, { impact: 'Lookups failed for 45 minutes' });
    await waitFor(() => expect(screen.getByLabelText('Impact')).toHaveValue('Lookups failed for 45 minutes'));
  });
});
