import type { BacklogItem } from '../../src/domain/backlog/schema';
import type { Sprint } from '../../src/domain/planning/schema';
import type { Member } from '../../src/domain/team/schema';
import { EPOCH, isoDate, isoTime } from './core';
import type { Rng } from './rng';
import { RETRO_PHRASES, THINGS } from './words';

/*
 * Standup sessions, reviews and retros as plain objects. Their schemas are being written by the
 * standup, review and retro features at the same time as this generator; until they land the team
 * schema strips these keys, so the shapes here follow the architecture's entity list and are adapted
 * at merge. They exist so that the files have the size and shape of years of real use.
 */

const DAY = 86_400_000;

export interface StandupSession {
  id: string;
  sprintId: string;
  date: string;
  startedAt: string;
  endedAt: string;
  turns: { memberId: string; durationMs: number; note: string }[];
  blockers: { id: string; memberId: string; text: string; resolvedAt: string | null }[];
  parkingLot: { id: string; text: string; done: boolean }[];
}

export interface Review {
  id: string;
  sprintId: string;
  heldAt: string;
  demos: { id: string; itemId: string; presenterId: string; notes: string; done: boolean }[];
  metrics: { id: string; name: string; value: number; unit: string }[];
  feedback: { id: string; text: string; from: string }[];
}

export interface RetroCard {
  id: string;
  column: string;
  text: string;
  authorId: string | null;
  groupId: string | null;
  votes: string[];
}

export interface Retro {
  id: string;
  sprintId: string | null;
  template: string;
  phase: 'closed';
  createdAt: string;
  cards: RetroCard[];
  groups: { id: string; title: string }[];
  actionItems: { id: string; text: string; ownerId: string | null; done: boolean; itemId: string | null }[];
}

const STANDUP_DAYS = 10;

export function standups(rng: Rng, sprint: Sprint, team: Member[]): StandupSession[] {
  const start = Date.parse(`${sprint.startDate}T09:30:00.000Z`);
  return Array.from({ length: STANDUP_DAYS }, (_, d): StandupSession => {
    const at = start + d * DAY;
    let t = at;
    const turns = team.map((m) => {
      const durationMs = rng.int(40_000, 150_000);
      const turn = {
        memberId: m.id,
        durationMs,
        note: rng.chance(0.15) ? `Working on ${rng.pick(THINGS)}` : '',
      };
      t += durationMs;
      return turn;
    });
    return {
      id: rng.id(),
      sprintId: sprint.id,
      date: isoDate(at),
      startedAt: isoTime(at),
      endedAt: isoTime(t),
      turns,
      blockers: rng.chance(0.3)
        ? [
            {
              id: rng.id(),
              memberId: rng.pick(team).id,
              text: `Waiting on access to ${rng.pick(THINGS)}`,
              resolvedAt: isoTime(t + DAY),
            },
          ]
        : [],
      parkingLot: rng.chance(0.2) ? [{ id: rng.id(), text: `Discuss ${rng.pick(THINGS)}`, done: true }] : [],
    };
  });
}

export function review(rng: Rng, sprint: Sprint, team: Member[], done: BacklogItem[]): Review {
  const inSprint = done.filter((i) => i.sprintId === sprint.id).slice(0, 6);
  return {
    id: rng.id(),
    sprintId: sprint.id,
    heldAt: isoTime(Date.parse(`${sprint.endDate}T14:00:00.000Z`)),
    demos: inSprint.map((i) => ({
      id: rng.id(),
      itemId: i.id,
      presenterId: rng.pick(team).id,
      notes: `Showed ${i.title.toLowerCase()} on the staging dashboard.`,
      done: true,
    })),
    metrics: [
      { id: rng.id(), name: 'Availability', value: 99.9 + rng.int(0, 9) / 100, unit: '%' },
      { id: rng.id(), name: 'Pages', value: rng.int(0, 30), unit: 'count' },
      { id: rng.id(), name: 'MTTR', value: rng.int(10, 120), unit: 'min' },
    ],
    feedback: [{ id: rng.id(), text: 'Stakeholders asked for a cost dashboard.', from: 'Product' }],
  };
}

const COLUMNS = ['went-well', 'to-improve', 'ideas'] as const;

export function retro(rng: Rng, index: number, sprint: Sprint | null, team: Member[], cards: number): Retro {
  const createdAt = sprint ? Date.parse(`${sprint.endDate}T15:00:00.000Z`) : EPOCH + index * DAY;
  const groups = Array.from({ length: 4 }, (_, g) => ({ id: rng.id(), title: `Theme ${g + 1}` }));
  return {
    id: rng.id(),
    sprintId: sprint?.id ?? null,
    template: 'start-stop-continue',
    phase: 'closed',
    createdAt: isoTime(createdAt),
    cards: Array.from({ length: cards }, () => ({
      id: rng.id(),
      column: rng.pick(COLUMNS),
      text: rng.pick(RETRO_PHRASES),
      authorId: rng.chance(0.2) ? rng.pick(team).id : null,
      groupId: rng.chance(0.3) ? rng.pick(groups).id : null,
      votes: Array.from({ length: rng.chance(0.3) ? 1 : 0 }, () => rng.pick(team).id),
    })),
    groups,
    actionItems: Array.from({ length: 2 }, () => ({
      id: rng.id(),
      text: `Follow up on ${rng.pick(THINGS)}`,
      ownerId: rng.pick(team).id,
      done: rng.chance(0.7),
      itemId: null,
    })),
  };
}
