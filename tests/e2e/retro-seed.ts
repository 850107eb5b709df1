import { RetroSchema } from '../../src/domain/retro/schema';
import { BUILT_IN_TEMPLATES } from '../../src/domain/retro/templates';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, sprint, team } from '../helpers/fixtures';

/** A team with three members, a closed-ish sprint with an interrupt, and an earlier retro with an open action. */
export function seededTeam(): TeamDoc {
  const ana = member('Ana');
  const bo = member('Bo');
  const cy = member('Cy');
  const s1 = sprint({ name: 'Sprint 6', startDate: '2026-10-19', endDate: '2026-10-30', state: 'closed' });
  const s2 = sprint({
    name: 'Sprint 7',
    startDate: '2026-11-02',
    endDate: '2026-11-13',
    state: 'active',
    commitment: {
      at: '2026-11-02T09:00:00.000Z',
      items: [],
      committedPoints: 13,
      personDays: 30,
      pointsPerPersonDay: 0.5,
      forecastPoints: 15,
      bufferPercent: 20,
      bufferPoints: 3,
      plannablePoints: 12,
    },
  });
  const ops = BUILT_IN_TEMPLATES.find((t) => t.id === 'ops')!;
  const earlier = RetroSchema.parse({
    id: 'retro-earlier',
    title: 'Retro — Sprint 6',
    sprintId: s1.id,
    templateName: ops.name,
    columns: ops.columns,
    phase: 'actions',
    createdAt: '2026-10-30T14:00:00.000Z',
    updatedAt: '2026-10-30T14:00:00.000Z',
    actions: [
      {
        id: 'act-old',
        text: 'Add runbook links to every alert',
        ownerId: ana.id,
        dueDate: '2026-11-10',
        type: 'process',
        ticketKey: 'OPS-7',
        sourceId: null,
        createdAt: '2026-10-30T14:00:00.000Z',
      },
    ],
  });
  return team('Platform SRE', {
    members: [ana, bo, cy],
    sprints: [s1, s2],
    items: [
      item('Upgrade Kubernetes', {
        sprintId: s2.id,
        points: 8,
        status: 'done',
        description: 'Security patches',
        acceptanceCriteria: [{ id: 'ac', text: 'All nodes on 1.31', done: true }],
      }),
      item('Rotate TLS certs', { sprintId: s2.id, points: 5 }),
      item('Disk full on db-3', {
        sprintId: s2.id,
        points: 3,
        status: 'done',
        unplanned: true,
        interrupt: { key: 'INC-12', severity: 'sev2', hours: 4, takenBy: bo.id, loggedAt: '2026-11-05T10:00:00.000Z' },
      }),
    ],
    retros: [earlier],
    healthChecks: [
      {
        id: 'health-6',
        sprintId: s1.id,
        retroId: earlier.id,
        recordedAt: '2026-10-30T14:05:00.000Z',
        scores: { onCallLoad: 3, alertNoise: 2, toil: 3, deployConfidence: 3 },
      },
    ],
  });
}
