import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const START = '2026-11-18T02:10:37.250Z';
const END = '2026-11-18T03:40:59.000Z';

/** A postmortem whose incident times were stored with seconds (an import, the room, another machine's sync). */
function withSeconds(phase: string) {
  return renderRetro(phase, {
    kind: 'postmortem',
    prepare: async (x) => {
      await x.backend.api.updateIncident({
        teamId: x.teamId,
        retroId: x.retroId,
        incident: {
          severity: 'sev2',
          startedAt: START,
          endedAt: END,
          services: ['dns'],
          commanderId: x.members.ana,
          scribeId: null,
          impact: '',
        },
      });
    },
  });
}

describe('editing an incident changes only what the person changed', () => {
  it('keeps the stored start and end to the millisecond when another field is saved', async () => {
    const s = await withSeconds('incident');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Impact', {}, { timeout: 5000 }), 'Lookups failed for 90 minutes');
    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    await waitFor(() => expect(s.retro().incident?.impact).toBe('Lookups failed for 90 minutes'));
    expect(s.retro().incident).toMatchObject({ startedAt: START, endedAt: END });
  });

  it('takes the minute typed into the field that was changed, and keeps the other', async () => {
    const s = await withSeconds('incident');
    const user = userEvent.setup();
    const end = await screen.findByLabelText('End (UTC)', {}, { timeout: 5000 });
    await user.clear(end);
    await user.type(end, '2026-11-18T04:00');
    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    await waitFor(() => expect(s.retro().incident?.endedAt).toBe('2026-11-18T04:00:00.000Z'));
    expect(s.retro().incident?.startedAt).toBe(START);
  });

  it('puts an event added at the suggested time (the start) exactly at the start', async () => {
    const s = await withSeconds('timeline');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Event', {}, { timeout: 5000 }), 'Detected by synthetic probe');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    await waitFor(() => expect(s.retro().timeline).toHaveLength(1));
    expect(s.retro().timeline[0]?.at).toBe(START);
  });
});
