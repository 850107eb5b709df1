import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatDay } from '../../../src/domain/shared/dates';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('blockers and parking lot', { timeout: 20_000 }, () => {
  it('lists an open blocker with owner, raised date and age until it is resolved', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Add blocker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a blocker' });
    await user.click(within(dialog).getByRole('button', { name: 'Add blocker' }));
    expect(within(dialog).getByText('Blocker cannot be empty.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox'), 'Vendor has not shipped the HSM');
    await user.selectOptions(within(dialog).getByLabelText('Owner'), 'Bo');
    await user.click(within(dialog).getByRole('button', { name: 'Add blocker' }));

    const open = await screen.findByRole('region', { name: 'Open blockers (1)' });
    const row = within(open).getByRole('row', { name: /Vendor has not shipped the HSM/ });
    expect(within(row).getByRole('combobox', { name: 'Owner of Vendor has not shipped the HSM' })).toHaveDisplayValue(
      'Bo',
    );
    // Raised today, written the way every date on screen is ("Tue 1 Dec"), never as ISO.
    expect(row).toHaveTextContent(`${formatDay(new Date().toISOString(), { now: new Date() })}0 days`);
    expect(row).not.toHaveTextContent(/\d{4}-\d\d-\d\d/);

    await user.click(within(row).getByRole('button', { name: 'Resolve Vendor has not shipped the HSM' }));
    const after = await screen.findByRole('region', { name: 'Open blockers (0)' });
    await user.click(within(after).getByText('Recently resolved (1)'));
    expect(within(after).getByText(/Vendor has not shipped the HSM — Bo, raised .*, resolved /)).toBeInTheDocument();
    const saved = (await backend.api.getTeam({ teamId: doc.id })).blockers[0];
    expect(saved?.resolvedAt).not.toBeNull();
  });

  it('dates a blocker by the team’s day, in its time zone', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const [ada] = doc.members;
    const blocker = {
      id: 'blocker-1',
      text: 'Firewall change not approved',
      ownerId: ada?.id ?? null,
      // Wed 25 Nov 22:30 UTC is Thu 26 Nov 09:30 in Sydney.
      raisedAt: '2026-11-25T22:30:00.000Z',
      resolvedAt: null,
      sprintId: null,
      standupId: null,
    };
    await renderApp(
      'standup',
      seedWith({ ...doc, settings: { ...doc.settings, timeZone: 'Australia/Sydney' }, blockers: [blocker] }),
    );
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const open = screen.getByRole('region', { name: 'Open blockers (1)' });
    const row = within(open).getByRole('row', { name: /Firewall change not approved/ });
    expect(row).toHaveTextContent(/Thu 26 Nov/);
  });

  it('keeps parked topics with who should stay until they are marked discussed', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const [ada, bo] = doc.members;
    await renderApp(
      'standup',
      seedWith({
        ...doc,
        parkingLot: [
          {
            id: 'topic-1',
            text: 'Paging policy for weekends',
            stayIds: [ada?.id ?? '', bo?.id ?? ''],
            raisedAt: '2026-11-26T09:10:00.000Z',
            closedAt: null,
            sprintId: null,
            standupId: null,
          },
        ],
      }),
    );
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const lot = screen.getByRole('region', { name: 'Parking lot (1)' });
    expect(within(lot).getByText('Stay: Ada, Bo')).toBeInTheDocument();
    await user.click(within(lot).getByRole('button', { name: 'Discussed Paging policy for weekends' }));
    expect(await screen.findByRole('region', { name: 'Parking lot (0)' })).toBeInTheDocument();
  });
});

