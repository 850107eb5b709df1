import { configure } from '@testing-library/react';
import type { Retro } from '../../../src/domain/retro/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useAppStore } from '../../../renderer/store';
import { item, sprint } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

// Every retro change is an api round trip to a real store on disk; give slow shared machines time.
configure({ asyncUtilTimeout: 10_000 });

export interface Seeded {
  backend: InProcessApi;
  teamId: string;
  retroId: string;
  members: { ana: string; bo: string };
  team: () => TeamDoc;
  retro: () => Retro;
}

/**
 * Renders the retro screen with a team (Ana, Bo), a sprint with items, and an ops retro (or a postmortem)
 * opened at `phase`; `prepare` may add cards, votes… through the real api first.
 */
export async function renderRetro(
  phase: string,
  options: {
    kind?: 'retro' | 'postmortem';
    prepare?: (s: Omit<Seeded, 'team' | 'retro'>) => Promise<void>;
  } = {},
): Promise<Seeded> {
  let seeded: Omit<Seeded, 'team' | 'retro'> | null = null;
  const backend = await renderApp('retro', async (b) => {
    const team = await b.api.createTeam({ name: 'Platform SRE' });
    const add = (name: string) =>
      b.api.addMember({ teamId: team.id, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    const ana = (await add('Ana')).id;
    const bo = (await add('Bo')).id;
    const s = sprint({ name: 'Sprint 7', startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
    await b.store.mutate({ teamId: team.id }, (d) => {
      const t = d.teams.find((x) => x.id === team.id)!;
      t.sprints.push(s);
      t.items.push(
        item('Upgrade Kubernetes', { sprintId: s.id, points: 8, status: 'done' }),
        item('Disk full on db-3', {
          sprintId: s.id,
          points: 3,
          unplanned: true,
          status: 'done',
          interrupt: { key: 'INC-1', severity: 'sev2', hours: 2, takenBy: null, loggedAt: '2026-11-04T10:00:00.000Z' },
        }),
      );
    });
    const kind = options.kind ?? 'retro';
    const retro = await b.api.createRetro({
      teamId: team.id,
      kind,
      title: kind === 'retro' ? 'Retro — Sprint 7' : 'Postmortem: DNS',
      sprintId: kind === 'retro' ? s.id : null,
      templateId: kind === 'retro' ? 'ops' : 'postmortem',
      incident:
        kind === 'retro'
          ? null
          : {
              severity: 'sev2',
              startedAt: '2026-11-18T02:10:00.000Z',
              endedAt: null,
              services: ['dns'],
              commanderId: ana,
              scribeId: null,
              impact: '',
            },
    });
    seeded = { backend: b, teamId: team.id, retroId: retro.id, members: { ana, bo } };
    await options.prepare?.(seeded);
    await b.api.setRetroPhase({ teamId: team.id, retroId: retro.id, phase });
    useAppStore.setState({ openRetroId: retro.id });
  });
  const s = seeded as unknown as Omit<Seeded, 'team' | 'retro'>;
  const team = () => backend.store.snapshot().teams.find((t) => t.id === s.teamId)!;
  return { ...s, team, retro: () => team().retros.find((r) => r.id === s.retroId)! };
}

export async function addCards(s: Omit<Seeded, 'team' | 'retro'>, cards: [string, string][]): Promise<Retro> {
  let r: Retro | null = null;
  for (const [columnId, text] of cards) {
    r = await s.backend.api.addRetroCard({ teamId: s.teamId, retroId: s.retroId, columnId, text });
  }
  return r!;
}

/** Four cards in two columns, two of each: what the group phase's tests group, merge and vote on. */
export const GROUP_CARDS: [string, string][] = [
  ['alerts', 'Disk alerts are noise'],
  ['alerts', 'CPU alert flaps'],
  ['interrupts', 'DNS outage'],
  ['interrupts', 'Pager storm'],
];

/** A retro of the seeded team created at `createdAt`, so it stands before or after the one opened. */
export async function retroCreatedAt(x: Omit<Seeded, 'team' | 'retro'>, title: string, createdAt: string) {
  const made = await x.backend.api.createRetro({
    teamId: x.teamId,
    kind: 'retro',
    title,
    sprintId: null,
    templateId: 'mad-sad-glad',
    incident: null,
  });
  await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
    d.teams[0]!.retros.find((y) => y.id === made.id)!.createdAt = createdAt;
  });
  return made;
}
