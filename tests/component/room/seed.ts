import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../../../renderer/store';
import type { InProcessApi } from '../../helpers/in-process-api';
import { seedPlanning, type Seeded } from '../planning/seed';
import { renderApp } from '../render-app';
import { fakeRoom, manualEvents, type FakeRoom } from './fake-room';

// Every action writes a real data file; a shared 2-core machine can be slow. A ceiling, not a timing.
configure({ asyncUtilTimeout: 10_000 });

export interface RoomTest {
  backend: InProcessApi;
  room: FakeRoom;
  emit: ReturnType<typeof manualEvents>['emit'];
  user: ReturnType<typeof userEvent.setup>;
}

/** The Planning screen's poker tab with a round open on "Upgrade Postgres" (Ana and Bo), over a fake room. */
export async function openPokerRound(
  room: FakeRoom = fakeRoom(),
  before?: (seeded: Seeded, backend: InProcessApi) => Promise<void>,
): Promise<RoomTest & { seeded: Seeded }> {
  const events = manualEvents();
  let seeded: Seeded | undefined;
  const backend = await renderApp(
    'planning',
    async (b) => {
      seeded = await seedPlanning(b);
      await before?.(seeded, b);
    },
    { room, events: events.source },
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }));
  await user.click(await screen.findByRole('button', { name: 'Start estimating' }));
  await screen.findByRole('list', { name: 'Votes, hidden until reveal' });
  if (!seeded) throw new Error('not seeded');
  return { backend, room, emit: events.emit, user, seeded };
}

/** The Retro screen running an ops retro of Ana and Bo at `phase`, over a fake room. */
export async function openRetro(
  phase: string,
  options: { room?: FakeRoom; cards?: [string, string][]; before?: (teamId: string) => Promise<void> } = {},
): Promise<RoomTest & { teamId: string; retroId: string; members: { ana: string; bo: string } }> {
  const events = manualEvents();
  const room = options.room ?? fakeRoom();
  let ids: { teamId: string; retroId: string; members: { ana: string; bo: string } } | undefined;
  const backend = await renderApp(
    'retro',
    async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      const add = (name: string) =>
        b.api.addMember({ teamId: team.id, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
      const members = { ana: (await add('Ana')).id, bo: (await add('Bo')).id };
      const retro = await b.api.createRetro({
        teamId: team.id,
        kind: 'retro',
        title: 'Retro — Sprint 7',
        sprintId: null,
        templateId: 'ops',
      });
      for (const [columnId, text] of options.cards ?? []) {
        await b.api.addRetroCard({ teamId: team.id, retroId: retro.id, columnId, text });
      }
      await b.api.setRetroPhase({ teamId: team.id, retroId: retro.id, phase });
      await options.before?.(team.id);
      ids = { teamId: team.id, retroId: retro.id, members };
      useAppStore.setState({ openRetroId: retro.id });
    },
    { room, events: events.source },
  );
  await screen.findByRole('heading', { level: 2, name: 'Retro — Sprint 7' });
  if (!ids) throw new Error('not seeded');
  return { backend, room, emit: events.emit, user: userEvent.setup(), ...ids };
}