describe('blockers and topics after the fact', { timeout: 20_000 }, () => {
  const blocker = (extra: { ownerId?: string | null; resolvedAt?: string | null } = {}) => ({
    id: 'blocker-1',
    text: 'Vendor VPN down',
    ownerId: null,
    raisedAt: '2026-11-03T09:30:00.000Z',
    resolvedAt: null,
    sprintId: null,
    standupId: null,
    ...extra,
  });

  it('shows a blocker whose owner left as a former member, and lets its owner be changed', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const bo = doc.members[1]!;
    const backend = await renderApp('standup', seedWith({ ...doc, blockers: [blocker({ ownerId: 'member-gone' })] }));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const open = screen.getByRole('region', { name: 'Open blockers (1)' });
    const owner = within(open).getByRole('combobox', { name: 'Owner of Vendor VPN down' });
    expect(owner).toHaveDisplayValue('Former member');
    await user.selectOptions(owner, 'Bo');
    await vi.waitFor(async () =>
      expect((await backend.api.getTeam({ teamId: doc.id })).blockers[0]?.ownerId).toBe(bo.id),
    );
    await vi.waitFor(() => expect(owner).toHaveDisplayValue('Bo'));
    expect(within(owner).queryByRole('option', { name: 'Former member' })).not.toBeInTheDocument();
  });

  it('Resolve offers Undo, which reopens the same blocker with the day it was raised', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith({ ...doc, blockers: [blocker()] }));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Resolve Vendor VPN down' }));
    await screen.findByRole('region', { name: 'Open blockers (0)' });
    await user.click(await screen.findByRole('button', { name: 'Undo resolve' }));
    const open = await screen.findByRole('region', { name: 'Open blockers (1)' });
    expect(within(open).getByRole('row', { name: /Vendor VPN down/ })).toHaveTextContent(/Tue 3 Nov/);
    expect((await backend.api.getTeam({ teamId: doc.id })).blockers).toEqual([blocker()]);
  });

  it('reopens a recently resolved blocker', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    await renderApp('standup', seedWith({ ...doc, blockers: [blocker({ resolvedAt: '2026-11-09T09:30:00.000Z' })] }));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const panel = screen.getByRole('region', { name: 'Open blockers (0)' });
    await user.click(within(panel).getByText('Recently resolved (1)'));
    await user.click(within(panel).getByRole('button', { name: 'Reopen Vendor VPN down' }));
    expect(await screen.findByRole('region', { name: 'Open blockers (1)' })).toBeInTheDocument();
  });

  it('"Discussed" offers Undo, which puts the topic back in the parking lot', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const topic = {
      id: 'topic-1',
      text: 'Paging policy for weekends',
      stayIds: [],
      raisedAt: '2026-11-26T09:10:00.000Z',
      closedAt: null,
      sprintId: null,
      standupId: null,
    };
    await renderApp('standup', seedWith({ ...doc, parkingLot: [topic] }));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Discussed Paging policy for weekends' }));
    await screen.findByRole('region', { name: 'Parking lot (0)' });
    await user.click(await screen.findByRole('button', { name: 'Undo discussed' }));
    const lot = await screen.findByRole('region', { name: 'Parking lot (1)' });
    expect(within(lot).getByText('Paging policy for weekends')).toBeInTheDocument();
  });
});

describe('standup history', { timeout: 20_000 }, () => {
  it('keeps every standup of the sprint and shows an earlier summary on request', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    await renderApp('standup', async (backend) => {
      await seedWith(doc)(backend);
      for (let i = 0; i < 2; i++) {
        const s = await backend.api.startStandup({ teamId: doc.id });
        if (i === 0)
          await backend.api.raiseBlocker({ teamId: doc.id, text: 'First-day blocker', ownerId: null, standupId: s.id });
        await backend.api.controlStandup({ teamId: doc.id, standupId: s.id, action: { kind: 'end' } });
      }
    });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const last = screen.getByRole('region', { name: 'Last standup summary' });
    expect(within(last).getByText('Blockers raised (0)')).toBeInTheDocument();
    await user.click(screen.getByText('Standups of this sprint (2)'));
    const buttons = screen.getAllByRole('button', { name: /^Show the summary of/ });
    await user.click(buttons[1]!);
    const earlier = await screen.findByRole('region', { name: /^Standup summary of / });
    expect(within(earlier).getByText('Blockers raised (1)')).toBeInTheDocument();
    expect(within(earlier).getByText('First-day blocker')).toBeInTheDocument();
  });
});
