import type { ExportContext } from '../../../src/domain/retro/export/outline';
import type { Retro } from '../../../src/domain/retro/schema';
import { card, retro } from './build';

export const XSS = '<img src=x onerror=alert(1)>';

/** A retro with a group, a loose card, an unvoted card, notes and actions linked to a card and a group. */
export function sampleRetro(): Retro {
  const g1 = card('alerts', 'Disk alerts fire at 80%', { groupId: 'g1' });
  const g2 = card('alerts', 'CPU alert flaps nightly', { groupId: 'g1' });
  const dns = card('interrupts', 'DNS outage ate two days');
  const quiet = card('stories', 'Nobody voted for this card');
  const xss = card('dev-teams', XSS);
  return retro({
    participants: 6,
    cards: [g1, g2, dns, quiet, xss],
    groups: [{ id: 'g1', title: 'Noisy alerts' }],
    votes: [
      { voterId: 'm1', targetId: 'g1', count: 3 },
      { voterId: 'm2', targetId: 'g1', count: 1 },
      { voterId: 'm1', targetId: dns.id, count: 2 },
    ],
    notes: [{ targetId: 'g1', notes: 'Raise thresholds to 90% and page only on rate of change.' }],
    actions: [
      {
        id: 'act-1',
        text: 'Tune disk alert thresholds',
        ownerId: 'm1',
        dueDate: '2026-12-04',
        type: 'prevent',
        ticketKey: 'OPS-42',
        sourceId: 'g1',
        status: 'open',
        reviews: [],
        createdAt: '2026-11-20T11:00:00.000Z',
      },
      {
        id: 'act-2',
        text: 'Write DNS failover runbook',
        ownerId: null,
        dueDate: null,
        type: 'mitigate',
        ticketKey: '',
        sourceId: dns.id,
        status: 'open',
        reviews: [],
        createdAt: '2026-11-20T11:05:00.000Z',
      },
      {
        id: 'act-3',
        text: XSS,
        ownerId: 'm2',
        dueDate: null,
        type: 'process',
        ticketKey: '',
        sourceId: null,
        status: 'open',
        reviews: [],
        createdAt: '2026-11-20T11:06:00.000Z',
      },
    ],
  });
}

/** The sample retro as a postmortem: an incident and one timeline entry with a link. */
export function samplePostmortem(): Retro {
  return {
    ...sampleRetro(),
    kind: 'postmortem',
    incident: {
      severity: 'sev1',
      startedAt: '2026-11-18T02:10:00.000Z',
      endedAt: '2026-11-18T03:40:00.000Z',
      services: ['api-gateway', 'postgres'],
      commanderId: 'm1',
      scribeId: 'm2',
      impact: 'Checkout failed for 90 minutes.',
    },
    timeline: [{ id: 't1', at: '2026-11-18T02:12:00.000Z', event: 'Pager fired', link: 'https://grafana.example/d/1' }],
  };
}

export const ctx: ExportContext = {
  teamName: 'Platform SRE',
  sprintName: 'Sprint 7',
  timeZone: 'UTC',
  memberName: (id) => ({ m1: 'Ana', m2: 'Bo' })[id] ?? 'former member',
};
