import type { Sprint } from '../../src/domain/planning/schema';
import type { Blocker, ParkingTopic, StandupSession } from '../../src/domain/standup/schema';
import type { Member } from '../../src/domain/team/schema';
import { isoDate, isoTime } from './core';
import type { Rng } from './rng';
import { THINGS } from './words';

const DAY = 86_400_000;
const STANDUP_DAYS = 10;
const SPEAKER_MS = 120_000;

export interface StandupRecords {
  standups: StandupSession[];
  blockers: Blocker[];
  parkingLot: ParkingTopic[];
}

/** Ten ended standups per sprint, in the standup feature's schema, with their frozen summaries. */
export function standupsFor(rng: Rng, sprint: Sprint, team: Member[]): StandupRecords {
  const out: StandupRecords = { standups: [], blockers: [], parkingLot: [] };
  const start = Date.parse(`${sprint.startDate}T09:30:00.000Z`);
  for (let d = 0; d < STANDUP_DAYS; d++) {
    const at = start + d * DAY;
    const id = rng.id();
    const spoke = team.map(() => rng.int(40_000, 150_000));
    const durationMs = spoke.reduce((a, b) => a + b, 0);
    const turns = team.map((m, i) => ({
      memberId: m.id,
      name: m.name,
      status: 'done' as const,
      runningSince: null,
      spentMs: spoke[i] ?? 0,
      extraMs: 0,
    }));
    const notes = rng.chance(0.3)
      ? [{ id: rng.id(), memberId: rng.pick(team).id, text: `Finished ${rng.pick(THINGS)}`, at: isoTime(at + 60_000) }]
      : [];
    const blockers: Blocker[] = rng.chance(0.2)
      ? [
          {
            id: rng.id(),
            text: `Waiting on access to ${rng.pick(THINGS)}`,
            ownerId: rng.pick(team).id,
            raisedAt: isoTime(at + 90_000),
            resolvedAt: isoTime(at + DAY),
            sprintId: sprint.id,
            standupId: id,
          },
        ]
      : [];
    out.blockers.push(...blockers);
    out.standups.push({
      id,
      sprintId: sprint.id,
      state: 'ended',
      timer: {
        speakerMs: SPEAKER_MS,
        totalMs: SPEAKER_MS * team.length,
        startedAt: isoTime(at),
        endedAt: isoTime(at + durationMs),
        pausedAt: null,
        pausedMs: 0,
        current: null,
        turns,
      },
      notes,
      summary: {
        date: isoDate(at),
        sprintName: sprint.name,
        durationMs,
        totalMs: SPEAKER_MS * team.length,
        overtimeMs: 0,
        speakers: turns.map((t) => ({
          memberId: t.memberId,
          name: t.name,
          status: t.status,
          spokeMs: t.spentMs,
          allowedMs: SPEAKER_MS,
          overtimeMs: Math.max(0, t.spentMs - SPEAKER_MS),
        })),
        notes: notes.map((n) => ({ name: team.find((m) => m.id === n.memberId)?.name ?? '', text: n.text })),
        blockersRaised: blockers.map((b) => ({ id: b.id, text: b.text, owner: team[0]?.name ?? '' })),
        openBlockers: 0,
        parkingLot: [],
      },
    });
  }
  return out;
}
