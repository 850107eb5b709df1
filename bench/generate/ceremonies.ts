import type { BacklogItem } from '../../src/domain/backlog/schema';
import type { Sprint } from '../../src/domain/planning/schema';
import type { Review } from '../../src/domain/review/schema';
import type { Retro, RetroAction, RetroCard, RetroGroup, RetroVote } from '../../src/domain/retro/schema';
import { BUILT_IN_TEMPLATES } from '../../src/domain/retro/templates';
import type { Member } from '../../src/domain/team/schema';
import { EPOCH, isoDate, isoTime } from './core';
import type { Rng } from './rng';
import { RETRO_PHRASES, THINGS } from './words';

/*
 * Reviews and retros in the review and retro features' schemas (src/domain/review/schema.ts,
 * src/domain/retro/schema.ts), every default filled in, so a generated workspace parses to itself.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The review of a closed sprint: a demo slot per done item (up to 6), a metric block, feedback, the goal outcome. */
export function review(rng: Rng, sprint: Sprint, team: Member[], done: BacklogItem[]): Review {
  const heldAt = Date.parse(`${sprint.endDate}T14:00:00.000Z`);
  const inSprint = done.filter((i) => i.sprintId === sprint.id).slice(0, 6);
  return {
    id: rng.id(),
    sprintId: sprint.id,
    createdAt: isoTime(heldAt - DAY),
    updatedAt: isoTime(heldAt + 45 * MINUTE),
    slots: inSprint.map((item) => ({
      id: rng.id(),
      title: item.title,
      itemId: item.id,
      presenterId: rng.pick(team).id,
      timeboxMinutes: 5,
      blocks: [
        {
          id: rng.id(),
          kind: 'metric' as const,
          name: 'Pages per week',
          unit: 'count',
          before: rng.int(5, 30),
          after: rng.int(0, 10),
          better: 'lower' as const,
        },
        {
          id: rng.id(),
          kind: 'notes' as const,
          markdown: `Showed ${item.title.toLowerCase()} on the staging dashboard.`,
        },
      ],
      acceptance: { accepted: rng.chance(0.9), comment: '' },
    })),
    feedback: [
      {
        id: rng.id(),
        text: `Stakeholders asked for a dashboard of ${rng.pick(THINGS)}.`,
        from: 'Product',
        at: isoTime(heldAt + 30 * MINUTE),
        itemId: null,
      },
    ],
    goalOutcome: { status: rng.pick(['met', 'partially_met', 'not_met'] as const), sentence: '' },
  };
}

const TEMPLATE = BUILT_IN_TEMPLATES.find((t) => t.id === 'start-stop-continue') ?? BUILT_IN_TEMPLATES[0]!;

export interface RetroOptions {
  /** Cards on the board. */
  cards: number;
  /** "live": an unfinished retro in its vote phase (the one the interaction bench votes on); else closed. */
  live?: boolean;
}

/** A retro as the retro screen leaves it: cards, a few groups, dots, notes and actions. */
export function retro(rng: Rng, index: number, sprint: Sprint | null, team: Member[], options: RetroOptions): Retro {
  const createdAt = sprint ? Date.parse(`${sprint.endDate}T15:00:00.000Z`) : EPOCH + index * DAY;
  const groups: RetroGroup[] = Array.from({ length: 4 }, (_, g) => ({ id: rng.id(), title: `Theme ${g + 1}` }));
  const cards: RetroCard[] = Array.from({ length: options.cards }, (_, c) => {
    const card: RetroCard = {
      id: rng.id(),
      columnId: rng.pick(TEMPLATE.columns).id,
      text: rng.pick(RETRO_PHRASES),
      groupId: rng.chance(0.3) ? rng.pick(groups).id : null,
      createdAt: isoTime(createdAt + c * 1000),
    };
    // Anonymous cards carry no authorId key at all (the schema's rule).
    return rng.chance(0.2) ? { ...card, authorId: rng.pick(team).id } : card;
  });
  const usedGroups = groups.filter((g) => cards.some((c) => c.groupId === g.id));
  const topics = [...usedGroups.map((g) => g.id), ...cards.filter((c) => c.groupId === null).map((c) => c.id)];
  const votes: RetroVote[] = [];
  if (topics.length > 0) {
    for (const member of team) {
      // Two dots each on distinct topics, within the default budget (5 per person, 3 per topic).
      const first = rng.pick(topics);
      const second = rng.pick(topics);
      votes.push({ voterId: member.id, targetId: first, count: 1 });
      if (second !== first) votes.push({ voterId: member.id, targetId: second, count: 1 });
    }
  }
  const actions: RetroAction[] = options.live
    ? []
    : Array.from({ length: 2 }, () => ({
        id: rng.id(),
        text: `Follow up on ${rng.pick(THINGS)}`,
        ownerId: rng.pick(team).id,
        dueDate: isoDate(createdAt + 14 * DAY),
        type: rng.pick(['mitigate', 'prevent', 'process'] as const),
        ticketKey: '',
        sourceId: topics.length > 0 ? rng.pick(topics) : null,
        status: rng.chance(0.7) ? ('done' as const) : ('open' as const),
        reviews: [],
        createdAt: isoTime(createdAt + 50 * MINUTE),
      }));
  return {
    id: rng.id(),
    kind: 'retro',
    title: sprint ? `${sprint.name} retro` : `Retro ${index + 1}`,
    sprintId: sprint?.id ?? null,
    templateName: TEMPLATE.name,
    columns: TEMPLATE.columns.map((c) => ({ ...c })),
    phase: options.live ? 'vote' : 'actions',
    participants: team.length,
    checkIn: { mode: 'none', question: '' },
    revealed: true,
    votingClosed: !options.live,
    cards,
    groups,
    votes,
    guests: [],
    notes: [],
    actions,
    timers: {},
    incident: null,
    timeline: [],
    createdAt: isoTime(createdAt),
    updatedAt: isoTime(createdAt + (options.live ? 20 : 60) * MINUTE),
  };
}
