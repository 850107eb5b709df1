import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { RoomStatus } from '../../../src/api/contract/room';
import { ICEBREAKERS } from '../../../src/domain/retro/templates';
import { renderRetro, retroCreatedAt } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('check-in phase', () => {
  it('records 1–5 health scores for the sprint and shows them as a trend', async () => {
    const s = await renderRetro('checkin');
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Team health check (1–5)', {}, { timeout: 5000 }));
    await user.selectOptions(await screen.findByLabelText('On-call load score'), '2');
    await user.selectOptions(screen.getByLabelText('Alert noise score'), '1');
    await user.click(screen.getByRole('button', { name: 'Save health scores' }));
    const row = await screen.findByRole('row', { name: /Sprint 7/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '1', 'Not scored', 'Not scored']);
    const check = s.team().healthChecks[0]!;
    expect(check).toMatchObject({
      retroId: s.retroId,
      sprintId: s.retro().sprintId,
      scores: { onCallLoad: 2, alertNoise: 1, toil: null },
    });
  });

  it('asks before scores saved on the screen replace the answers phones gave, and keeps them on Cancel', async () => {
    const s = await renderRetro('checkin');
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Team health check (1–5)', {}, { timeout: 5000 }));
    // The room is on this retro's check-in, and two people have answered on their phones.
    const person = (name: string, done: boolean) => ({
      personId: name,
      name,
      guest: false,
      connected: true,
      done,
      takesBack: { votes: 0, dots: 0, answers: 0 },
    });
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
      people: [person('Ana', true), person('Bo', true), person('Cy', false)],
      progress: { done: 2, total: 3, label: '2 of 3 have answered' },
    };
    // The screen asks the host for the room's state; this host says the room above is open.
    s.backend.api.getRoom = () => Promise.resolve(room);
    await act(() => useAppStore.getState().loadRoom());
    // The medians are not on the projector while people answer (one answer is that person's own): it says why.
    expect(
      await screen.findByText(
        '2 people have answered on their phones: this sprint’s medians show here when the check-in ends.',
      ),
    ).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('On-call load score'), '2');
    await user.click(screen.getByRole('button', { name: 'Save health scores' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the phones’ answers?' });
    expect(dialog).toHaveTextContent('2 people have answered on their phones');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(s.team().healthChecks).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save health scores' }));
    await user.click(await screen.findByRole('button', { name: 'Replace their answers' }));
    await waitFor(() => expect(s.team().healthChecks[0]?.scores.onCallLoad).toBe(2));
    act(() => useAppStore.setState({ room: null }));
  });

  it('says why a check made from too few phones’ answers shows no scores in the trend', async () => {
    await renderRetro('checkin', {
      prepare: async (x) => {
        const earlier = await retroCreatedAt(x, 'Retro — Sprint 6', '2026-10-30T14:00:00.000Z');
        await x.backend.api.setRetroPhase({ teamId: x.teamId, retroId: earlier.id, phase: 'write' });
        await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
          d.teams
            .find((t) => t.id === x.teamId)!
            .healthChecks.push({
              id: 'h-phones',
              sprintId: null,
              retroId: earlier.id,
              recordedAt: '2026-10-30T14:30:00.000Z',
              scores: { onCallLoad: null, alertNoise: null, toil: null, deployConfidence: null },
              answers: 2,
            });
        });
      },
    });
    await screen.findByRole('heading', { name: 'Health trend by sprint' }, { timeout: 15000 });
    const row = await screen.findByRole('row', { name: /Sprint 6/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Not scored', 'Not scored', 'Not scored', 'Not scored']);
    expect(
      screen.getByText(
        'Retro — Sprint 6: 2 people answered on their phones. A median shows only where at least 3 people scored, so nobody’s own scores can be seen.',
      ),
    ).toBeInTheDocument();
  });

  it('shows an icebreaker and moves to another question', async () => {
    const s = await renderRetro('checkin');
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Icebreaker question', {}, { timeout: 5000 }));
    expect(await screen.findByText(ICEBREAKERS[0]!)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Another question' }));
    expect(await screen.findByText(ICEBREAKERS[1]!)).toBeInTheDocument();
    expect(s.retro().checkIn).toEqual({ mode: 'icebreaker', question: ICEBREAKERS[1] });
  });
});

describe('open actions phase', () => {
  it('marks an earlier retro’s action carried over, then done', async () => {
    let earlierId = '';
    let actionId = '';
    const s = await renderRetro('open_actions', {
      prepare: async (x) => {
        // The retro opened is created first; make an "earlier" one by backdating through the store.
        const earlier = await retroCreatedAt(x, 'Retro — Sprint 6', '2026-10-30T14:00:00.000Z');
        const r = await x.backend.api.addRetroAction({
          teamId: x.teamId,
          retroId: earlier.id,
          action: {
            text: 'Add runbook links to alerts',
            ownerId: x.members.ana,
            dueDate: '2026-11-10',
            type: 'process',
            ticketKey: 'OPS-7',
            sourceId: null,
          },
        });
        earlierId = earlier.id;
        actionId = r.actions[0]!.id;
      },
    });
    const user = userEvent.setup();
    const group = await screen.findByRole(
      'group',
      { name: 'Outcome of “Add runbook links to alerts”' },
      { timeout: 5000 },
    );
    expect(screen.getByText(/From Retro — Sprint 6 · Ana · due Tue 10 Nov · Process · OPS-7/)).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: 'Carry over “Add runbook links to alerts”' }));
    await waitFor(() =>
      expect(within(group).getByRole('button', { name: 'Carry over “Add runbook links to alerts”' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    const action = () =>
      s
        .team()
        .retros.find((r) => r.id === earlierId)!
        .actions.find((a) => a.id === actionId)!;
    expect(action()).toMatchObject({ status: 'open', reviews: [{ retroId: s.retroId, outcome: 'carried' }] });
    await user.click(within(group).getByRole('button', { name: 'Mark “Add runbook links to alerts” done' }));
    await waitFor(() => expect(action().status).toBe('done'));
    expect(screen.getByText('1 of 1 reviewed. Carried-over actions stay open for the next retro.')).toBeInTheDocument();
  });

  it('says when a later retro decided, and a click here leaves that decision standing', async () => {
    let earlierId = '';
    const s = await renderRetro('open_actions', {
      prepare: async (x) => {
        const earlier = await retroCreatedAt(x, 'Retro — Sprint 6', '2026-10-30T14:00:00.000Z');
        earlierId = earlier.id;
        const r = await x.backend.api.addRetroAction({
          teamId: x.teamId,
          retroId: earlier.id,
          action: { text: 'Rotate keys', ownerId: null, dueDate: null, type: 'process', ticketKey: '', sourceId: null },
        });
        const actionId = r.actions[0]!.id;
        const review = (retroId: string, outcome: 'carried' | 'done') =>
          x.backend.api.reviewRetroAction({ teamId: x.teamId, retroId, fromRetroId: earlier.id, actionId, outcome });
        await review(x.retroId, 'carried');
        // A later retro marks it done; this one (Sprint 7) is opened again afterwards.
        const later = await retroCreatedAt(x, 'Retro — Sprint 8', '2099-01-01T09:00:00.000Z');
        await review(later.id, 'done');
      },
    });
    const user = userEvent.setup();
    const group = await screen.findByRole('group', { name: 'Outcome of “Rotate keys”' }, { timeout: 5000 });
    expect(within(group).getByRole('button', { name: 'Carry over “Rotate keys”' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      screen.getByText('Retro — Sprint 8, a later retro, marked it done: that decision stands.'),
    ).toBeInTheDocument();
    const action = () => s.team().retros.find((r) => r.id === earlierId)!.actions[0]!;
    await user.click(within(group).getByRole('button', { name: 'Drop “Rotate keys”' }));
    await waitFor(() => expect(action().reviews.find((r) => r.retroId === s.retroId)?.outcome).toBe('dropped'));
    expect(action().status).toBe('done');
  });
});

describe('sprint facts phase', () => {
  it('shows committed vs completed, interrupts vs buffer, and standup figures as not recorded', async () => {
    await renderRetro('facts');
    const grid = await screen.findByText('Committed', {}, { timeout: 5000 });
    const facts = grid.closest('dl')!;
    const value = (label: string) => within(facts).getByText(label).nextElementSibling?.textContent;
    expect(value('Committed')).toBe('8 pts');
    expect(value('Completed (planned)')).toBe('8 pts');
    expect(value('Interrupts logged')).toBe('1 · 3 pts · 2 h');
    expect(value('Buffer used vs reserved')).toBe('3 pts of 0 pts');
    expect(value('Blockers raised')).toBe('not recorded');
    expect(value('Standup overtime')).toBe('not recorded');
    expect(screen.getByText('Upgrade Kubernetes')).toBeInTheDocument();
  });

  it('counts the interrupts the sprint logged once it is closed, one carried on and sized in hours', async () => {
    await renderRetro('facts', {
      prepare: async (x) => {
        const { api } = x.backend;
        const sprints = () => x.backend.store.snapshot().teams[0]!.sprints;
        const logged = await api.logInterrupt({
          teamId: x.teamId,
          interrupt: { title: 'Cert expiry alert', severity: 'sev3', points: null, hours: 6 },
        });
        await api.createSprint({
          teamId: x.teamId,
          sprint: { name: 'Sprint 8', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
        });
        const sprint7 = sprints().find((s) => s.name === 'Sprint 7')!;
        await api.closeSprint({
          teamId: x.teamId,
          sprintId: sprint7.id,
          incompleteTo: 'backlog',
          unplannedTo: { [logged.item.id]: 'next_sprint' },
        });
      },
    });
    const grid = await screen.findByText('Committed', {}, { timeout: 5000 });
    const value = (label: string) => within(grid.closest('dl')!).getByText(label).nextElementSibling?.textContent;
    // 3 points, and 6 h at 1 point per 6 h person-day: what the buffer used counts.
    expect(value('Interrupts logged')).toBe('2 · 4 pts · 8 h');
    expect(value('Buffer used vs reserved')).toBe('4 pts of 0 pts');
  });
});
