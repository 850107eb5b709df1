import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('phase navigation', () => {
  it('moves with ] and [ and the phase bar, but not while typing', async () => {
    const s = await renderRetro('facts');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 3, name: 'Sprint facts' }, { timeout: 5000 });
    await user.keyboard(']');
    await screen.findByRole('heading', { level: 3, name: 'Write' });
    expect(s.retro().phase).toBe('write');
    await user.type(screen.getByLabelText('New card in Alerts'), '[[');
    expect(s.retro().phase).toBe('write');
    await user.click(screen.getByRole('button', { name: 'Add card to Alerts' }));
    await user.keyboard('[[');
    await screen.findByRole('heading', { level: 3, name: 'Sprint facts' });
    await user.click(screen.getByRole('button', { name: '7. Discuss' }));
    await screen.findByRole('heading', { level: 3, name: 'Discuss' });
    expect(screen.getByRole('button', { name: '7. Discuss' })).toHaveAttribute('aria-current', 'step');
    await user.click(screen.getByRole('button', { name: '← Previous phase' }));
    await waitFor(() => expect(s.retro().phase).toBe('vote'));
  });

  it('steps one phase for a held ]: the keyboard’s repeats are not more presses', async () => {
    const s = await renderRetro('facts');
    await screen.findByRole('heading', { level: 3, name: 'Sprint facts' }, { timeout: 5000 });
    const calls = vi.spyOn(s.backend.api, 'setRetroPhase');
    fireEvent.keyDown(window, { key: ']' });
    fireEvent.keyDown(window, { key: ']', repeat: true });
    fireEvent.keyDown(window, { key: ']', repeat: true });
    await screen.findByRole('heading', { level: 3, name: 'Write' });
    expect(calls).toHaveBeenCalledTimes(1);
    expect(s.retro().phase).toBe('write');
  });

  it('starts and pauses the phase timer from the clock and with T', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const minutes = await screen.findByLabelText('Write minutes', {}, { timeout: 5000 });
    await user.clear(minutes);
    await user.type(minutes, '3');
    await user.click(screen.getByRole('button', { name: 'Start write timer' }));
    await screen.findByRole('button', { name: 'Pause write timer' });
    expect(s.retro().timers.write).toMatchObject({ durationMs: 180_000, startedAt: expect.any(String) });
    await user.keyboard('t');
    await screen.findByRole('button', { name: 'Resume write timer' });
    expect(s.retro().timers.write?.startedAt).toBeNull();
    expect(screen.getByRole('timer', { name: 'Write timer' }).textContent).toMatch(/^[0-3]:\d\d$/);
  });
});

describe('postmortem', () => {
  it('shows the blameless reminder, edits the incident and keeps a timeline in time order', async () => {
    const s = await renderRetro('incident', { kind: 'postmortem' });
    const user = userEvent.setup();
    expect(await screen.findByRole('note', {}, { timeout: 5000 })).toHaveTextContent(/Blameless/);
    const services = screen.getByLabelText('Services affected');
    await user.clear(services);
    await user.type(services, 'dns, api-gateway');
    await user.selectOptions(screen.getByLabelText('Scribe'), 'Bo');
    await user.clear(screen.getByLabelText('End (UTC)'));
    await user.type(screen.getByLabelText('End (UTC)'), '2026-11-18T01:00');
    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    expect(await screen.findByText('The incident cannot end before it started.')).toBeInTheDocument();
    expect(s.retro().incident?.services).toEqual(['dns']);
    await user.clear(screen.getByLabelText('End (UTC)'));
    await user.type(screen.getByLabelText('End (UTC)'), '2026-11-18T03:40');
    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    await waitFor(() =>
      expect(s.retro().incident).toMatchObject({
        services: ['dns', 'api-gateway'],
        scribeId: s.members.bo,
        endedAt: '2026-11-18T03:40:00.000Z',
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await screen.findByRole('heading', { level: 3, name: 'Timeline' });
    const at = screen.getByLabelText('Time (UTC)');
    await user.clear(at);
    await user.type(at, '2026-11-18T02:40');
    await user.type(screen.getByLabelText('Event'), 'Rolled back');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    await screen.findByText('Rolled back');
    await user.clear(at);
    await user.type(at, '2026-11-18T02:12');
    await user.type(screen.getByLabelText('Event'), 'Paged');
    await user.type(screen.getByLabelText('Link (optional)'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(await screen.findByText('Links must start with http:// or https://.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Link (optional)'));
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    await screen.findByText('Paged');
    expect(s.retro().timeline.map((t) => t.event)).toEqual(['Paged', 'Rolled back']);
    await user.click(screen.getByRole('button', { name: 'Delete event Paged' }));
    const ask = await screen.findByRole('dialog', { name: 'Delete the event “Paged”?' });
    await user.click(within(ask).getByRole('button', { name: 'Delete event' }));
    await waitFor(() => expect(s.retro().timeline.map((t) => t.event)).toEqual(['Rolled back']));
  });
});
