import type { BacklogItem } from '../../src/domain/backlog/schema';
import type { Sprint } from '../../src/domain/planning/schema';
import type { Member } from '../../src/domain/team/schema';
import { EPOCH, isoTime } from './core';
import type { Rng } from './rng';
import { RETRO_PHRASES, THINGS } from './words';

/*
 * Reviews and retros as plain objects. Their schemas are being written by the review and retro
 * features at the same time as this generator; until they land the team schema strips these keys, so
 * the shapes here follow the architecture's entity list and are adapted at merge. They exist so that
 * the files have the size and shape of years of real use. Standups use the real schema (standups.ts).
 */

const DAY = 86_400_000;

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
